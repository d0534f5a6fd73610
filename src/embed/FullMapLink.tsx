import type { ReactNode } from 'react';
import { useApp } from '../ui/storeContext';
import { fullMapUrl } from '../url/links';

/** A link to the full app at the embed's current view (opens in a new tab via <base target>). */
export function FullMapLink({ children }: { children: ReactNode }) {
  const date = useApp((s) => s.date);
  const weapon = useApp((s) => s.weapon);
  const zone = useApp((s) => s.zone);
  const lang = useApp((s) => s.lang);
  const pinnedVersion = useApp((s) => s.pinnedVersion);
  return <a href={fullMapUrl({ date, weapon, zone, lang, pinnedVersion })}>{children}</a>;
}
