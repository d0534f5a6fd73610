import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { formatError } from '../../../scripts/data/load-dataset';
import { loadDonors, type DonorsLoadResult } from '../../../scripts/data/load-donors';
import { DONOR_CSV_COLUMNS, toDonorsCsv, CSV_COLUMNS } from '../../../scripts/data/serialize';
import type { DonorDataset } from '../../../src/domain/donors';
import type { ZoneId } from '../../../src/domain/ids';

// The donor comparison (issue #15): a dated-readings table per donor, each reading naming the
// event behind it, read from the real data/donors/ through the same loader as check:data.

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const DONORS = join(ROOT, 'data', 'donors');
const PERMISSIONS = join(ROOT, 'data', 'permissions');
const TODAY = '2026-11-22';

function loaded(): Extract<DonorsLoadResult, { ok: true }> {
  const result = loadDonors(DONORS, PERMISSIONS, { today: TODAY });
  if (!result.ok) throw new Error(result.errors.map(formatError).join('\n'));
  return result;
}
const result = loaded();
const byId = new Map<string, DonorDataset>(result.donors.map((d) => [d.dataset.donor.id, d.dataset]));

function cellOn(dataset: DonorDataset, date: string, zone: ZoneId, cls: string) {
  const epoch = dataset.epochs.find((e) => e.from <= date && date <= e.to);
  if (!epoch) throw new Error(`no epoch on ${date}`);
  const cell = epoch.statuses[zone][cls as keyof (typeof epoch.statuses)[ZoneId]];
  if (!cell) throw new Error(`${dataset.donor.id} has no class ${cls}`);
  return cell;
}

type Reading = [date: string, zone: ZoneId, cls: string, status: string, event: string];

// prettier-ignore
const READINGS: Record<string, Reading[]> = {
  gb: [
    ['2022-03-01', 'kharkiv-sector', 'ground', 'no-statement', '2022-04-26-uk-heappey-legitimate-targets'],
    ['2022-07-01', 'border-zone', 'ground', 'disputed', '2022-06-06-uk-m270-in-ukraine'],
    ['2024-09-01', 'border-zone', 'ground', 'permitted', '2024-08-14-uk-mod-operations-inside-russia'],
    ['2022-12-01', 'crimea', 'cruise-missile', 'not-supplied', '2023-05-11-uk-storm-shadow-sovereign-territory'],
    ['2023-06-01', 'crimea', 'cruise-missile', 'permitted', '2023-05-11-uk-storm-shadow-sovereign-territory'],
    ['2023-06-01', 'deep-russia', 'cruise-missile', 'prohibited', '2023-05-11-uk-storm-shadow-sovereign-territory'],
    ['2024-07-15', 'kharkiv-sector', 'cruise-missile', 'disputed', '2024-07-12-uk-no10-policy-unchanged'],
    ['2024-12-01', 'border-zone', 'cruise-missile', 'permitted', '2024-11-20-storm-shadow-kursk'],
    ['2025-01-10', 'deep-russia', 'cruise-missile', 'disputed', '2024-12-26-storm-shadow-oryol'],
    ['2025-11-01', 'deep-russia', 'cruise-missile', 'disputed', '2025-10-22-wsj-loosening-trump-denies'],
  ],
  fr: [
    ['2022-06-01', 'border-zone', 'ground', 'no-statement', '2022-04-22-france-not-co-belligerent'],
    ['2023-03-01', 'kharkiv-sector', 'ground', 'prohibited', '2023-01-02-france-lecornu-self-defence'],
    ['2024-06-10', 'kharkiv-sector', 'ground', 'limited', '2024-05-28-france-launch-sites'],
    ['2023-08-01', 'crimea', 'cruise-missile', 'permitted', '2023-07-11-france-scalp-guarantees'],
    ['2024-06-10', 'border-zone', 'cruise-missile', 'disputed', '2024-11-18-france-barrot-nothing-new'],
    ['2024-12-01', 'deep-russia', 'cruise-missile', 'limited', '2024-11-23-france-barrot-principle-set'],
    ['2024-03-01', 'border-zone', 'aircraft', 'prohibited', '2024-05-18-france-aasm-denial'],
  ],
  de: [
    ['2023-03-01', 'kharkiv-sector', 'ground', 'prohibited', '2023-02-05-germany-scholz-consensus'],
    ['2024-06-10', 'kharkiv-sector', 'ground', 'limited', '2024-05-31-germany-adjacent-positions'],
    ['2024-06-10', 'border-zone', 'ground', 'prohibited', '2022-06-15-germany-mars-range-responsible'],
    ['2024-09-01', 'border-zone', 'ground', 'permitted', '2024-08-12-germany-no-conditions-beyond-law'],
    ['2024-10-01', 'deep-russia', 'ground', 'prohibited', '2024-09-14-germany-scholz-no-long-range'],
    ['2025-06-01', 'deep-russia', 'ground', 'disputed', '2025-05-26-germany-klingbeil-no-new-agreement'],
    ['2024-06-10', 'deep-russia', 'cruise-missile', 'not-supplied', '2024-02-germany-refuses-taurus'],
    ['2024-07-01', 'border-zone', 'air-defense', 'limited', '2024-06-02-germany-freuding-patriot-conceivable'],
  ],
  nl: [
    ['2023-01-01', 'deep-russia', 'ground', 'no-statement', '2024-05-31-netherlands-f16-theirs-to-use'],
    ['2024-06-10', 'deep-russia', 'aircraft', 'permitted', '2024-05-31-netherlands-f16-theirs-to-use'],
    ['2024-06-10', 'border-zone', 'air-defense', 'no-statement', '2024-05-31-netherlands-f16-theirs-to-use'],
    ['2024-09-20', 'border-zone', 'air-defense', 'permitted', '2024-09-09-netherlands-no-range-limit'],
    ['2024-11-01', 'deep-russia', 'ground', 'permitted', '2024-10-17-netherlands-no-100-km-limit'],
    ['2025-01-01', 'crimea', 'aircraft', 'no-statement', '2024-05-31-netherlands-f16-theirs-to-use'],
  ],
  be: [
    ['2022-06-01', 'border-zone', 'ground', 'prohibited', '2023-06-05-belgium-ukrainian-territory-only'],
    ['2024-06-10', 'deep-russia', 'ground', 'prohibited', '2024-05-28-belgium-f16-ukrainian-territory'],
    ['2025-01-01', 'ukraine', 'aircraft', 'not-supplied', '2025-12-09-belgium-f16-still-planned'],
  ],
  dk: [
    ['2023-09-01', 'deep-russia', 'aircraft', 'prohibited', '2023-08-21-denmark-no-further-than-ukraine'],
    ['2024-06-10', 'kharkiv-sector', 'ground', 'permitted', '2024-05-28-denmark-f16-in-russia'],
    ['2024-09-10', 'border-zone', 'aircraft', 'permitted', '2024-08-30-denmark-no-f16-restrictions'],
  ],
  se: [
    ['2024-01-01', 'border-zone', 'ground', 'no-statement', '2024-05-26-sweden-allows-strikes-in-russia'],
    ['2024-10-01', 'deep-russia', 'ground', 'permitted', '2024-09-13-sweden-finland-canada-no-prohibition'],
  ],
  fi: [
    ['2024-03-01', 'border-zone', 'ground', 'disputed', '2024-02-29-finland-no-restrictions-disputed'],
    ['2024-10-01', 'deep-russia', 'ground', 'permitted', '2024-09-13-sweden-finland-canada-no-prohibition'],
  ],
  pl: [
    ['2024-01-01', 'crimea', 'ground', 'no-statement', '2024-05-29-poland-no-restrictions'],
    ['2024-06-10', 'deep-russia', 'ground', 'permitted', '2024-05-31-poland-sikorski-no-restrictions'],
  ],
  ca: [
    ['2024-06-10', 'border-zone', 'ground', 'permitted', '2024-05-29-canada-no-conditions'],
    ['2024-09-01', 'deep-russia', 'ground', 'permitted', '2024-08-15-canada-no-geographic-restrictions'],
  ],
  cz: [
    ['2024-06-10', 'border-zone', 'ground', 'limited', '2024-05-30-czechia-initiative-shells'],
    ['2024-09-10', 'deep-russia', 'ground', 'permitted', '2024-08-31-czechia-no-restrictions'],
  ],
  ee: [
    ['2024-06-10', 'border-zone', 'ground', 'no-statement', '2024-08-14-estonia-never-restricted'],
    ['2024-09-01', 'border-zone', 'ground', 'permitted', '2024-08-14-estonia-never-restricted'],
  ],
  lv: [
    ['2024-01-01', 'deep-russia', 'ground', 'no-statement', '2024-05-30-latvia-never-restricted'],
    ['2024-06-10', 'deep-russia', 'ground', 'permitted', '2024-05-30-latvia-never-restricted'],
  ],
  it: [
    ['2024-06-10', 'deep-russia', 'ground', 'prohibited', '2024-05-07-italy-inside-ukraine-only'],
    ['2024-09-10', 'border-zone', 'air-defense', 'prohibited', '2024-08-29-italy-samp-t-not-in-russia'],
  ],
  no: [
    ['2024-06-10', 'border-zone', 'ground', 'no-statement', '2024-05-30-norway-conditions-not-disclosed'],
    ['2024-09-01', 'deep-russia', 'ground', 'no-statement', '2024-08-15-norway-conditions-secret'],
  ],
  lt: [
    ['2023-01-01', 'border-zone', 'ground', 'no-statement', '2024-05-21-lithuania-advocacy-only'],
    ['2025-01-01', 'ukraine', 'ground', 'permitted', '2024-05-21-lithuania-advocacy-only'],
  ],
};

describe('donors: dated readings, each naming its event', () => {
  it('covers every donor but the US, with at least 5 readings for gb, fr, de, nl and 2 for the rest', () => {
    expect(Object.keys(READINGS).sort()).toEqual([...byId.keys()].sort());
    for (const [id, list] of Object.entries(READINGS))
      expect(list.length, id).toBeGreaterThanOrEqual(['gb', 'fr', 'de', 'nl'].includes(id) ? 5 : 2);
  });

  for (const [id, list] of Object.entries(READINGS))
    describe(id, () => {
      it.each(list)('%s %s × %s → %s (%s)', (date, zone, cls, status, event) => {
        const dataset = byId.get(id)!;
        const cell = cellOn(dataset, date, zone, cls);
        expect(cell.status).toBe(status);
        const cited = [...cell.basis, ...(cell.readings ?? []).flatMap((r) => r.basis)];
        expect(cited).toContain(event);
        // The event is shipped with the donor's file, so the details can show it.
        expect(dataset.events.map((e) => e.id)).toContain(event);
      });
    });
});

describe('donors: the dependency of Storm Shadow and SCALP on US decisions', () => {
  it.each([
    ['gb', '2024-12-01', 'border-zone'],
    ['gb', '2025-06-01', 'deep-russia'],
    ['fr', '2024-12-01', 'deep-russia'],
  ] as const)('%s on %s in %s: the note says so and the basis names a US event', (id, date, zone) => {
    const dataset = byId.get(id)!;
    const cell = cellOn(dataset, date, zone, 'cruise-missile');
    expect(cell.note).toMatch(/\bUS\b/);
    const us = cell.basis.filter((b) => dataset.events.find((e) => e.id === b)?.donor === 'US');
    expect(us.length).toBeGreaterThan(0);
  });
});

describe('donors: the export shape', () => {
  it('each donor has permissions.json’s keys plus donor, and the no-statement status', () => {
    const de = byId.get('de')!;
    expect(Object.keys(de).sort()).toEqual(
      [
        'donor',
        'version',
        'reviewedThrough',
        'timelineStart',
        'zones',
        'weapons',
        'statuses',
        'epochs',
        'events',
      ].sort(),
    );
    expect(de.donor).toEqual({ id: 'de', name: 'Germany' });
    expect(de.weapons.map((w) => w.id)).toEqual(['ground', 'cruise-missile', 'air-defense']);
    expect(de.statuses.map((s) => s.id)).toContain('no-statement');
    expect(de.epochs[0]!.from).toBe('2022-02-24');
    expect(de.epochs.at(-1)!.to).toBe(de.reviewedThrough);
  });

  it('the donors CSV has the permissions.csv columns with donor first', () => {
    expect(DONOR_CSV_COLUMNS).toEqual(['donor', ...CSV_COLUMNS]);
    const csv = toDonorsCsv([byId.get('lt')!]);
    const lines = csv.trimEnd().split('\r\n');
    expect(lines[0]).toBe(DONOR_CSV_COLUMNS.join(','));
    expect(lines[1]).toMatch(/^lt,2022-02-24,2026-03-16,crimea,ground,no-statement,/);
    expect(lines).toHaveLength(1 + 5); // one epoch × five zones × one class
  });
});

describe('donors: check:data reports a bad donor record by file, record and field', () => {
  function brokenCopy(edit: (dir: string) => void): string[] {
    const dir = mkdtempSync(join(tmpdir(), 'donors-'));
    cpSync(DONORS, dir, { recursive: true });
    edit(dir);
    const r = loadDonors(dir, PERMISSIONS, { today: TODAY });
    if (r.ok) throw new Error('the broken copy unexpectedly passed');
    return r.errors.map(formatError);
  }

  it('an unknown status', () => {
    const lines = brokenCopy((dir) => {
      const file = join(dir, 'lt', 'transitions.yaml');
      writeFileSync(
        file,
        readFileSync(file, 'utf8') +
          '\n- from: 2024-06-01\n  zones: [border-zone]\n  weapons: [ground]\n  status: allowed\n  basis: [2024-06-01-nothing]\n',
      );
    });
    expect(lines).toEqual([
      expect.stringMatching(
        /^lt\/transitions\.yaml:\d+: transition #3 \(from 2024-06-01\): status: unknown status "allowed"/,
      ),
    ]);
  });

  it('an unknown basis event and a class outside the donor’s classes', () => {
    const lines = brokenCopy((dir) => {
      const file = join(dir, 'lt', 'transitions.yaml');
      writeFileSync(
        file,
        readFileSync(file, 'utf8') +
          '\n- from: 2024-06-01\n  zones: [border-zone]\n  weapons: [aircraft]\n  status: permitted\n  basis: [2024-06-01-nothing]\n',
      );
    });
    expect(lines).toContainEqual(
      expect.stringMatching(
        /^lt\/transitions\.yaml:\d+: transition #3 \(from 2024-06-01\): basis\[0\]: unknown event "2024-06-01-nothing"/,
      ),
    );
    expect(lines).toContainEqual(
      expect.stringMatching(
        /transition #3 \(from 2024-06-01\): weapons\[0\]: class "aircraft" is not one of lt's classes/,
      ),
    );
  });

  it('a donor missing from the registry, and a date outside the timeline', () => {
    const lines = brokenCopy((dir) => {
      const reg = join(dir, 'donors.yaml');
      writeFileSync(reg, readFileSync(reg, 'utf8').replace(/- id: lt\n[\s\S]*$/, ''));
      const file = join(dir, 'lv', 'transitions.yaml');
      writeFileSync(file, readFileSync(file, 'utf8').replace('from: 2024-05-30', 'from: 2027-05-30'));
    });
    expect(lines).toContainEqual(expect.stringMatching(/^donors\.yaml(:\d+)?: donor "lt" is missing/));
    expect(lines).toContainEqual(
      expect.stringMatching(
        /^lv\/transitions\.yaml:\d+: transition #3 \(from 2027-05-30\): from: date 2027-05-30 is outside/,
      ),
    );
  });
});
