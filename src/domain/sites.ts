// Russian military sites named in reporting on the permission debate: the shape of
// data/sites/sites.yaml and of public/data/sites.json (documented in docs/data.md).

import type { WeaponId, ZoneId } from './ids';
import type { ClaimStatus, Source } from './types';

export const SITE_KINDS = [
  'air-base',
  'airfield',
  'arsenal',
  'depot',
  'naval-base',
  'port',
  'bridge',
  'command',
  'air-defense',
  'radar',
  'other',
] as const;
export type SiteKind = (typeof SITE_KINDS)[number];

/** How a strike on a site is known: the event vocabulary plus `reported` (press reports only). */
export const SITE_CLAIM_STATUSES = ['reported'] as const;
export type SiteClaimStatus = ClaimStatus | (typeof SITE_CLAIM_STATUSES)[number];

/** Where a site's coordinates come from (a page we read). */
export interface CoordinateSource {
  outlet: string;
  url: string;
  published: string | null;
  note?: string;
}

export interface SiteStrike {
  /** 'YYYY-MM-DD' or 'YYYY-MM'. */
  date: string;
  weapons: WeaponId[];
  /** Our own words. */
  summary: string;
  claimStatus: SiteClaimStatus;
  sources: Source[];
}

export interface Site {
  id: string;
  name: string;
  kind: SiteKind;
  region: string;
  /** [longitude, latitude], WGS84. */
  coordinates: [number, number];
  coordinateSource: CoordinateSource;
  /** Our own words: why the site mattered in the debate. */
  why: string;
  sources: Source[];
  strikes: SiteStrike[];
  /** The zone the coordinates fall in (computed by the export from public/geo/zones.geojson). */
  zone: ZoneId;
}

/** public/data/sites.json. */
export interface SitesDataset {
  sites: Site[];
}
