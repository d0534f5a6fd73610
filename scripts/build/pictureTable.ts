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
import { DATE_SUFFIX, INTL_LOCALE, LANGS } from '../../src/i18n/locale';
import { buildMessages } from './catalogues';
import { pictureFills, pictureThemes } from '../../src/map/picture';
import type { PictureTable } from '../../src/map/pictureScript';
import { PICTURE_COLOURED_MARK } from '../../src/perf/marks';

const FILTERS: WeaponFilter[] = ['all', ...WEAPON_IDS];
const DATE_SLOT = '\u0000';

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
      const strip = DATE_SUFFIX[lang]?.source ?? '(?!)';
      return [lang, { locale: INTL_LOCALE[lang], before: before ?? '', after: after ?? '', strip }];
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
