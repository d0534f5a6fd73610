// The shipped geometry is reproducible from data/geo-src and within its size budget.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { GZIP_BUDGET_BYTES } from '../../../scripts/geo/lib/config.ts';
import { readCities } from '../../../scripts/geo/lib/cities.ts';
import { OUT_DIR, ROOT, SRC_DIR, zoneAt } from './helpers.ts';

// border-index.json and reach.geojson come from scripts/geo/build-reach.ts (tests/unit/reach/).
const SHIPPED = ['zones.geojson', 'context.geojson', 'cities.json', 'border-index.json', 'reach.geojson'];

describe('public/geo', () => {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'geo-build-'));
  afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

  it('is exactly what `npm run build:geo` produces (byte-identical rebuild into --out)', () => {
    const tsx = path.join(ROOT, 'node_modules/.bin/tsx');
    execFileSync(tsx, [path.join(ROOT, 'scripts/geo/build-zones.ts'), '--out', tmp], {
      cwd: ROOT,
      stdio: 'pipe',
    });
    for (const f of SHIPPED.slice(0, 3)) {
      const a = fs.readFileSync(path.join(OUT_DIR, f));
      const b = fs.readFileSync(path.join(tmp, f));
      expect(
        a.equals(b),
        `${f} differs from a fresh build: run npm run build:geo and commit public/geo`,
      ).toBe(true);
    }
  }, 240_000);

  it(`ships only the expected files, ${GZIP_BUDGET_BYTES / 1024} KB gzip in total at most`, () => {
    expect(fs.readdirSync(OUT_DIR).sort()).toEqual([...SHIPPED].sort());
    let total = 0;
    for (const f of fs.readdirSync(OUT_DIR))
      total += zlib.gzipSync(fs.readFileSync(path.join(OUT_DIR, f)), { level: 9 }).length;
    expect(total).toBeLessThanOrEqual(GZIP_BUDGET_BYTES);
  });

  it('cities.json is the validated city list, each city inside its country', () => {
    const src = readCities(path.join(SRC_DIR, 'cities.json'));
    const shipped = JSON.parse(fs.readFileSync(path.join(OUT_DIR, 'cities.json'), 'utf8'));
    expect(shipped).toEqual(src);
    expect(src.length).toBeGreaterThanOrEqual(15);
    expect(src.filter((c) => c.rank === 1).length).toBeGreaterThanOrEqual(4);
    for (const c of src) {
      const z = zoneAt([c.lng, c.lat]);
      if (c.country === 'UA') expect(['ukraine', 'crimea'], c.id).toContain(z);
      else if (c.country === 'RU')
        expect(['kharkiv-sector', 'border-zone', 'deep-russia'], c.id).toContain(z);
      else expect(z, c.id).toBeNull();
    }
  });
});
