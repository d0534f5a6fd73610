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
  /**
   * The other donors' files of this version, by donor id. Absent for versions published before
   * the donors were versioned (2026-12-02): a view pinned to one shows their current files.
   */
  donors?: Partial<Record<string, string>>;
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

/** A donor's current file (public/data/donors/<id>.json). */
export const currentDonorFile = (donor: string) => `data/donors/${donor}.json`;

/**
 * Where the file of a donor other than the US is for a view pinned to `entry`'s version: its own
 * file, or, in a version published before the donors were versioned, the current file
 * (`unversioned`, which the page says). Null when the version has donor files but not this one.
 */
export function pinnedDonorFile(
  entry: VersionEntry,
  donor: string,
): { path: string; unversioned: boolean } | null {
  if (!entry.donors) return { path: currentDonorFile(donor), unversioned: true };
  const path = entry.donors[donor];
  return path ? { path, unversioned: false } : null;
}
