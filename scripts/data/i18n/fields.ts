// Which dataset texts are translated: ONE table. Adding a translatable field is one line in
// FIELDS (its record kind, the field's name and how to read it). System names (HIMARS,
// ATACMS…), outlet names, ids and URLs are not in it and stay as they are.

import type {
  PermissionsDataset,
  PolicyEvent,
  Source,
  Transition,
  WeaponClass,
} from '../../../src/domain/types';
import type { Site } from '../../../src/domain/sites';
import type { DonorClass, DonorDataset } from '../../../src/domain/donors';
import type { WeaponRange } from '../../../src/domain/reach';
import { quoteSites, sourcesOf } from './quotes';

/** One occurrence of a translatable text. */
export interface TextSite {
  /** Where an editor finds it: the YAML file and the record ('event "2024-05-30-…"'). */
  file: string;
  record: string;
  field: string;
  text: string;
  /** A verbatim quote: translated for readers ("our translation"), never replaced. */
  quote?: { lang: string };
}

/** What the field table reads: the dataset and its transitions (or, for a version, its cells). */
export interface TextInputs {
  dataset: PermissionsDataset;
  transitions: Pick<Transition, 'from' | 'condition' | 'note' | 'readings'>[];
  /** The military sites (data/sites/sites.yaml) and weapon ranges, where loaded. */
  sites?: readonly Site[];
  ranges?: readonly { weapon: string; range: WeaponRange }[];
  /** Change lines of the published data versions (data/versions/). */
  versionChanges?: readonly { version: string; line: string }[];
  /** The donor comparison (data/donors/), where loaded. */
  donors?: DonorTexts;
}

/** What the donor comparison adds: the registry, each donor's dataset and transitions, its events. */
export interface DonorTexts {
  registry: readonly { id: string; name: string }[];
  donors: readonly {
    dataset: DonorDataset;
    transitions: readonly Pick<Transition, 'from' | 'condition' | 'note' | 'readings'>[];
  }[];
  /** data/donors/events.yaml (the shared events are the US dataset's). */
  events: readonly PolicyEvent[];
}

type Get<T> = (item: T) => string | string[] | undefined;
interface Collection<T> {
  file: string;
  items: (inputs: TextInputs) => T[];
  record: (item: T, index: number) => string;
  fields: [name: string, get: Get<T>][];
}

type SourceItem = { event: PolicyEvent; source: Source; i: number };

const ZONES: Collection<PermissionsDataset['zones'][number]> = {
  file: 'zones.yaml',
  items: (x) => x.dataset.zones,
  record: (z) => `zone "${z.id}"`,
  fields: [
    ['name', (z) => z.name],
    ['description', (z) => z.description],
  ],
};
const STATUSES: Collection<PermissionsDataset['statuses'][number]> = {
  file: 'statuses.yaml',
  items: (x) => x.dataset.statuses,
  record: (s) => `status "${s.id}"`,
  fields: [
    ['label', (s) => s.label],
    ['description', (s) => s.description],
  ],
};
const WEAPONS: Collection<WeaponClass> = {
  file: 'weapons.yaml',
  items: (x) => x.dataset.weapons,
  record: (w) => `weapon "${w.id}"`,
  fields: [
    ['name', (w) => w.name],
    ['shortName', (w) => w.shortName],
    ['description', (w) => w.description],
    ['range', (w) => w.range],
    ['firstDelivered.note', (w) => w.firstDelivered?.note],
    ['notSupplied.note', (w) => w.notSupplied?.note],
  ],
};
const EVENTS: Collection<PolicyEvent> = {
  file: 'events/',
  items: (x) => x.dataset.events,
  record: (e) => `event "${e.id}"`,
  fields: [
    ['title', (e) => e.title],
    ['summary', (e) => e.summary],
    ['change', (e) => e.change],
    ['caveat', (e) => e.caveat],
  ],
};
const SOURCES: Collection<SourceItem> = {
  file: 'events/',
  items: (x) => sourcesOf(x.dataset),
  record: ({ event, i }) => `event "${event.id}" sources[${i}]`,
  fields: [
    ['note', ({ source }) => source.note],
    ['affiliation', ({ source }) => source.affiliation],
  ],
};
const TRANSITIONS: Collection<TextInputs['transitions'][number]> = {
  file: 'transitions.yaml',
  items: (x) => x.transitions,
  record: (t, i) => `transition #${i + 1} (from ${t.from})`,
  fields: [
    ['condition', (t) => t.condition],
    ['note', (t) => t.note],
    ['readings[].reading', (t) => t.readings?.map((r) => r.reading)],
  ],
};

const SITES: Collection<Site> = {
  file: '../sites/sites.yaml',
  items: (x) => [...(x.sites ?? [])],
  record: (site) => `site "${site.id}"`,
  fields: [
    ['name', (site) => site.name],
    ['region', (site) => site.region],
    ['why', (site) => site.why],
    ['strikes[].summary', (site) => site.strikes.map((strike) => strike.summary)],
  ],
};
const RANGES: Collection<{ weapon: string; range: WeaponRange }> = {
  file: 'weapons.yaml',
  items: (x) => [...(x.ranges ?? [])],
  record: ({ weapon }) => `weapon "${weapon}" ranges`,
  fields: [['system', ({ range }) => range.system]],
};
const CHANGES: Collection<{ version: string; line: string }> = {
  file: '../versions/',
  items: (x) => [...(x.versionChanges ?? [])],
  record: ({ version }) => `version "${version}"`,
  fields: [['changes', ({ line }) => line]],
};

const DONORS: Collection<{ id: string; name: string }> = {
  file: '../donors/donors.yaml',
  items: (x) => [...(x.donors?.registry ?? [])],
  record: (d) => `donor "${d.id}"`,
  fields: [['name', (d) => d.name]],
};
// The statuses and classes are the same in every donor dataset; the first one carries them.
const DONOR_STATUSES: Collection<DonorDataset['statuses'][number]> = {
  file: '../donors/statuses.yaml',
  items: (x) => [...(x.donors?.donors[0]?.dataset.statuses ?? [])],
  record: (s) => `status "${s.id}"`,
  fields: STATUSES.fields as Collection<DonorDataset['statuses'][number]>['fields'],
};
const DONOR_CLASSES: Collection<{ donor: string; c: DonorClass }> = {
  file: '../donors/',
  items: (x) =>
    (x.donors?.donors ?? []).flatMap((d) => d.dataset.weapons.map((c) => ({ donor: d.dataset.donor.id, c }))),
  record: ({ donor, c }) => `donor "${donor}" class "${c.id}"`,
  fields: [
    ['name', ({ c }) => c.name],
    ['shortName', ({ c }) => c.shortName],
    ['description', ({ c }) => c.description],
    ['range', ({ c }) => c.range],
    ['firstDelivered.note', ({ c }) => c.firstDelivered?.note],
    ['notSupplied.note', ({ c }) => c.notSupplied?.note],
  ],
};
const donorEventsDataset = (x: TextInputs) =>
  ({ events: [...(x.donors?.events ?? [])] }) as PermissionsDataset;
const DONOR_EVENTS: Collection<PolicyEvent> = {
  file: '../donors/events.yaml',
  items: (x) => donorEventsDataset(x).events,
  record: EVENTS.record,
  fields: EVENTS.fields,
};
const DONOR_SOURCES: Collection<SourceItem> = {
  file: '../donors/events.yaml',
  items: (x) => sourcesOf(donorEventsDataset(x)),
  record: SOURCES.record,
  fields: SOURCES.fields,
};
const DONOR_TRANSITIONS: Collection<{ donor: string; t: TextInputs['transitions'][number]; i: number }> = {
  file: '../donors/',
  items: (x) =>
    (x.donors?.donors ?? []).flatMap((d) =>
      d.transitions.map((t, i) => ({ donor: d.dataset.donor.id, t, i })),
    ),
  record: ({ donor, t, i }) => `${donor}/transitions.yaml transition #${i + 1} (from ${t.from})`,
  fields: TRANSITIONS.fields.map(([name, get]) => [name, ({ t }) => get(t)]),
};

function sitesOf<T>(c: Collection<T>, inputs: TextInputs): TextSite[] {
  return c.items(inputs).flatMap((item, i) =>
    c.fields.flatMap(([field, get]) => {
      const value = get(item);
      const texts = value === undefined ? [] : Array.isArray(value) ? value : [value];
      return texts.map((text) => ({ file: c.file, record: c.record(item, i), field, text }));
    }),
  );
}

/** Every translatable text of the dataset, where it occurs. */
export function textSites(inputs: TextInputs): TextSite[] {
  return [
    ...sitesOf(ZONES, inputs),
    ...sitesOf(STATUSES, inputs),
    ...sitesOf(WEAPONS, inputs),
    ...sitesOf(EVENTS, inputs),
    ...sitesOf(SOURCES, inputs),
    ...sitesOf(TRANSITIONS, inputs),
    ...sitesOf(SITES, inputs),
    ...sitesOf(RANGES, inputs),
    ...sitesOf(CHANGES, inputs),
    ...sitesOf(DONORS, inputs),
    ...sitesOf(DONOR_STATUSES, inputs),
    ...sitesOf(DONOR_CLASSES, inputs),
    ...sitesOf(DONOR_EVENTS, inputs),
    ...sitesOf(DONOR_SOURCES, inputs),
    ...sitesOf(DONOR_TRANSITIONS, inputs),
    ...quoteSites(inputs, [
      { file: 'events/', dataset: inputs.dataset },
      { file: '../donors/events.yaml', dataset: donorEventsDataset(inputs) },
    ]),
  ];
}

/** A published version has no transitions file: its epochs' cells carry the same texts. */
export function cellTexts(dataset: PermissionsDataset): TextInputs['transitions'] {
  return dataset.epochs.flatMap((epoch) =>
    Object.values(epoch.statuses).flatMap((byWeapon) =>
      Object.values(byWeapon).map((cell) => ({ from: epoch.from, ...cell })),
    ),
  );
}
