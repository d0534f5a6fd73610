import { publishedDataset } from '../../support/dataset';
import { describe, expect, it } from 'vitest';
import { datasetProblem, loadPermissions, UnknownVersionError } from '../../../src/data/loadPermissions';
import { createEngine } from '../../../src/domain/engine';

const real = publishedDataset() as unknown as Record<string, unknown>;
// A loosely typed copy, so each case can spoil one field.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Loose = Record<string, any>;
const copy = () => structuredClone(real) as Loose;

const serve =
  (files: Record<string, { status?: number; body: string } | 'hang'>): typeof fetch =>
  (input, init) => {
    const file = files[String(input)];
    if (file === 'hang')
      return new Promise((_, reject) =>
        init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))),
      );
    if (!file) return Promise.resolve(new Response('not found', { status: 404 }));
    return Promise.resolve(new Response(file.body, { status: file.status ?? 200 }));
  };

const load = (files: Parameters<typeof serve>[0], v?: string, timeoutMs?: number) =>
  loadPermissions((p) => p, v, { fetchImpl: serve(files), ...(timeoutMs ? { timeoutMs } : {}) });

describe('dataset validation at load (audit D1, D10)', () => {
  it('accepts the published dataset, which the engine can run', () => {
    expect(datasetProblem(real)).toBeNull();
    expect(() => createEngine(real as never)).not.toThrow();
  });

  it.each<[string, (d: Loose) => void, RegExp]>([
    ['a null event (D1)', (d) => (d.events[0] = null), /events\.0/],
    ['no zones (D1)', (d) => delete d.zones, /zones/],
    ['no weapons (D1)', (d) => delete d.weapons, /weapons/],
    ['no statuses (D1)', (d) => delete d.statuses, /statuses/],
    ['reviewedThrough "garbage" (D10)', (d) => (d.reviewedThrough = 'garbage'), /reviewedThrough/],
    ['a bogus cell status (D10)', (d) => (d.epochs[0].statuses.crimea.himars.status = 'bogus'), /status/],
    ['epochs in reverse order (D10)', (d) => d.epochs.reverse(), /epoch/],
    ['an event date "not-a-date" (D10)', (d) => (d.events[0].date = 'not-a-date'), /events\.0\.date/],
    ['an impossible epoch date', (d) => (d.epochs[0].to = '2022-02-30'), /epochs\.0\.to/],
    ['a missing cell', (d) => delete d.epochs[2].statuses['deep-russia'].atacms, /deep-russia\.atacms/],
  ])('refuses %s with a message that says where', (_, spoil, where) => {
    const data = copy();
    spoil(data);
    expect(datasetProblem(data)).toMatch(where);
  });

  it.each([null, [], {}, 'text', 5])('refuses %j', (value) => {
    expect(datasetProblem(value)).not.toBeNull();
  });

  it('keeps fields a newer build adds', async () => {
    const data = copy();
    data.extra = { sites: [] };
    const loaded = await load({ 'data/permissions.json': { body: JSON.stringify(data) } });
    expect((loaded as unknown as Record<string, unknown>).extra).toEqual({ sites: [] });
  });
});

describe('loading failures give clear messages', () => {
  it('says which file answered an error status', async () => {
    await expect(load({ 'data/permissions.json': { status: 503, body: '' } })).rejects.toThrow(
      'data/permissions.json answered 503',
    );
  });

  it('says a truncated file is not JSON', async () => {
    await expect(load({ 'data/permissions.json': { body: '{"version":' } })).rejects.toThrow(/not JSON/);
  });

  it('gives up on a file that never answers, with a time-out message', async () => {
    await expect(load({ 'data/permissions.json': 'hang' }, undefined, 30)).rejects.toThrow(
      /did not answer within/,
    );
  });

  it('refuses a foreign versions index in words, not with a raw TypeError', async () => {
    await expect(load({ 'data/versions.json': { body: '{"current":"x"}' } }, '2026-11-22')).rejects.toThrow(
      /not a versions index: versions/,
    );
  });

  it('refuses an unknown pinned version, naming the current one', async () => {
    const index = {
      current: 'b',
      versions: [{ version: 'b', reviewedThrough: '2026-01-14', json: 'j', csv: 'c' }],
    };
    const error = await load({ 'data/versions.json': { body: JSON.stringify(index) } }, 'a').catch((e) => e);
    expect(error).toBeInstanceOf(UnknownVersionError);
    expect(error.current).toBe('b');
  });
});
