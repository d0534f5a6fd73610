import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { STATUS_IDS, TIMELINE_START, WEAPON_IDS, ZONE_IDS } from '../../../src/domain/ids';
import { addDays } from '../../../src/domain/dates';
import { formatError, loadDataset } from '../../../scripts/data/load-dataset';
import { csvField, toCsv, toJson } from '../../../scripts/data/serialize';

// The real dataset in data/permissions/: valid, complete, faithful to the fact sheet, and
// exported deterministically (public/data/ is derived at build time: see versions.test.ts).

const root = fileURLToPath(new URL('../../../', import.meta.url));
const result = loadDataset(`${root}data/permissions`);

function dataset() {
  if (!result.ok)
    throw new Error(`data/permissions is invalid:\n${result.errors.map(formatError).join('\n')}`);
  return result.dataset;
}

describe('data/permissions', () => {
  it('passes validation', () => {
    expect(result.ok ? [] : result.errors.map(formatError)).toEqual([]);
  });

  it('has epochs covering timelineStart … reviewedThrough without gaps or overlaps', () => {
    const d = dataset();
    expect(d.timelineStart).toBe(TIMELINE_START);
    expect(d.epochs[0]!.from).toBe(TIMELINE_START);
    expect(d.epochs.at(-1)!.to).toBe(d.reviewedThrough);
    d.epochs.forEach((epoch, i) => {
      expect(epoch.from <= epoch.to).toBe(true);
      if (i > 0) expect(epoch.from).toBe(addDays(d.epochs[i - 1]!.to, 1));
      for (const zone of ZONE_IDS) {
        for (const weapon of WEAPON_IDS) {
          const cell = epoch.statuses[zone][weapon];
          expect(STATUS_IDS).toContain(cell.status);
          expect(cell.basis.length, `${epoch.from} ${zone} ${weapon} has a basis`).toBeGreaterThan(0);
          expect(cell.since <= epoch.from).toBe(true);
          if (cell.status === 'disputed') expect(cell.readings?.length ?? 0).toBeGreaterThanOrEqual(2);
          if (cell.status === 'limited' || cell.status === 'disputed') {
            expect(
              cell.condition?.length ?? 0,
              `${epoch.from} ${zone} ${weapon} has a short condition`,
            ).toBeGreaterThan(0);
            expect(cell.condition!.length).toBeLessThanOrEqual(40);
          }
        }
      }
    });
  });

  it('changes something at every epoch boundary', () => {
    const d = dataset();
    for (let i = 1; i < d.epochs.length; i++) {
      const strip = (s: unknown) => JSON.stringify(s, (k, v) => (k === 'since' ? undefined : v));
      expect(strip(d.epochs[i]!.statuses), `epoch ${d.epochs[i]!.from}`).not.toBe(
        strip(d.epochs[i - 1]!.statuses),
      );
    }
  });

  it('cites only events that exist, and every event has a source', () => {
    const d = dataset();
    const ids = new Set(d.events.map((e) => e.id));
    for (const epoch of d.epochs) {
      for (const zone of ZONE_IDS) {
        for (const weapon of WEAPON_IDS) {
          const cell = epoch.statuses[zone][weapon];
          for (const id of [...cell.basis, ...(cell.readings ?? []).flatMap((r) => r.basis)])
            expect(ids).toContain(id);
        }
      }
    }
    for (const e of d.events) expect(e.sources.length).toBeGreaterThan(0);
  });

  it('never supplies Tomahawk/ERAM, and supplies HIMARS from June 2022', () => {
    const d = dataset();
    for (const epoch of d.epochs)
      for (const zone of ZONE_IDS)
        expect(epoch.statuses[zone]['long-range-other'].status).toBe('not-supplied');
    expect(d.weapons.find((w) => w.id === 'long-range-other')!.firstDelivered).toBeNull();
    expect(d.weapons.find((w) => w.id === 'himars')!.firstDelivered).toMatchObject({
      date: '2022-06-01',
      precision: 'month',
    });
  });
});

describe('public/data export', () => {
  it('is deterministic', () => {
    const again = loadDataset(`${root}data/permissions`);
    if (!again.ok) throw new Error('invalid');
    expect(toJson(again.dataset)).toBe(toJson(dataset()));
    expect(toCsv(again.dataset)).toBe(toCsv(dataset()));
  });

  it('writes one CSV row per epoch × zone × weapon, RFC 4180 quoted', () => {
    const d = dataset();
    const csv = toCsv(d);
    expect(
      csv.startsWith('from,to,zone,weapon,status,condition,note,basis_events,source_urls,since,readings\r\n'),
    ).toBe(true);
    // Count records, not lines: quoted fields may not contain line breaks here, but check anyway.
    expect(csv.split('\r\n').filter(Boolean)).toHaveLength(
      1 + d.epochs.length * ZONE_IDS.length * WEAPON_IDS.length,
    );
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a, b')).toBe('"a, b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('line\nbreak')).toBe('"line\nbreak"');
  });
});

// The dataset is built from the researched fact sheet, its 2026 addendum and (for the other
// donors' events) the donors fact sheet: nothing may be invented. Every quote must be copied exactly from them, and every URL must be one they list.
const sheetPath = `${root}../shared/research/timeline-facts.md`;
const addendumPath = `${root}../shared/research/timeline-2026-addendum.md`;
const donorsSheetPath = `${root}../shared/research/donors-fact-sheet.md`;
describe.skipIf(!existsSync(sheetPath) || !existsSync(addendumPath))(
  'faithful to the fact sheet and its addendum (../shared/research/)',
  () => {
    // The addendum writes a double quote inside a quotation as \" (Markdown); the data has ".
    const read = (path: string) => (existsSync(path) ? readFileSync(path, 'utf8') : '');
    const sheet = [sheetPath, addendumPath, donorsSheetPath]
      .map((p) => read(p).replace(/\\"/g, '"'))
      .join('\n');

    it('every quote is an exact substring of the sheet', () => {
      const bad = dataset().events.flatMap((e) =>
        e.sources.filter((s) => s.quote && !sheet.includes(s.quote)).map((s) => `${e.id}: ${s.quote}`),
      );
      expect(bad).toEqual([]);
    });

    it('every source URL appears in the sheet', () => {
      const bad = dataset().events.flatMap((e) =>
        e.sources.filter((s) => !sheet.includes(s.url)).map((s) => `${e.id}: ${s.url}`),
      );
      expect(bad).toEqual([]);
    });

    it('words in double quotes in our notes and readings are quotes from the sheet', () => {
      const norm = (s: string) => s.replace(/[“”]/g, '"').replace(/[‘’]/g, "'");
      const text = norm(sheet);
      const d = dataset();
      const texts = new Set<string>();
      for (const epoch of d.epochs) {
        for (const zone of ZONE_IDS) {
          for (const weapon of WEAPON_IDS) {
            const cell = epoch.statuses[zone][weapon];
            if (cell.note) texts.add(cell.note);
            for (const r of cell.readings ?? []) texts.add(r.reading);
          }
        }
      }
      const bad = [...texts].flatMap((t) =>
        [...norm(t).matchAll(/"([^"]+)"/g)].map((m) => m[1]!).filter((q) => !text.includes(q)),
      );
      expect(bad).toEqual([]);
    });
  },
);
