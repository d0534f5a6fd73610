import { publishedDataset } from '../../support/dataset';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseUrlState, URL_PARAM_NAMES, URL_PARAMS, writeUrlState } from '../../../src/url/params';
import { parseIncoming } from '../../../src/embed/messages';
import { datasetProblem } from '../../../src/data/loadPermissions';
import { isIsoDate } from '../../../src/domain/dates';
import { createEngine } from '../../../src/domain/engine';
import { WEAPON_IDS, ZONE_IDS, STATUS_IDS } from '../../../src/domain/ids';
import type { PermissionsDataset } from '../../../src/domain/types';

// Property tests: for any input, the parsers never throw, and what they accept is valid. Seeded,
// so a failure is reproducible (fast-check prints the seed and the shrunk counter-example).
const SEED = 20261201;
const TODAY = '2026-11-22';
const ctx = { today: TODAY, page: 'embed' as const };

const names = fc.oneof(
  fc.constantFrom(...URL_PARAM_NAMES, 'Date', 'wepon', '__proto__', 'constructor'),
  fc.string(),
);
const values = fc.oneof(
  fc.constantFrom(
    '2024-06-01',
    '2024-02-30',
    '0000-00-00',
    'himars',
    'crimea',
    'uk',
    'dark',
    '1',
    '0',
    'parent',
  ),
  fc.string(),
  fc.string({ unit: 'binary' }),
);
const queries = fc
  .array(fc.tuple(names, values), { maxLength: 12 })
  .map((pairs) => `?${pairs.map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`).join('&')}`);
const rawQueries = fc.oneof(
  queries,
  fc.string().map((s) => `?${s}`),
);

describe('URL parsing, for any query string', () => {
  it('never throws, and every accepted value passes its own parser', () => {
    fc.assert(
      fc.property(rawQueries, (search) => {
        const { state, problems } = parseUrlState(search, ctx);
        for (const name of URL_PARAM_NAMES) {
          const value = state[name];
          if (value === undefined) continue;
          const spec = URL_PARAMS[name] as {
            format(v: unknown): string;
            parse(r: string, c: typeof ctx): unknown;
          };
          expect(spec.parse(spec.format(value), ctx)).toEqual(value);
        }
        if (state.date) expect(isIsoDate(state.date) && state.date <= TODAY).toBe(true);
        for (const p of problems) expect(p.value.length).toBeLessThanOrEqual(40);
      }),
      { seed: SEED, numRuns: 1500 },
    );
  });

  it('rewrites to a URL that reads back the same state, with no note left', () => {
    fc.assert(
      fc.property(queries, (search) => {
        const { state, fixes } = parseUrlState(search, ctx);
        const owned = {
          date: state.date,
          weapon: state.weapon,
          zone: state.zone,
          lang: state.lang,
          theme: state.theme,
        };
        const next = writeUrlState(search, owned, {}, fixes);
        const again = parseUrlState(next, ctx);
        expect(again.problems.filter((p) => URL_PARAM_NAMES.includes(p.param as never))).toEqual([]);
        expect({ ...again.state, commands: undefined }).toEqual({ ...state, commands: undefined });
      }),
      { seed: SEED, numRuns: 1000 },
    );
  });
});

describe('host messages, for any value', () => {
  const anything = fc.oneof(
    fc.anything(),
    fc.record(
      {
        type: fc.constantFrom(
          'permission-map:set',
          'permission-map:get-state',
          'permission-map:auto-height',
          'permission-map:x',
        ),
        date: values,
        weapon: fc.oneof(fc.constantFrom('all', ...WEAPON_IDS), fc.string()),
        zone: fc.oneof(fc.constantFrom(null, ...ZONE_IDS), fc.string()),
        playing: fc.oneof(fc.boolean(), fc.anything()),
        requestId: fc.oneof(fc.string(), fc.double(), fc.anything()),
      },
      { requiredKeys: ['type'] },
    ),
  );

  it('never throws; an accepted set carries only valid fields', () => {
    const before = Object.getOwnPropertyNames(Object.prototype).length;
    fc.assert(
      fc.property(anything, (data) => {
        const result = parseIncoming(data, TODAY);
        if (!result.ok) return;
        const m = result.message;
        if (m.type !== 'permission-map:set') return;
        if (m.date !== undefined) expect(isIsoDate(m.date) && m.date <= TODAY).toBe(true);
        if (m.weapon !== undefined) expect(['all', ...WEAPON_IDS]).toContain(m.weapon);
        if (m.zone !== undefined && m.zone !== null) expect(ZONE_IDS).toContain(m.zone);
        if (m.playing !== undefined) expect(typeof m.playing).toBe('boolean');
      }),
      { seed: SEED, numRuns: 2000 },
    );
    expect(Object.getOwnPropertyNames(Object.prototype).length).toBe(before);
  });
});

describe('the data loader, for any corruption of the dataset', () => {
  const real = publishedDataset();
  const small = { ...real, events: real.events.slice(0, 5) };
  // A path into the dataset and a value to put there.
  const spoilers = fc.tuple(
    fc.constantFrom(
      'version',
      'reviewedThrough',
      'timelineStart',
      'zones',
      'weapons',
      'statuses',
      'epochs',
      'events',
    ),
    fc.nat(50),
    fc.oneof(fc.anything(), fc.constantFrom(...STATUS_IDS, 'bogus', '2024-02-30', null)),
  );

  it('either refuses the data with a message, or the engine can run it', () => {
    fc.assert(
      fc.property(spoilers, ([key, index, value]) => {
        const data = structuredClone(small) as unknown as Record<string, unknown>;
        const target = data[key];
        if (Array.isArray(target) && target.length) {
          const item = target[index % target.length];
          if (item && typeof item === 'object') {
            const fields = Object.keys(item);
            (item as Record<string, unknown>)[fields[index % fields.length]!] = value;
          } else target[index % target.length] = value;
        } else data[key] = value;
        const problem = datasetProblem(data);
        if (problem === null) expect(() => createEngine(data as unknown as PermissionsDataset)).not.toThrow();
        else expect(problem.length).toBeGreaterThan(0);
      }),
      { seed: SEED, numRuns: 300 },
    );
  });
});
