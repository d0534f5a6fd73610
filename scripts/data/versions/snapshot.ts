// A published data version, stored compactly in data/versions/<version>.json: the validated input
// (events, transitions, names) without the epochs, which make up four fifths of the exported JSON
// and are derived again at build time. The snapshot records the SHA-256 of the JSON and CSV it
// was published with, so a later change of the code that derives them cannot silently change a
// version that embeds have pinned. From 2026-12-02 a version also holds the other donors' records
// (donorParts.ts), stored beside it and named in its `donors` list.

import { buildEpochs } from '../../../src/domain/epochs';
import type { PermissionsDataset, Transition } from '../../../src/domain/types';
import { toCsv, toJson } from '../serialize';
import { sha256 } from './hash';
import { donorFileOf, type DonorPart } from './donorParts';

export { sha256 };

export interface Snapshot {
  version: string;
  reviewedThrough: string;
  timelineStart: string;
  /** What this version changes against the one before, in plain English sentences. */
  changes: string[];
  sha256: { json: string; csv: string };
  zones: PermissionsDataset['zones'];
  weapons: PermissionsDataset['weapons'];
  statuses: PermissionsDataset['statuses'];
  transitions: Transition[];
  events: PermissionsDataset['events'];
  /** The other donors' records in this version; absent in versions before donors were versioned. */
  donors?: DonorPart[];
}

export function makeSnapshot(
  dataset: PermissionsDataset,
  transitions: Transition[],
  changes: string[],
  donors?: DonorPart[],
): Snapshot {
  return {
    version: dataset.version,
    reviewedThrough: dataset.reviewedThrough,
    timelineStart: dataset.timelineStart,
    changes,
    sha256: { json: sha256(toJson(dataset)), csv: sha256(toCsv(dataset)) },
    zones: dataset.zones,
    weapons: dataset.weapons,
    statuses: dataset.statuses,
    transitions,
    events: dataset.events,
    ...(donors ? { donors } : {}),
  };
}

/** The dataset the snapshot stands for, epochs rebuilt. */
export function datasetOf(s: Snapshot): PermissionsDataset {
  const epochs = buildEpochs({
    start: s.timelineStart,
    end: s.reviewedThrough,
    weapons: s.weapons,
    transitions: s.transitions,
  });
  return {
    version: s.version,
    reviewedThrough: s.reviewedThrough,
    timelineStart: s.timelineStart,
    zones: s.zones,
    weapons: s.weapons,
    statuses: s.statuses,
    epochs,
    events: s.events,
  };
}

/** The served files of a snapshot; throws if they are not the bytes it was published with. */
export function deriveFiles(s: Snapshot): {
  json: string;
  csv: string;
  donors: { id: string; json: string }[];
} {
  const dataset = datasetOf(s);
  const json = toJson(dataset);
  const csv = toCsv(dataset);
  for (const [what, text] of [
    ['json', json],
    ['csv', csv],
  ] as const) {
    if (sha256(text) !== s.sha256[what])
      throw new Error(
        `data version ${s.version}: the derived permissions.${what} differs from the one published (sha256 mismatch). ` +
          'A published version must not change: restore the code that derives it, or data/versions/' +
          `${s.version}.json from git`,
      );
  }
  const donors = (s.donors ?? []).map((part) => ({ id: part.donor.id, json: donorFileOf(part, dataset) }));
  return { json, csv, donors };
}

/**
 * A JSON object with one line per record of its arrays (the keys in `inline` stay on one line),
 * so a diff of a stored file reads like a diff of the data.
 */
export function recordText(value: object, inline: readonly string[]): string {
  const lines = Object.entries(value).map(([key, v]) =>
    Array.isArray(v) && !inline.includes(key)
      ? `${JSON.stringify(key)}:[\n${v.map((item) => JSON.stringify(item)).join(',\n')}\n]`
      : `${JSON.stringify(key)}:${JSON.stringify(v)}`,
  );
  return `{\n${lines.join(',\n')}\n}\n`;
}

/** A snapshot as stored: the donors' parts are files of their own (store.ts); it names them. */
export function snapshotText(s: Snapshot, donorFiles?: readonly string[]): string {
  return recordText({ ...s, ...(s.donors ? { donors: donorFiles ?? [] } : {}) }, ['changes', 'donors']);
}
