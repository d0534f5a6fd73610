// Each event's sources: dates, the do-not-cite list, repeats, and state-affiliated outlets flagged.

import type { MetaInput } from '../../../src/data-schema/schema';
import type { DataError } from './errors';
import { errorAt } from './files';
import type { CheckContext } from './context';
import type { IndexedEvent } from './events';

/** The stateAffiliatedDomains pattern a URL's host falls under, or null. */
export function stateDomainOf(url: string, patterns: readonly string[]): string | null {
  const host = new URL(url).hostname.toLowerCase();
  for (const pattern of patterns) {
    const escaped = pattern
      .toLowerCase()
      .replace(/[.+?^${}()|[\]\\]/g, '\\$&')
      .replace(/\*/g, '[^.]*');
    if (new RegExp(`(^|\\.)${escaped}$`).test(host)) return pattern;
  }
  return null;
}

function publishedInRange(ctx: CheckContext, p: string): boolean {
  return p.length === 7 ? p >= ctx.start.slice(0, 7) && p <= ctx.today.slice(0, 7) : ctx.inRange(p);
}

export function checkSources(ctx: CheckContext, meta: MetaInput, entry: IndexedEvent): DataError[] {
  const { event, file, index } = entry;
  const errors: DataError[] = [];
  const record = `event "${event.id}"`;
  const doNotCite = new Set(meta.doNotCite.map((u) => u.replace(/\/$/, '')));
  const urls = new Set<string>();
  event.sources.forEach((source, s) => {
    const add = (name: string, path: (string | number)[], message: string) =>
      errors.push(errorAt(file, [index, 'sources', s, ...path], record, `sources[${s}].${name}`, message));
    if (source.published && !publishedInRange(ctx, source.published))
      add('published', ['published'], `date ${source.published} is outside ${ctx.range}`);
    if (doNotCite.has(source.url.replace(/\/$/, '')))
      add('url', ['url'], `${source.url} is on the do-not-cite list in meta.yaml (known aggregator errors)`);
    if (urls.has(source.url)) add('url', ['url'], `the same URL is listed twice in this event`);
    urls.add(source.url);
    const domain = stateDomainOf(source.url, meta.stateAffiliatedDomains);
    if (domain && !source.stateAffiliated)
      add(
        'stateAffiliated',
        ['stateAffiliated'],
        `${domain} is listed as state-affiliated in meta.yaml; set stateAffiliated: true and say who is behind it in affiliation`,
      );
    if (source.stateAffiliated && !source.affiliation)
      add(
        'affiliation',
        [],
        'a state-affiliated source needs an affiliation (e.g. "Russian state news agency")',
      );
  });
  return errors;
}
