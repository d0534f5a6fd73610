// The identifiers every layer agrees on: geometry (feature ids), dataset (zones, weapons,
// named regions), URL parameters and the map's feature-state. Changing one is a data migration.

/** Policy zones, plus the context zone `ukraine` (the rest of Ukraine). */
export const ZONE_IDS = ['crimea', 'kharkiv-sector', 'border-zone', 'deep-russia', 'ukraine'] as const;
export type ZoneId = (typeof ZONE_IDS)[number];

/** The four zones inside which US permission changed over time (Crimea is Ukrainian territory). */
export const POLICY_ZONE_IDS = [
  'crimea',
  'kharkiv-sector',
  'border-zone',
  'deep-russia',
] as const satisfies readonly ZoneId[];

export const WEAPON_IDS = [
  'artillery',
  'himars',
  'atacms',
  'air-defense',
  'aircraft-munitions',
  'long-range-other',
] as const;
export type WeaponId = (typeof WEAPON_IDS)[number];

/** What the map colours by: the all-weapons summary, or one weapon class's own status. */
export type WeaponFilter = 'all' | WeaponId;

/** Named administrative regions that events mention; addressable on the map for highlighting. */
export const NAMED_REGION_IDS = [
  'belgorod-oblast',
  'kursk-oblast',
  'bryansk-oblast',
  'voronezh-oblast',
  'rostov-oblast',
  'krasnodar-krai',
  'moscow',
  'moscow-oblast',
  'kharkiv-oblast',
  'sumy-oblast',
] as const;
export type NamedRegionId = (typeof NAMED_REGION_IDS)[number];

export const STATUS_IDS = [
  'permitted',
  'limited',
  'prohibited',
  'disputed',
  'not-supplied',
  'no-policy',
] as const;
export type StatusId = (typeof STATUS_IDS)[number];

/** First day the slider shows: the full-scale invasion. */
export const TIMELINE_START = '2022-02-24';
