import { describe, expect, it } from 'vitest';
import {
  EMPTY_URL_STATE,
  parseUrlState,
  writeUrlState,
  URL_PARAM_NAMES,
  type UrlState,
} from '../../../src/url/params';

const ctx = { today: '2026-11-22' };
const defaults: Partial<UrlState> = { date: '2026-11-22', weapon: 'all', zone: undefined, lang: 'en' };
const full = (s: Partial<UrlState>): UrlState => ({ ...EMPTY_URL_STATE, ...s });

describe('URL parameters', () => {
  it('lists every parameter the app understands', () => {
    expect(URL_PARAM_NAMES).toEqual([
      'date',
      'weapon',
      'zone',
      'donor',
      'lang',
      'theme',
      'v',
      'place',
      'at',
      'controls',
      'legend',
      'static',
      'commands',
      'compare',
      'group',
    ]);
  });

  it('reads place= (a site or city id) and at=<lat>,<lng>, and refuses malformed ones', () => {
    const ok = parseUrlState('?place=morozovsk-air-base&at=48.3139,41.7833', { today: '2026-11-22' });
    expect(ok.problems).toEqual([]);
    expect(ok.state.place).toBe('morozovsk-air-base');
    expect(ok.state.at).toEqual([41.7833, 48.3139]);
    for (const bad of ['at=91,30', 'at=48.3', 'at=abc,def', 'place=Not%20A%20Slug']) {
      const { state, problems } = parseUrlState(`?${bad}`, { today: '2026-11-22' });
      expect(
        problems.map((p) => p.param),
        bad,
      ).toEqual([bad.split('=')[0]]);
      expect(state.place ?? state.at, bad).toBeUndefined();
    }
    expect(writeUrlState('', { at: [41.7833, 48.3139] }, {})).toBe('?at=48.3139%2C41.7833');
  });

  it('reads a full deep link', () => {
    const { state, problems } = parseUrlState(
      '?date=2024-06-01&weapon=himars&zone=kharkiv-sector&lang=en',
      ctx,
    );
    expect(state).toEqual(full({ date: '2024-06-01', weapon: 'himars', zone: 'kharkiv-sector', lang: 'en' }));
    expect(problems).toEqual([]);
  });

  it.each([
    ['date', '2024-13-01', 'date'],
    ['date', '2024-02-30', 'date'],
    ['date', '2022-02-23', 'date'],
    ['date', '2026-11-23', 'date'],
    ['date', 'yesterday', 'date'],
    ['weapon', 'tomahawk', 'weapon'],
    ['zone', 'moscow', 'zone'],
    ['lang', 'xx', 'lang'],
    ['theme', 'purple', 'theme'],
    ['v', '../../etc', 'version'],
    ['controls', 'yes', 'flag'],
    ['legend', '2', 'flag'],
    ['static', 'true', 'flag'],
  ])('ignores %s=%s and says why', (param, value, reason = param) => {
    const { state, problems } = parseUrlState(`?${param}=${encodeURIComponent(value)}`, ctx);
    expect(state[param as keyof UrlState]).toBeUndefined();
    expect(problems).toEqual([{ param, value, reason }]);
  });

  it('reads embed flags and options', () => {
    const { state, problems } = parseUrlState('?controls=0&legend=1&static=1&theme=dark&v=2026-11-22', ctx);
    expect(problems).toEqual([]);
    expect(state).toMatchObject({
      controls: false,
      legend: true,
      static: true,
      theme: 'dark',
      v: '2026-11-22',
    });
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

  it('writes only non-default values and keeps parameters it was not given', () => {
    const search = writeUrlState(
      '?utm_source=course&controls=0&date=2023-01-01',
      { date: '2024-06-01', weapon: 'all', zone: 'crimea', lang: 'en' },
      defaults,
    );
    expect(search).toBe('?utm_source=course&controls=0&date=2024-06-01&zone=crimea');
    expect(writeUrlState('?date=2024-06-01', defaults, defaults)).toBe('');
  });

  it('round-trips what it writes', () => {
    const state = full({
      date: '2023-10-17',
      weapon: 'atacms',
      zone: 'deep-russia',
      lang: 'en',
      legend: false,
      v: '1.2',
    });
    expect(parseUrlState(writeUrlState('', state, defaults), ctx).state).toEqual({
      ...state,
      lang: undefined,
    });
  });
});
