import { appRootUrl } from '../app/appRoot';
import type { AppState } from '../store/appStore';
import { buildQuery, type UrlState } from './params';

/** The store fields a link carries. */
export type LinkedState = Pick<AppState, 'date' | 'weapon' | 'zone' | 'lang' | 'theme'> &
  Partial<Pick<AppState, 'place' | 'donor' | 'compare' | 'group'>>;

/** The URL parameters the store owns; the others (embed flags, `v`, a host's own) are not the store's. */
export function urlStateOf(state: LinkedState): Partial<UrlState> {
  return {
    date: state.date,
    weapon: state.weapon,
    zone: state.zone ?? undefined,
    donor: state.donor === 'us' ? undefined : state.donor,
    lang: state.lang,
    theme: state.theme,
    place: state.place && 'id' in state.place ? state.place.id : undefined,
    at: state.place && 'at' in state.place ? state.place.at : undefined,
    compare: state.compare ?? undefined,
    group: state.compare ? state.group : undefined,
  };
}

/**
 * The full app at the same view (date, weapon, zone, language and data version; the reader's own
 * theme applies): the embed's "open the full map" link and the citation URL.
 */
export function fullMapUrl(
  state: Omit<LinkedState, 'theme'> & Pick<AppState, 'pinnedVersion'>,
  doc: Document = document,
): string {
  const query = buildQuery(
    { ...urlStateOf({ ...state, theme: 'auto' }), theme: undefined, v: state.pinnedVersion ?? undefined },
    { weapon: 'all', lang: 'en' },
  );
  return `${appRootUrl(doc).href}${query}`;
}
