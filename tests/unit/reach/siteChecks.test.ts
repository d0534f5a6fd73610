// check:data for sites and ranges, on small fixtures: every problem is reported with its line.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadReachData } from '../../../scripts/data/sites/reachData';
import { formatProblem } from '../../../scripts/data/sites/yamlFile';
import { OUT_DIR, ROOT } from '../geo/helpers';

const fixture = (name: string) =>
  loadReachData({
    root: path.join(ROOT, 'tests/fixtures/sites', name),
    zonesFile: path.join(OUT_DIR, 'zones.geojson'),
    today: '2025-01-01',
  });
const messages = (name: string) => {
  const result = fixture(name);
  return result.ok ? [] : result.problems.map(formatProblem);
};

describe('site and range checks', () => {
  it('accept valid sites in Russia and Crimea, with their zones', () => {
    const result = fixture('good');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.sites.map((s) => [s.id, s.zone])).toEqual([
      ['test-site-belgorod', 'kharkiv-sector'],
      ['test-site-simferopol', 'crimea'],
    ]);
    expect(result.ranges.atacms.map((r) => r.km)).toEqual([165, 300, 900]);
  });

  it('refuse a site outside Russia and Crimea, swapped coordinates and a site without sources', () => {
    const m = messages('bad');
    expect(m.some((x) => /in-ukraine.*in the zone "ukraine"/.test(x))).toBe(true);
    expect(m.some((x) => /swapped.*outside every zone.*\[longitude, latitude\]/.test(x))).toBe(true);
    expect(m.some((x) => /unsourced.*at least one source/.test(x))).toBe(true);
  });

  it('refuse ranges out of date order and a range source without a quote', () => {
    const m = messages('bad');
    expect(
      m.some((x) =>
        /weapons\.yaml:\d+: weapon "atacms": ranges\[1\]\.from 2023-10-17 must be after 2024-04-17/.test(x),
      ),
    ).toBe(true);
    expect(m.some((x) => /weapon "himars": ranges\[0\]\.sources\[0\]\.quote/.test(x))).toBe(true);
  });

  it('refuse a duplicate id and an unflagged state-affiliated outlet, naming the line', () => {
    const m = messages('bad-flags');
    expect(m.some((x) => /sites\.yaml:\d+: site "twice": duplicate id/.test(x))).toBe(true);
    expect(m.some((x) => /tass\.com.*set stateAffiliated: true/.test(x))).toBe(true);
  });
});
