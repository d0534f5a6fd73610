import { describe, expect, it } from 'vitest';
import { parseUrlState, writeUrlState, type ParamContext } from '../../../src/url/params';

const TODAY = '2026-11-22';
const embed = { today: TODAY, page: 'embed' as const };
const app = { today: TODAY, page: 'app' as const };
const owned = { date: '2024-06-01' };
const defaults = { date: TODAY, weapon: 'all' as const };

/** The URL after the first change, as urlSync writes it. */
const rewritten = (search: string, ctx: ParamContext = embed) =>
  writeUrlState(search, owned, defaults, parseUrlState(search, ctx).fixes);

describe('loose URL handling (audit D11)', () => {
  it.each([
    ['?controls=yes', '?date=2024-06-01'],
    ['?legend=2&static=true&v=../x', '?date=2024-06-01'],
    ['?v=2026-11-22&v=other', '?v=2026-11-22&date=2024-06-01'],
    ['?utm_source=news&controls=0', '?utm_source=news&controls=0&date=2024-06-01'],
    ['?Date=2024-06-01&wepon=himars', '?date=2024-06-01'],
  ])('rewrites %s without the refused values: %s', (search, expected) => {
    expect(rewritten(search)).toBe(expected);
  });

  it.each([
    ['Date', 'unknownName'],
    ['wepon', 'unknownName'],
    ['WEAPON', 'unknownName'],
    ['zonee', 'unknownName'],
    ['tehme', 'unknownName'],
  ])('notes the misspelled name %s', (name, reason) => {
    expect(parseUrlState(`?${name}=x`, embed).problems).toEqual([{ param: name, value: 'x', reason }]);
  });

  it('leaves a host’s own parameters alone, without a note', () => {
    expect(parseUrlState('?utm_source=a&fbclid=b&id=3&page=2&course=7', embed).problems).toEqual([]);
  });

  it('notes embed-only parameters on the full app, and drops them on rewrite', () => {
    const { problems } = parseUrlState('?controls=0&static=1', app);
    expect(problems.map((p) => [p.param, p.reason])).toEqual([
      ['controls', 'embedOnly'],
      ['static', 'embedOnly'],
    ]);
    expect(rewritten('?controls=0', app)).toBe('?date=2024-06-01');
    expect(parseUrlState('?controls=0', embed).problems).toEqual([]);
  });

  it('does not call the same value given twice a conflict', () => {
    expect(parseUrlState('?date=2024-06-01&date=2024-06-01', embed).problems).toEqual([]);
    expect(parseUrlState('?date=2024-06-01&date=2024-06-02', embed).problems).toHaveLength(1);
  });

  it('reads the commands option: parent and/or origins', () => {
    expect(parseUrlState('?commands=parent', embed).state.commands).toEqual(['parent']);
    expect(
      parseUrlState('?commands=parent%20https://a.example,https://b.example:8443', embed).state.commands,
    ).toEqual(['parent', 'https://a.example', 'https://b.example:8443']);
    for (const bad of ['*', 'https://a.example/path', 'javascript:alert(1)', 'a.example', ''])
      expect(parseUrlState(`?commands=${encodeURIComponent(bad)}`, embed).problems[0]?.reason).toBe(
        'commands',
      );
  });
});
