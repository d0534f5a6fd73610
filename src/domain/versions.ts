// Published data versions (public/data/versions.json) and what a page pinned to an older one
// should tell its readers.

/** One published data version. */
export interface VersionEntry {
  version: string;
  reviewedThrough: string;
  json: string;
  csv: string;
  /** What this version changes against the one before: plain English sentences (data texts). */
  changes: string[];
}

/** public/data/versions.json, written by scripts/data/publish-versions.ts; oldest version first. */
export interface VersionsIndex {
  current: string;
  versions: VersionEntry[];
}

export interface NewerVersion {
  /** The current version. */
  current: VersionEntry;
  /** One line saying what changed since the pinned version (the first change line of the version after it). */
  line: string;
  /** How many versions were published after the pinned one. */
  newerCount: number;
}

/** The newer version a page pinned to `pinned` should point to, or null if it shows the current one. */
export function newerVersionThan(index: VersionsIndex | null, pinned: string | null): NewerVersion | null {
  if (!index || !pinned || pinned === index.current) return null;
  const at = index.versions.findIndex((v) => v.version === pinned);
  const currentAt = index.versions.findIndex((v) => v.version === index.current);
  if (at < 0 || currentAt <= at) return null;
  const current = index.versions[currentAt]!;
  // The first change after the pinned version: the newest version's own first line may be a
  // minor one (a source added) while the one before it changed a status the reader sees.
  const next = index.versions[at + 1]!;
  return { current, line: next.changes[0] ?? '', newerCount: currentAt - at };
}
