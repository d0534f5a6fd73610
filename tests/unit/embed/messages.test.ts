import { describe, expect, it } from 'vitest';
import { parseIncoming } from '../../../src/embed/messages';
import { TODAY } from '../../support/today';

describe('host API message validation', () => {
  it('accepts a full set message', () => {
    expect(
      parseIncoming(
        { type: 'permission-map:set', date: '2024-06-01', weapon: 'himars', zone: 'crimea', playing: false },
        TODAY,
      ),
    ).toEqual({
      ok: true,
      message: {
        type: 'permission-map:set',
        date: '2024-06-01',
        weapon: 'himars',
        zone: 'crimea',
        playing: false,
      },
    });
  });

  it('accepts zone: null (close the details) and get-state with a string or number id', () => {
    expect(parseIncoming({ type: 'permission-map:set', zone: null }, TODAY)).toMatchObject({
      ok: true,
      message: { zone: null },
    });
    expect(parseIncoming({ type: 'permission-map:get-state', requestId: 7 }, TODAY)).toMatchObject({
      ok: true,
    });
    expect(parseIncoming({ type: 'permission-map:get-state', requestId: 'a' }, TODAY)).toMatchObject({
      ok: true,
    });
  });

  it.each([
    [{ type: 'permission-map:set', date: '2024-02-30' }, /date/],
    [{ type: 'permission-map:set', date: '2030-01-01' }, /date/],
    [{ type: 'permission-map:set', weapon: 'tomahawk' }, /weapon/],
    [{ type: 'permission-map:set', zone: 'moscow' }, /zone/],
    [{ type: 'permission-map:set', playing: 1 }, /playing/],
    [{ type: 'permission-map:set', colour: 'red' }, /unknown field/],
    [{ type: 'permission-map:get-state' }, /requestId/],
    [{ type: 'permission-map:get-state', requestId: { x: 1 } }, /requestId/],
    [{ type: 'permission-map:reload' }, /unknown message type/],
  ])('refuses %j with a reason', (data, reason) => {
    const result = parseIncoming(data, TODAY);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.reason).toMatch(reason);
  });

  it.each([
    [null],
    ['permission-map:set'],
    [42],
    [[1]],
    [{ type: 'iframe.resize' }],
    [{ sentinel: 'amp', type: 'embed-size' }],
    [{ type: 'permission-map:height', height: 3 }],
  ])('ignores %j silently (not addressed to the map)', (data) => {
    expect(parseIncoming(data, TODAY)).toEqual({ ok: false, reason: null });
  });
});
