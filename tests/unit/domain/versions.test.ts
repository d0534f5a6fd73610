import { describe, expect, it } from 'vitest';
import { newerVersionThan, type VersionsIndex } from '../../../src/domain/versions';

const entry = (version: string, changes: string[]) => ({
  version,
  reviewedThrough: '2026-01-14',
  json: `data/versions/${version}/permissions.json`,
  csv: `data/versions/${version}/permissions.csv`,
  changes,
});
const index: VersionsIndex = {
  current: '2026-12-01',
  versions: [
    entry('2026-10-01', ['First published version.']),
    entry('2026-11-22', ['Crimea, HIMARS, from 1 Jan 2024: permitted → limited']),
    entry('2026-12-01', ['Kharkiv sector, ATACMS, from 22 Oct 2025: limited → disputed', 'More.']),
  ],
};

describe('newerVersionThan: the note on a page pinned to an older data version', () => {
  it('points an older pinned version to the current one, with its first change line', () => {
    expect(newerVersionThan(index, '2026-11-22')).toEqual({
      current: index.versions[2],
      line: 'Kharkiv sector, ATACMS, from 22 Oct 2025: limited → disputed',
      newerCount: 1,
    });
    expect(newerVersionThan(index, '2026-10-01')?.newerCount).toBe(2);
  });

  it('says nothing when the page follows or pins the current data, or before the list loads', () => {
    expect(newerVersionThan(index, null)).toBeNull();
    expect(newerVersionThan(index, '2026-12-01')).toBeNull();
    expect(newerVersionThan(null, '2026-11-22')).toBeNull();
    expect(newerVersionThan(index, '1999-01-01')).toBeNull();
  });
});
