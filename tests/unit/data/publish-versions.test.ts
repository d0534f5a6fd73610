import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { publishVersion } from '../../../scripts/data/publish-versions';

const json = (version: string, reviewedThrough = '2026-01-14', extra = '') =>
  `{"version":"${version}","reviewedThrough":"${reviewedThrough}"${extra}}\n`;

describe('published data versions', () => {
  it('files each version and lists all of them, the newest export as current', () => {
    const dir = mkdtempSync(join(tmpdir(), 'versions-'));
    publishVersion(dir, '2026-01-01', json('2026-01-01', '2025-12-01'), 'csv1');
    const index = publishVersion(dir, '2026-02-01', json('2026-02-01'), 'csv2');
    expect(index.current).toBe('2026-02-01');
    expect(index.versions.map((v) => [v.version, v.reviewedThrough, v.json])).toEqual([
      ['2026-01-01', '2025-12-01', 'data/versions/2026-01-01/permissions.json'],
      ['2026-02-01', '2026-01-14', 'data/versions/2026-02-01/permissions.json'],
    ]);
    expect(JSON.parse(readFileSync(join(dir, 'versions.json'), 'utf8'))).toEqual(index);
    expect(readFileSync(join(dir, 'versions', '2026-01-01', 'permissions.json'), 'utf8')).toBe(
      json('2026-01-01', '2025-12-01'),
    );
  });

  it('refuses to rewrite a published version with different content', () => {
    const dir = mkdtempSync(join(tmpdir(), 'versions-'));
    publishVersion(dir, '1.0', json('1.0'), 'csv');
    expect(() => publishVersion(dir, '1.0', json('1.0'), 'csv')).not.toThrow();
    expect(() => publishVersion(dir, '1.0', json('1.0', '2026-01-14', ',"x":1'), 'csv')).toThrow(
      /already published with different content/,
    );
  });

  it('the committed versions index lists the current dataset version', () => {
    const index = JSON.parse(readFileSync('public/data/versions.json', 'utf8')) as {
      current: string;
      versions: { version: string }[];
    };
    const current = JSON.parse(readFileSync('public/data/permissions.json', 'utf8')) as { version: string };
    expect(index.current).toBe(current.version);
    expect(readFileSync(`public/data/versions/${current.version}/permissions.json`, 'utf8')).toBe(
      readFileSync('public/data/permissions.json', 'utf8'),
    );
  });
});
