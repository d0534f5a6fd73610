// Deterministic serialisations of the dataset: public/data/permissions.json and .csv.
// Same input, same bytes: no timestamps, fixed key and row order.

import { WEAPON_IDS, ZONE_IDS } from '../../src/domain/ids';
import type { PermissionsDataset } from '../../src/domain/types';

/** Compact JSON (no indentation: the app loads it), with a final newline. */
export function toJson(dataset: PermissionsDataset): string {
  return `${JSON.stringify(dataset)}\n`;
}

export const CSV_COLUMNS = [
  'from',
  'to',
  'zone',
  'weapon',
  'status',
  'condition',
  'note',
  'basis_events',
  'source_urls',
  'since',
  'readings',
] as const;

/** RFC 4180: quote a field containing a comma, a double quote, CR or LF; double the quotes inside. */
export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/**
 * One row per epoch × zone × weapon. condition: the short label (limited and disputed cells),
 * note: the full explanation. basis_events: the cell's basis, then any further events its
 * readings cite; source_urls: the URLs of those events' sources. Lists are '|'-separated; readings
 * are written 'reading [event|event]' and separated by ' || '. CRLF line ends (RFC 4180).
 */
export function toCsv(dataset: PermissionsDataset): string {
  return formatCsv([[...CSV_COLUMNS], ...csvRows(dataset, WEAPON_IDS, [])]);
}

const formatCsv = (rows: string[][]) => rows.map((r) => r.map(csvField).join(',')).join('\r\n') + '\r\n';

interface CsvCell {
  status: string;
  condition?: string;
  note?: string;
  basis: readonly string[];
  since: string;
  readings?: readonly { reading: string; basis: readonly string[] }[];
}

/** The shape toCsv reads; the donor datasets (src/domain/donors.ts) have it too. */
interface CsvDataset {
  events: readonly { id: string; sources: readonly { url: string }[] }[];
  epochs: readonly {
    from: string;
    to: string;
    statuses: Record<string, Partial<Record<string, CsvCell>>>;
  }[];
}

function csvRows(dataset: CsvDataset, weaponIds: readonly string[], prefix: string[]): string[][] {
  const rows: string[][] = [];
  const events = new Map(dataset.events.map((e) => [e.id, e]));
  for (const epoch of dataset.epochs) {
    for (const zone of ZONE_IDS) {
      for (const weapon of weaponIds) {
        const cell = epoch.statuses[zone]![weapon]!;
        const ids = [...new Set([...cell.basis, ...(cell.readings ?? []).flatMap((r) => r.basis)])];
        const urls = [...new Set(ids.flatMap((id) => events.get(id)?.sources.map((s) => s.url) ?? []))];
        const readings = (cell.readings ?? []).map((r) => `${r.reading} [${r.basis.join('|')}]`).join(' || ');
        rows.push([
          ...prefix,
          epoch.from,
          epoch.to,
          zone,
          weapon,
          cell.status,
          cell.condition ?? '',
          cell.note ?? '',
          ids.join('|'),
          urls.join('|'),
          cell.since,
          readings,
        ]);
      }
    }
  }
  return rows;
}

/** public/data/donors.csv: the columns of permissions.csv with `donor` first, one block per donor. */
export const DONOR_CSV_COLUMNS = ['donor', ...CSV_COLUMNS] as const;

export function toDonorsCsv(
  datasets: readonly (CsvDataset & { donor: { id: string }; weapons: readonly { id: string }[] })[],
): string {
  const rows = datasets.flatMap((d) =>
    csvRows(
      d,
      d.weapons.map((w) => w.id),
      [d.donor.id],
    ),
  );
  return formatCsv([[...DONOR_CSV_COLUMNS], ...rows]);
}
