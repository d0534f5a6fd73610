// The other donors' records in a published version (issue #15): one compact part per donor in
// data/versions/donors/<id>-<hash>.json (its classes, statuses, transitions and the events only it
// cites), named by its content, so versions in which a donor did not change share one file. The
// epochs, the zones and the events the US record also has are derived again from the version's
// snapshot, and the part records the SHA-256 of the donor file it was published with.

import { buildEpochs } from '../../../src/domain/epochs';
import type { DonorDataset, DonorRef } from '../../../src/domain/donors';
import type { PermissionsDataset, PolicyEvent, Transition } from '../../../src/domain/types';
import type { TransitionInput } from '../../../src/data-schema/schema';
import { toJson } from '../serialize';
import { assembleTransitions } from '../checks/assemble';
import { sha256 } from './hash';

export interface DonorPart {
  donor: DonorRef;
  weapons: DonorDataset['weapons'];
  /** The class order of the donor's cells (donors.yaml), which the epochs keep. */
  weaponIds: string[];
  statuses: DonorDataset['statuses'];
  transitions: Transition[];
  /** The donor's event list, in order; the events the US record holds are not copied. */
  eventIds: string[];
  events: PolicyEvent[];
  /** SHA-256 of public/data/versions/<version>/donors/<id>.json as published. */
  sha256: string;
}

/** What a part needs from its version: the dates, the zones and the US events. */
export type VersionBase = Pick<
  PermissionsDataset,
  'version' | 'reviewedThrough' | 'timelineStart' | 'zones' | 'events'
>;

/** A part's file name: the donor and a short hash of the content, so equal parts are one file. */
export const partFileName = (part: DonorPart) =>
  `${part.donor.id}-${sha256(JSON.stringify(part)).slice(0, 12)}.json`;

export function makeDonorPart(
  dataset: DonorDataset,
  transitions: Transition[],
  weaponIds: string[],
  base: VersionBase,
): DonorPart {
  const usEvents = new Map(base.events.map((e) => [e.id, JSON.stringify(e)]));
  const part: DonorPart = {
    donor: dataset.donor,
    weapons: dataset.weapons,
    weaponIds,
    statuses: dataset.statuses,
    transitions,
    eventIds: dataset.events.map((e) => e.id),
    events: dataset.events.filter((e) => usEvents.get(e.id) !== JSON.stringify(e)),
    sha256: sha256(toJson(dataset as never)),
  };
  // A part that does not give back its file is refused now, not when a reader pins it.
  donorFileOf(part, base);
  return part;
}

/** The donor's dataset in its version, epochs rebuilt. */
export function donorDatasetOf(part: DonorPart, base: VersionBase): DonorDataset {
  const own = new Map(part.events.map((e) => [e.id, e]));
  const us = new Map(base.events.map((e) => [e.id, e]));
  const events = part.eventIds.map((id) => {
    const event = own.get(id) ?? us.get(id);
    if (!event)
      throw new Error(`data version ${base.version}: ${part.donor.id} cites event ${id}, which it lacks`);
    return event;
  });
  const epochs = buildEpochs({
    start: base.timelineStart,
    end: base.reviewedThrough,
    weapons: part.weapons as unknown as Parameters<typeof buildEpochs>[0]['weapons'],
    transitions: part.transitions,
    weaponIds: part.weaponIds,
  });
  return {
    donor: part.donor,
    version: base.version,
    reviewedThrough: base.reviewedThrough,
    timelineStart: base.timelineStart,
    zones: base.zones,
    weapons: part.weapons,
    statuses: part.statuses,
    epochs: epochs as unknown as DonorDataset['epochs'],
    events,
  };
}

/** The served donor file of a part; throws if it is not the bytes it was published with. */
export function donorFileOf(part: DonorPart, base: VersionBase): string {
  const json = toJson(donorDatasetOf(part, base) as never);
  if (sha256(json) !== part.sha256)
    throw new Error(
      `data version ${base.version}: the derived donors/${part.donor.id}.json differs from the one published (sha256 mismatch). ` +
        'A published version must not change: restore the code that derives it, or data/versions/ from git',
    );
  return json;
}

/** The parts of the donors as loaded now (data/donors/), against the version they belong to. */
export function partsOf(
  loaded: {
    registry: readonly { id: string; classes: readonly string[] }[];
    donors: readonly { dataset: DonorDataset; transitions: readonly object[] }[];
  },
  base: VersionBase,
): DonorPart[] {
  return loaded.donors.map(({ dataset, transitions }) =>
    makeDonorPart(
      dataset,
      // Donor transitions have the US fields (load-donors.ts checks them with the US checks).
      assembleTransitions(transitions as unknown as TransitionInput[]) as Transition[],
      [...(loaded.registry.find((r) => r.id === dataset.donor.id)?.classes ?? [])],
      base,
    ),
  );
}
