import { fullMapUrl } from '../url/links';
import { newerVersionThan } from '../domain/versions';
import { useApp, useMessages, useSettled } from './storeContext';

/**
 * On a page or embed pinned to an older data version: a newer version exists, what it changes in
 * one line (a data text, in English), and a link to the same view with the current data.
 */
export function NewerVersionNote() {
  const { t, lang, loc } = useMessages();
  const versions = useApp((s) => s.versions);
  const pinnedVersion = useApp((s) => s.pinnedVersion);
  const newer = newerVersionThan(versions, pinnedVersion);
  const date = useSettled((s) => s.date);
  const weapon = useApp((s) => s.weapon);
  const zone = useApp((s) => s.zone);
  const donor = useApp((s) => s.donor);
  if (!newer) return null;
  const href = fullMapUrl({ date, weapon, zone, donor, lang, pinnedVersion: null });
  return (
    <p className="version-note" role="note" data-newer-version={newer.current.version}>
      <span>{t.newerVersionNote(newer.current.version)} </span>
      {newer.line && (
        <span className="version-note__line" lang={loc.langOf(newer.line)}>
          {loc.text(newer.line)}{' '}
        </span>
      )}
      <a href={href}>{t.newerVersionLink}</a>
    </p>
  );
}
