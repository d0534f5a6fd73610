import { describe, expect, it } from 'vitest';
import { errorsOf, loadFixture } from './fixtures';

// The Russian-zone consistency rule (scripts/data/checks/russian-zones.ts): for one weapon on one
// day the three Russian zones may differ only when a transition gives the geographic reason.

describe('check:data: the three Russian zones agree unless a transition says why', () => {
  it('refuses a transition that sets two Russian zones, forgets the third and gives no reason', () => {
    const { lines } = errorsOf('russian-zones-differ');
    expect(lines).toEqual([
      expect.stringMatching(
        /^transitions\.yaml:\d+: transition #4 \(from 2023-10-17\): zones: the Russian zones differ for atacms from 2023-10-17 \(kharkiv-sector: prohibited; border-zone, deep-russia: disputed \(scope disputed\)\), and no transition says why: add the missing zone to transition #4 \(from 2023-10-17\), or give the geographic reason in geography/,
      ),
    ]);
  });

  it('accepts the same difference when the transition gives a geographic reason', () => {
    const result = loadFixture('base');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const last = result.dataset.epochs.at(-1)!.statuses;
    expect(last['border-zone'].atacms.status).toBe('disputed');
    expect(last['kharkiv-sector'].atacms.status).toBe('prohibited');
  });
});
