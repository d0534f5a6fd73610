import cities from '../../data/geo-src/cities.json';
// City names in the languages the geo source does not carry (German, French): Ukrainian forms of
// Ukrainian names, as each language's serious press writes them.
import moreNames from '../../data/i18n/city-names.json';
import type { Lang } from '../i18n/locale';
import type { Messages } from '../i18n/messages/en';
import type { CityLabel } from './cityLabels';

interface CityRecord {
  id: string;
  name: Record<string, string>;
  lng: number;
  lat: number;
  rank: number;
  labelSide?: 'left' | 'right';
}

export function cityLabelsFor(lang: Lang): CityLabel[] {
  return (cities as CityRecord[]).map((city) => ({
    id: city.id,
    name:
      (moreNames as Record<string, Record<string, string>>)[lang]?.[city.id] ??
      city.name[lang] ??
      city.name['en'] ??
      city.id,
    lng: city.lng,
    lat: city.lat,
    rank: city.rank,
    labelSide: city.labelSide ?? 'right',
  }));
}

/** Anchors for area labels, chosen by hand to sit inside each area at the default framing. */
const PLACE_ANCHORS = {
  'kharkiv-oblast': [36.55, 49.35],
} as const satisfies Record<keyof Messages['placeLabels'], readonly [number, number]>;

export function placeLabelsFor(t: Messages) {
  return (Object.keys(PLACE_ANCHORS) as (keyof typeof PLACE_ANCHORS)[]).map((id) => ({
    id,
    text: t.placeLabels[id],
    lng: PLACE_ANCHORS[id][0],
    lat: PLACE_ANCHORS[id][1],
  }));
}
