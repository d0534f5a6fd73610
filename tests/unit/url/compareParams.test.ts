import { describe, expect, it } from 'vitest';
import { parseUrlState, writeUrlState } from '../../../src/url/params';
import { readCompareList } from '../../../src/url/compareParams';
import { urlStateOf } from '../../../src/url/links';
import { createAppStore } from '../../../src/store/appStore';
import { donorDataset } from '../../support/donors';
import type { DonorId } from '../../../src/domain/donors';

const ctx = { today: '2026-11-22', page: 'app' as const };
const parse = (search: string) => parseUrlState(search, ctx);

describe('compare= and group=', () => {
  it('reads a list of donors and a group', () => {
    const { state, problems } = parse('?compare=us,gb,fr,de&group=cruise-missile');
    expect(state.compare).toEqual(['us', 'gb', 'fr', 'de']);
    expect(state.group).toBe('cruise-missile');
    expect(problems).toEqual([]);
  });

  it('drops unknown ids with a note, removes repeats silently', () => {
    const { state, problems, fixes } = parse('?compare=us,uk,gb,us,xx');
    expect(state.compare).toEqual(['us', 'gb']);
    expect(problems).toEqual([{ param: 'compare', value: 'uk,xx', reason: 'compareDonor' }]);
    // The next rewrite writes the cleaned list from the store, not the raw value.
    expect(fixes.get('compare')).toBe('us,uk,gb,us,xx');
  });

  it('cuts more than six with a note', () => {
    const { state, problems } = parse('?compare=us,gb,fr,de,nl,be,dk,se');
    expect(state.compare).toEqual(['us', 'gb', 'fr', 'de', 'nl', 'be']);
    expect(problems).toEqual([{ param: 'compare', value: 'dk,se', reason: 'compareMax' }]);
  });

  it('refuses fewer than two valid donors, with a note', () => {
    for (const raw of ['us', 'us,us', 'xx,yy', '']) {
      const { state, problems } = parse(`?compare=${raw}`);
      expect(state.compare, raw).toBeUndefined();
      expect(
        problems.map((p) => p.reason),
        raw,
      ).toEqual(['compare']);
    }
  });

  it('refuses an unknown group', () => {
    const { state, problems } = parse('?compare=us,gb&group=tanks');
    expect(state.group).toBeUndefined();
    expect(problems).toEqual([{ param: 'group', value: 'tanks', reason: 'group' }]);
  });

  it('writes the list with commas and leaves the default group out', () => {
    expect(writeUrlState('', { compare: ['us', 'gb'], group: 'all' }, { group: 'all' })).toBe(
      '?compare=us%2Cgb',
    );
    const round = parse(writeUrlState('', { compare: ['de', 'fr'], group: 'aircraft' }, {}));
    expect(round.state.compare).toEqual(['de', 'fr']);
    expect(round.state.group).toBe('aircraft');
  });

  it('reads spaces as separators as well', () => {
    expect(readCompareList('us gb, fr').donors).toEqual(['us', 'gb', 'fr']);
  });
});

describe('the store', () => {
  const datasets = (id: DonorId) => Promise.resolve(donorDataset(id));

  it('loads the compared donors and carries compare and group into the URL state', async () => {
    const store = createAppStore({ today: '2026-11-22', compare: ['us', 'de'], group: 'ground' });
    store.getState().setCompareLoader(datasets);
    expect(store.getState().compareData.de).toEqual({ state: 'loading' });
    await Promise.resolve();
    await Promise.resolve();
    expect(store.getState().compareData.de?.state).toBe('ready');
    expect(urlStateOf(store.getState())).toMatchObject({ compare: ['us', 'de'], group: 'ground' });
    store.getState().setCompare(null);
    expect(urlStateOf(store.getState())).toMatchObject({ compare: undefined, group: undefined });
  });

  it('keeps a failure in its donor cell and retries it', async () => {
    let fail = true;
    const store = createAppStore({ today: '2026-11-22', compare: ['us', 'gb'] });
    store
      .getState()
      .setCompareLoader((id) =>
        fail && id === 'gb' ? Promise.reject(new Error('data/donors/gb.json answered 500')) : datasets(id),
      );
    await new Promise((r) => setTimeout(r, 0));
    expect(store.getState().compareData.gb).toEqual({
      state: 'error',
      message: 'data/donors/gb.json answered 500',
    });
    expect(store.getState().compareData.us?.state).toBe('ready');
    fail = false;
    store.getState().retryDonor('gb');
    await new Promise((r) => setTimeout(r, 0));
    expect(store.getState().compareData.gb?.state).toBe('ready');
  });
});
