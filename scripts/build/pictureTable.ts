// The inline script's table: every epoch's status per zone and weapon filter, as one digit each.

import { createEngine } from '../../src/domain/engine';
import {
  STATUS_IDS,
  TIMELINE_START,
  WEAPON_IDS,
  ZONE_IDS,
  type StatusId,
  type WeaponFilter,
} from '../../src/domain/ids';
import type { PermissionsDataset } from '../../src/domain/types';
import { DATE_SUFFIX, INTL_LOCALE, LANGS, type Lang } from '../../src/i18n/locale';
import { buildMessages } from './catalogues';
import { pictureFills, pictureThemes } from '../../src/map/picture';
import type { PictureDateFormat, PictureTable } from '../../src/map/pictureScript';
import { PICTURE_COLOURED_MARK } from '../../src/perf/marks';

const FILTERS: WeaponFilter[] = ['all', ...WEAPON_IDS];
const DATE_SLOT = '\u0000';

const DATE_TOKENS: Partial<Record<Intl.DateTimeFormatPartTypes, string>> = {
  day: '{d}',
  month: '{M}',
  year: '{y}',
};

/** The app's long date (formatDate's) as a pattern and month names, for the inline script. */
export function pictureDateFormat(lang: Lang): PictureDateFormat {
  const format = new Intl.DateTimeFormat(INTL_LOCALE[lang], {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
  const pattern = format
    .formatToParts(Date.UTC(2026, 2, 16))
    .map((part) => DATE_TOKENS[part.type] ?? part.value)
    .join('')
    .replace(DATE_SUFFIX[lang] ?? /(?!)/u, '');
  const months = Array.from(
    { length: 12 },
    (_, month) =>
      format.formatToParts(Date.UTC(2026, month, 16)).find((part) => part.type === 'month')?.value ?? '',
  );
  return { pattern, months };
}

export function pictureTable(dataset: PermissionsDataset): PictureTable {
  const engine = createEngine(dataset);
  const epochs = engine.epochs.map((epoch): [string, string] => [
    epoch.from,
    FILTERS.map((filter) => {
      const levels = engine.levelsAt(epoch.from, filter);
      return ZONE_IDS.map((zone) => STATUS_IDS.indexOf(levels[zone] as StatusId)).join('');
    }).join(''),
  ]);
  const langs = Object.fromEntries(
    LANGS.map((lang) => {
      const [before, after] = buildMessages(lang).webglStaticAlt(DATE_SLOT).split(DATE_SLOT);
      return [lang, { before: before ?? '', after: after ?? '', date: pictureDateFormat(lang) }];
    }),
  );
  return {
    start: TIMELINE_START,
    zones: [...ZONE_IDS],
    filters: FILTERS,
    fills: pictureFills(),
    epochs,
    themes: pictureThemes(),
    langs,
    mark: PICTURE_COLOURED_MARK,
  };
}
