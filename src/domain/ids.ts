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

/**
 * The weapon classes of the donors other than the US (issue #15): their record is about ground
 * weapons, cruise missiles, air defence and aircraft, not about US systems. `air-defense` is the
 * same id (and the same name) as the US class.
 */
export const DONOR_CLASS_IDS = ['ground', 'cruise-missile', 'air-defense', 'aircraft'] as const;
export type DonorClassId = (typeof DONOR_CLASS_IDS)[number];

/** Any dataset's class: a US weapon class or a donor class. The app iterates a dataset's own list. */
export type ClassId = WeaponId | DonorClassId;
export const CLASS_IDS = [
  ...WEAPON_IDS,
  ...DONOR_CLASS_IDS.filter((id) => id !== 'air-defense'),
] as readonly ClassId[];

/** What the map colours by: the all-weapons summary, or one weapon class's own status. */
export type WeaponFilter = 'all' | ClassId;

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

/**
 * Every status the app can show: the US statuses plus `no-statement` (no public statement by a
 * donor for that period), which only the donor datasets use. Appended last, so the index of each
 * US status (the prerendered picture's fills) is unchanged.
 */
export const SHOWN_STATUS_IDS = [...STATUS_IDS, 'no-statement'] as const;
export type ShownStatusId = (typeof SHOWN_STATUS_IDS)[number];

/** First day the slider shows: the full-scale invasion. */
export const TIMELINE_START = '2022-02-24';
