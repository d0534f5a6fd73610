// What the embed builder lets one choose, and how the choices become the embed's URL parameters.
// Defaults are left out of the URL, so a snippet carries only what differs from the plain map.
import type { Lang } from '../../i18n/locale';
import type { SizePreset } from '../../share/snippet';
import type { Theme } from '../../store/theme';
import type { WeaponFilter } from '../../store/appStore';
import type { UrlState } from '../../url/params';
import type { DonorId } from '../../domain/donors';
import type { ClassGroup } from '../../domain/compare';

export interface EmbedOptions {
  /** Follow the latest data instead of showing the current date. */
  followLatest: boolean;
  /** Pin the dataset version shown now. */
  pinned: boolean;
  weapon: WeaponFilter;
  /** Whose weapons (issue #15). */
  donor: DonorId;
  lang: Lang;
  size: SizePreset;
  theme: Theme;
  controls: boolean;
  legend: boolean;
  isStatic: boolean;
  /** The page's comparison (donors and group), or null on the single map. */
  pageCompare: { donors: readonly DonorId[]; group: ClassGroup } | null;
  /** Embed the comparison (offered only when the page is in compare mode). */
  compare: boolean;
}

export function initialEmbedOptions(
  weapon: WeaponFilter,
  lang: Lang,
  pageCompare: EmbedOptions['pageCompare'] = null,
  donor: DonorId = 'us',
): EmbedOptions {
  return {
    followLatest: false,
    pinned: true,
    weapon,
    donor,
    lang,
    size: 'responsive',
    theme: 'auto',
    controls: true,
    legend: true,
    isStatic: false,
    pageCompare,
    compare: pageCompare !== null,
  };
}

/** The URL parameters of the embed for these options, at `date` and data `version`. */
export function embedParams(o: EmbedOptions, date: string, version: string | null): Partial<UrlState> {
  const compare = o.compare ? o.pageCompare : null;
  return {
    date: o.followLatest ? undefined : date,
    weapon: o.weapon === 'all' ? undefined : o.weapon,
    donor: o.donor === 'us' ? undefined : o.donor,
    lang: o.lang === 'en' ? undefined : o.lang,
    theme: o.theme === 'auto' ? undefined : o.theme,
    // The comparison always reads the current donor files: a pinned version would only bring a note.
    v: o.pinned && version && !compare ? version : undefined,
    // A static embed has no controls anyway; say nothing about them.
    controls: o.isStatic || o.controls ? undefined : false,
    legend: o.legend ? undefined : false,
    static: o.isStatic ? true : undefined,
    compare: compare?.donors,
    group: compare && compare.group !== 'all' ? compare.group : undefined,
  };
}
