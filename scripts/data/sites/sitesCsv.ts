// public/data/sites.csv: one row per site (RFC 4180, CRLF), the same facts as sites.json in
// flat form. Lists are '|'-separated; strikes are written 'date weapons: summary'.

import type { Site } from '../../../src/domain/sites';
import { csvField } from '../serialize';

export const SITE_CSV_COLUMNS = [
  'id',
  'name',
  'kind',
  'region',
  'zone',
  'longitude',
  'latitude',
  'coordinate_source_url',
  'why',
  'source_urls',
  'strikes',
  'strike_source_urls',
] as const;

export function sitesToCsv(sites: readonly Site[]): string {
  const rows: string[][] = [[...SITE_CSV_COLUMNS]];
  for (const s of sites) {
    rows.push([
      s.id,
      s.name,
      s.kind,
      s.region,
      s.zone,
      String(s.coordinates[0]),
      String(s.coordinates[1]),
      s.coordinateSource.url,
      s.why,
      s.sources.map((x) => x.url).join('|'),
      s.strikes.map((k) => `${k.date} ${k.weapons.join('+')}: ${k.summary}`).join('|'),
      [...new Set(s.strikes.flatMap((k) => k.sources.map((x) => x.url)))].join('|'),
    ]);
  }
  return rows.map((r) => r.map(csvField).join(',')).join('\r\n') + '\r\n';
}
