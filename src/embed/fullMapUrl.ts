import { appRootUrl } from '../app/appRoot';
import type { AppState } from '../store/appStore';
import { buildQuery } from '../url/params';

/** The full app at the same view: the embed's "open the full map" link and the citation URL. */
export function fullMapUrl(
  state: Pick<AppState, 'date' | 'weapon' | 'zone' | 'lang' | 'pinnedVersion'>,
  doc: Document = document,
): string {
  const query = buildQuery(
    {
      date: state.date,
      weapon: state.weapon,
      zone: state.zone ?? undefined,
      lang: state.lang,
      v: state.pinnedVersion ?? undefined,
    },
    { weapon: 'all', lang: 'en' },
  );
  return `${appRootUrl(doc).href}${query}`;
}
