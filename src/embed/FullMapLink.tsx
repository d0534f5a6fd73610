import { useEffect, useRef, type ReactNode } from 'react';
import type { AppState } from '../store/appStore';
import { settledStoreOf } from '../store/settledState';
import { useAppStore } from '../ui/storeContext';
import { fullMapUrl } from '../url/links';

const hrefOf = (s: AppState) =>
  fullMapUrl({
    date: s.date,
    weapon: s.weapon,
    zone: s.zone,
    donor: s.donor,
    lang: s.lang,
    pinnedVersion: s.pinnedVersion,
    compare: s.compare,
    group: s.group,
  });

/**
 * A link to the full app at the embed's current view (opens in a new tab via <base target>). Its
 * href follows the settled state outside React: once the slider rests, one attribute changes.
 */
export function FullMapLink({ children }: { children: ReactNode }) {
  const store = useAppStore();
  const link = useRef<HTMLAnchorElement>(null);
  useEffect(() => {
    const settled = settledStoreOf(store);
    const update = () => {
      const href = hrefOf(settled.getState().state);
      if (link.current && link.current.getAttribute('href') !== href) link.current.setAttribute('href', href);
    };
    update();
    return settled.subscribe(update);
  }, [store]);
  return (
    <a ref={link} href={hrefOf(store.getState())}>
      {children}
    </a>
  );
}
