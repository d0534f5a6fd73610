import { describe, expect, it } from 'vitest';
import { parseUrlState, writeUrlState, URL_PARAM_NAMES, type UrlState } from '../../../src/url/params';

const ctx = { today: '2026-11-22' };
const defaults: UrlState = { date: '2026-11-22', weapon: 'all', zone: undefined, lang: 'en' };

describe('URL parameters', () => {
  it('lists every parameter the app understands', () => {
    expect(URL_PARAM_NAMES).toEqual(['date', 'weapon', 'zone', 'lang']);
  });

  it('reads a full deep link', () => {
    const { state, problems } = parseUrlState('?date=2024-06-01&weapon=himars&zone=kharkiv-sector&lang=en', ctx);
    expect(state).toEqual({ date: '2024-06-01', weapon: 'himars', zone: 'kharkiv-sector', lang: 'en' });
    expect(problems).toEqual([]);
  });

  it.each([
    ['date', '2024-13-01'],
    ['date', '2024-02-30'],
    ['date', '2022-02-23'],
    ['date', '2026-11-23'],
    ['date', 'yesterday'],
    ['weapon', 'tomahawk'],
    ['zone', 'moscow'],
    ['lang', 'xx'],
  ])('ignores %s=%s and says why', (param, value) => {
    const { state, problems } = parseUrlState(`?${param}=${encodeURIComponent(value)}`, ctx);
    expect(state[param as keyof UrlState]).toBeUndefined();
    expect(problems).toEqual([{ param, value, reason: param }]);
  });

  it('keeps the good parameters when others are bad', () => {
    const { state, problems } = parseUrlState('?date=nope&weapon=atacms&zone=%3Cscript%3E', ctx);
    expect(state.weapon).toBe('atacms');
    expect(state.date).toBeUndefined();
    expect(problems.map((p) => p.param)).toEqual(['date', 'zone']);
  });

  it('reports repeated parameters and uses the first value', () => {
    const { state, problems } = parseUrlState('?weapon=himars&weapon=atacms', ctx);
    expect(state.weapon).toBe('himars');
    expect(problems).toEqual([{ param: 'weapon', value: 'atacms', reason: 'duplicate' }]);
  });

  it('writes only non-default values and keeps foreign parameters', () => {
    const search = writeUrlState('?utm_source=course&date=2023-01-01', { date: '2024-06-01', weapon: 'all', zone: 'crimea', lang: 'en' }, defaults);
    expect(search).toBe('?utm_source=course&date=2024-06-01&zone=crimea');
    expect(writeUrlState('?date=2024-06-01', defaults, defaults)).toBe('');
  });

  it('round-trips what it writes', () => {
    const state: UrlState = { date: '2023-10-17', weapon: 'atacms', zone: 'deep-russia', lang: 'en' };
    expect(parseUrlState(writeUrlState('', state, defaults), ctx).state).toEqual({ ...state, lang: undefined });
  });
});
