// Named regions (the overlay for highlighting/outlines) and where each comes from.
import type { NamedRegionId, ZoneId } from '../../../src/domain/ids.ts';

/** Source ISO 3166-2 code (geoBoundaries/OSM admin-1) and English name for every named region. */
export const NAMED_REGION_SOURCES: Record<NamedRegionId, { iso: string; name: string }> = {
  'belgorod-oblast': { iso: 'RU-BEL', name: 'Belgorod Oblast' },
  'kursk-oblast': { iso: 'RU-KRS', name: 'Kursk Oblast' },
  'bryansk-oblast': { iso: 'RU-BRY', name: 'Bryansk Oblast' },
  'voronezh-oblast': { iso: 'RU-VOR', name: 'Voronezh Oblast' },
  'rostov-oblast': { iso: 'RU-ROS', name: 'Rostov Oblast' },
  'krasnodar-krai': { iso: 'RU-KDA', name: 'Krasnodar Krai' },
  moscow: { iso: 'RU-MOW', name: 'Moscow' },
  'moscow-oblast': { iso: 'RU-MOS', name: 'Moscow Oblast' },
  'kharkiv-oblast': { iso: 'UA-63', name: 'Kharkiv Oblast' },
  'sumy-oblast': { iso: 'UA-59', name: 'Sumy Oblast' },
};

/** English names of the zones (the app translates; these are for data readers). */
export const ZONE_NAMES = {
  crimea: 'Crimea',
  'kharkiv-sector': 'Kharkiv sector',
  'border-zone': 'Border zone (100 km)',
  'deep-russia': 'Deep Russia',
  ukraine: 'Ukraine',
} as const satisfies Record<ZoneId, string>;
