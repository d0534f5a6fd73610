import { describe, expect, it } from 'vitest';
import { mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { currentProblem, publishVersions, versionsIndex } from '../../../scripts/data/publish-versions';
import { datasetOf, deriveFiles, type Snapshot } from '../../../scripts/data/versions/snapshot';
import { readSnapshots } from '../../../scripts/data/versions/store';
import { changeLines, shortDate, statusChangeLines } from '../../../scripts/data/versions/changes';
import { toJson } from '../../../scripts/data/serialize';
import { realDataset } from '../../support/dataset';
import { currentDonorParts } from '../../support/donors';
import { donorFileOf } from '../../../scripts/data/versions/donorParts';

// Published data versions: compact snapshots in data/versions/, served files derived at build.

const versionsDir = fileURLToPath(new URL('../../../data/versions/', import.meta.url));
const snapshots = readSnapshots(versionsDir);
const parts = currentDonorParts();
const byVersion = (v: string) => snapshots.find((s) => s.version === v)!;
const cellOn = (s: Snapshot, day: string) =>
  datasetOf(s).epochs.find((e) => e.from <= day && day <= e.to)!.statuses;

describe('data/versions: the published snapshots', () => {
  it('lists 2026-11-22 and the current version, oldest first', () => {
    expect(snapshots.map((s) => s.version)).toEqual(['2026-11-22', '2026-12-01', '2026-12-02']);
    expect(snapshots.at(-1)!.version).toBe(realDataset().version);
  });

  it('each derives to exactly the bytes it was published with', () => {
    for (const s of snapshots) expect(() => deriveFiles(s)).not.toThrow();
  });

  it('2026-11-22 keeps its old Kharkiv-sector ATACMS reading; 2026-12-01 has the corrected one', () => {
    expect(cellOn(byVersion('2026-11-22'), '2025-11-01')['kharkiv-sector'].atacms.status).toBe('limited');
    expect(cellOn(byVersion('2026-12-01'), '2025-11-01')['kharkiv-sector'].atacms.status).toBe('disputed');
    expect(byVersion('2026-11-22').reviewedThrough).toBe('2026-01-14');
  });

  it('the newest snapshot is the current data (no stale snapshot)', () => {
    expect(currentProblem(realDataset(), snapshots, parts)).toBeNull();
  });

  it('stays compact: about 150 kB or less per version in the repository', () => {
    for (const s of snapshots)
      expect(statSync(join(versionsDir, `${s.version}.json`)).size).toBeLessThan(165_000);
  });

  it('files the other donors once, shared by the versions in which they did not change', () => {
    const names = readdirSync(join(versionsDir, 'donors'));
    expect(names.length).toBe(byVersion('2026-12-02').donors!.length);
    const total = names.reduce((n, name) => n + statSync(join(versionsDir, 'donors', name)).size, 0);
    expect(total).toBeLessThan(110_000);
  });

  it('every version says what it changes, in plain sentences', () => {
    for (const s of snapshots) expect(s.changes.length).toBeGreaterThan(0);
    expect(byVersion('2026-12-01').changes[0]).toBe(
      'Kharkiv sector, ATACMS, from 22 Oct 2025: limited → disputed',
    );
  });
});

describe('currentProblem: the check that guards published versions', () => {
  const current = realDataset();
  it('asks for a snapshot when the data changed since the newest one', () => {
    const edited = { ...current, events: current.events.slice(1) };
    expect(currentProblem(edited, snapshots, parts)).toMatch(
      /has changed since data\/versions\/2026-12-02\.json.*data:snapshot/,
    );
  });
  it('asks for a snapshot when a donor changed since the newest one', () => {
    const [first, ...rest] = parts;
    const edited = { ...first!, sha256: '0'.repeat(64) };
    expect(currentProblem(current, snapshots, [edited, ...rest])).toMatch(
      new RegExp(
        `data/donors has changed since data/versions/2026-12-02\\.json was written \\(${first!.donor.id}\\)`,
      ),
    );
    expect(currentProblem(current, snapshots, rest)).toMatch(/data\/donors has changed/);
  });
  it('refuses the data under an older, frozen version', () => {
    expect(currentProblem({ ...current, version: '2026-11-22' }, snapshots, parts)).toMatch(
      /published versions are frozen/,
    );
  });
  it('asks for a snapshot of a new version', () => {
    expect(currentProblem({ ...current, version: '2027-01-01' }, snapshots, parts)).toMatch(
      /has no snapshot/,
    );
  });
});

describe('publishVersions: the served files', () => {
  it('writes each version and versions.json with change lines', () => {
    const dir = mkdtempSync(join(tmpdir(), 'versions-'));
    const index = publishVersions(dir, snapshots);
    expect(index).toEqual(versionsIndex(snapshots));
    expect(index.current).toBe('2026-12-02');
    expect(index.versions[2]).toMatchObject({
      version: '2026-12-02',
      reviewedThrough: '2026-03-16',
      json: 'data/versions/2026-12-02/permissions.json',
    });
    expect(JSON.parse(readFileSync(join(dir, 'versions.json'), 'utf8'))).toEqual(index);
    expect(readFileSync(join(dir, 'versions', '2026-12-02', 'permissions.json'), 'utf8')).toBe(
      toJson(realDataset()),
    );
  });

  it("writes the other donors' files of the versions that have them, and lists them", () => {
    const dir = mkdtempSync(join(tmpdir(), 'versions-'));
    const index = publishVersions(dir, snapshots);
    expect(index.versions[0]!.donors).toBeUndefined();
    expect(index.versions[1]!.donors).toBeUndefined();
    expect(index.versions[2]!.donors).toMatchObject({ de: 'data/versions/2026-12-02/donors/de.json' });
    expect(Object.keys(index.versions[2]!.donors!).sort()).toEqual(parts.map((p) => p.donor.id).sort());
    const de = JSON.parse(readFileSync(join(dir, 'versions', '2026-12-02', 'donors', 'de.json'), 'utf8'));
    expect(de).toMatchObject({ donor: { id: 'de' }, version: '2026-12-02' });
    expect(de.events.map((e: { id: string }) => e.id)).toContain(
      parts.find((p) => p.donor.id === 'de')!.eventIds[0],
    );
  });

  it('refuses a donor part whose derived file would change', () => {
    const s = byVersion('2026-12-02');
    const de = s.donors!.find((p) => p.donor.id === 'de')!;
    const tampered = { ...de, transitions: de.transitions.slice(0, -1) };
    expect(() => donorFileOf(tampered, datasetOf(s))).toThrow(
      /data version 2026-12-02: the derived donors\/de\.json differs from the one published/,
    );
  });

  it('refuses a published version whose derived files would change', () => {
    const old = byVersion('2026-11-22');
    const tampered: Snapshot = { ...old, transitions: old.transitions.slice(0, -1) };
    expect(() => publishVersions(mkdtempSync(join(tmpdir(), 'versions-')), [tampered])).toThrow(
      /data version 2026-11-22: the derived permissions\.json differs from the one published/,
    );
  });
});

describe('change lines from the difference of two versions', () => {
  const older = datasetOf(byVersion('2026-11-22'));
  const newer = realDataset();

  it('names zone, weapon, start and both readings of each changed stretch', () => {
    expect(statusChangeLines(older, newer)).toEqual([
      'Kharkiv sector, ATACMS, from 22 Oct 2025: limited → disputed',
    ]);
  });

  it('adds the hand-written lines, the review date and the events', () => {
    const lines = changeLines(older, newer, ['A hand-written line.']);
    expect(lines[1]).toBe('A hand-written line.');
    expect(lines).toContain('Sources reviewed through 16 Mar 2026 (previously 14 Jan 2026).');
    expect(lines.some((l) => /^Added \d+ events, dated Jan 2025 to Mar 2026\.$/.test(l))).toBe(true);
  });

  it('a bounded stretch is written with both ends', () => {
    const edited = structuredClone(newer);
    const epoch = edited.epochs.find((e) => e.from <= '2023-01-10' && '2023-01-10' <= e.to)!;
    epoch.statuses.crimea.himars = { ...epoch.statuses.crimea.himars, status: 'prohibited' };
    expect(statusChangeLines(newer, edited)).toEqual([
      `Crimea, HIMARS, ${shortDate(epoch.from)} – ${shortDate(epoch.to)}: permitted → prohibited`,
    ]);
  });

  it('the first version says so', () => {
    expect(changeLines(null, newer, [])).toEqual(['First published version.']);
  });
});
