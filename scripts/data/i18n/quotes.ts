// Where the verbatim quotes are (events, donor events, military sites, weapon ranges): each one
// is translated for readers of other languages ("our translation"), never replaced.

import type { PermissionsDataset, Source } from '../../../src/domain/types';
import type { TextInputs, TextSite } from './fields';

export const sourcesOf = (d: PermissionsDataset) =>
  d.events.flatMap((event) => event.sources.map((source, i) => ({ event, source, i })));

/** The sources of the military sites (their reporting and their strikes), with where they stand. */
function siteSources(inputs: TextInputs): { record: string; source: Source }[] {
  return (inputs.sites ?? []).flatMap((site) => [
    ...site.sources.map((source, i) => ({ record: `site "${site.id}" sources[${i}]`, source })),
    ...site.strikes.flatMap((strike, k) =>
      strike.sources.map((source, i) => ({
        record: `site "${site.id}" strikes[${k}].sources[${i}]`,
        source,
      })),
    ),
  ]);
}

/** The sources of the weapon ranges, shown in the place panel. */
function rangeSources(inputs: TextInputs): { record: string; source: Source }[] {
  return (inputs.ranges ?? []).flatMap(({ weapon, range }) =>
    range.sources.map((source, i) => ({
      record: `weapon "${weapon}" range ${range.km} km sources[${i}]`,
      source,
    })),
  );
}

const eventSources = (dataset: PermissionsDataset) =>
  sourcesOf(dataset).map(({ event, source, i }) => ({
    record: `event "${event.id}" sources[${i}]`,
    source,
  }));

/** Quotes are verbatim in their own language; readers in another one get our translation. */
export function quoteSites(
  inputs: TextInputs,
  events: { file: string; dataset: PermissionsDataset }[],
): TextSite[] {
  const groups = [
    ...events.map(({ file, dataset }) => ({ file, sources: eventSources(dataset) })),
    { file: '../sites/sites.yaml', sources: siteSources(inputs) },
    { file: 'weapons.yaml', sources: rangeSources(inputs) },
  ];
  return groups.flatMap(({ file, sources }) =>
    sources.flatMap(({ record, source }) =>
      source.quote
        ? [{ file, record, field: 'quote', text: source.quote, quote: { lang: source.lang ?? 'en' } }]
        : [],
    ),
  );
}
