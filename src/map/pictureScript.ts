// The tiny inline script of the built pages: it colours the prerendered zone picture for the date
// and weapon the URL asks for, before any bundle loads. The build (scripts/build/prerender.ts)
// inlines this module's source text and calls `colourPictureFromUrl` with the table as its one
// argument, so the module must stay self-contained: no imports, no module variables.

/**
 * A language's long date without Intl, whose first use cost 60–125 ms before the first paint:
 * `pattern` holds {d}, {M} and {y} in the language's order, `months` the month as it stands in a
 * date (Ukrainian's genitive), both taken from Intl at build.
 */
export interface PictureDateFormat {
  pattern: string;
  months: string[];
}

/** Everything the inline script knows, built from the exported epochs and the palette. */
export interface PictureTable {
  /** First day of the timeline. */
  start: string;
  /** Zone ids, in the order of each epoch's codes. */
  zones: string[];
  /** 'all', then the weapon ids, in the order of each epoch's codes. */
  filters: string[];
  /** Fill per status index (SHOWN_STATUS_IDS order): a palette colour, or a pattern `url(#…)`. */
  fills: string[];
  /** [first day, codes]: codes[filter × zones + zone] is a status index. Date order. */
  epochs: [string, string][];
  /** Per theme: sea, land, land outline, zone outline. */
  themes: { light: string[]; dark: string[] };
  /** Per language: the caption before and after the date, and the date's format. */
  langs: Record<string, { before: string; after: string; date: PictureDateFormat }>;
  /** The performance mark set once the picture is coloured. */
  mark: string;
}

/** The elements that carry the zones' outline colour: the zones' group, and the merged outline. */
export function zoneOutlineElements(root: ParentNode): NodeListOf<Element> {
  return root.querySelectorAll('[data-layer="zones"],[data-layer="zone-outline"]');
}

export function colourPictureFromUrl(table: PictureTable): void {
  const svg = document.getElementById('zone-picture');
  if (!svg) return;
  const query = new URLSearchParams(location.search);
  const today = new Date().toISOString().slice(0, 10);
  let date = query.get('date') ?? '';
  const ms = Date.parse(`${date}T00:00:00Z`);
  // The app's own rule (URL_PARAMS.date): a real day from the start to today, else today.
  const real = /^\d{4}-\d{2}-\d{2}$/.test(date) && !isNaN(ms) && new Date(ms).toISOString().startsWith(date);
  if (!real || date < table.start || date > today) date = today;
  const filter = Math.max(0, table.filters.indexOf(query.get('weapon') ?? 'all'));
  let epoch = table.epochs.length - 1;
  while (epoch > 0 && table.epochs[epoch]![0] > date) epoch--;
  const codes = table.epochs[epoch]![1];
  const asked = query.get('theme');
  const dark = asked === 'dark' || (asked !== 'light' && matchMedia('(prefers-color-scheme: dark)').matches);
  // The shell's picture has no country borders (see zonePictureSvg): its land outline is not set.
  const [sea, land, , zoneOutline] = dark ? table.themes.dark : table.themes.light;
  // The table holds the US readings only: another donor's (or a comparison's) come with its file,
  // and until then the zones show none rather than the wrong donor's. The app colours them.
  const donor = query.get('donor');
  const us = query.get('compare') === null && (donor === null || donor === 'us');
  table.zones.forEach((zone, i) => {
    const path = svg.querySelector(`[data-zone="${zone}"]`);
    const status = Number(codes[filter * table.zones.length + i]);
    path?.setAttribute('fill', us ? table.fills[status]! : land!);
    if (us) path?.setAttribute('data-status', String(status));
    else path?.removeAttribute('data-status');
  });
  drawMergedZones(svg);
  svg.querySelector('[data-layer="sea"]')?.setAttribute('fill', sea!);
  svg.querySelectorAll('[data-layer="land"]').forEach((el) => el.setAttribute('fill', land!));
  zoneOutlineElements(svg).forEach((el) => el.setAttribute('stroke', zoneOutline!));

  const lang = pictureLang(table.langs, query.get('lang'));
  const dateText = pictureDateText(date, lang.date);
  const caption = document.getElementById('zone-picture-caption');
  if (caption) caption.textContent = lang.before + dateText + lang.after;
  if (!us) return;
  svg.setAttribute('data-date', date);
  performance.mark(table.mark);
}

/**
 * The caption's language for a `lang` parameter: one the table holds, else English. Own keys only:
 * a hostile `?lang=constructor` must not reach Object.prototype (the fuzz run found it).
 */
export function pictureLang<T>(langs: Record<string, T>, asked: string | null): T {
  return asked !== null && Object.hasOwn(langs, asked) ? langs[asked]! : langs['en']!;
}

/** "16 March 2026" (a YYYY-MM-DD day) in the format's language. */
export function pictureDateText(date: string, format: PictureDateFormat): string {
  const [year, month, day] = date.split('-');
  return format.pattern
    .replace('{d}', String(Number(day)))
    .replace('{M}', format.months[Number(month) - 1] ?? '')
    .replace('{y}', year ?? '');
}

/** A zone's fill and path data in the picture. */
export interface PictureZonePath {
  fill: string;
  d: string;
}

/**
 * The zones as one path per fill, in first-seen order. Chrome rasters a layer that holds six or
 * more anti-aliased complex paths with multisampling, which under software rendering held the
 * page's first paint for about a second: land, five zone fills and five zone outlines were eleven.
 * Merged, the shell's picture draws land, one path per status shown and one outline.
 */
export function mergeByFill(zones: readonly PictureZonePath[]): PictureZonePath[] {
  const merged: PictureZonePath[] = [];
  for (const zone of zones) {
    const same = merged.find((m) => m.fill === zone.fill);
    if (same) same.d += zone.d;
    else merged.push({ fill: zone.fill, d: zone.d });
  }
  return merged;
}

/** Each zone's fill in order: what the merged fills were drawn for (`data-fills`). */
export function zoneFillsKey(zones: readonly PictureZonePath[]): string {
  return zones.map((z) => z.fill).join(' ');
}

/**
 * Redraws the merged fills (`data-layer="zone-fills"`) from the per-zone paths, which stay in the
 * picture, hidden, as the record of each zone's fill and status. Only when a zone's fill changed;
 * a picture without merged fills (the picture file) is left alone.
 */
export function drawMergedZones(svg: Element): void {
  const layer = svg.querySelector('[data-layer="zone-fills"]');
  if (!layer) return;
  const zones = Array.from(svg.querySelectorAll('[data-zone]'), (path) => ({
    fill: path.getAttribute('fill') ?? 'none',
    d: path.getAttribute('d') ?? '',
  }));
  const key = zoneFillsKey(zones);
  if (layer.getAttribute('data-fills') === key) return;
  layer.setAttribute('data-fills', key);
  layer.replaceChildren(
    ...mergeByFill(zones).map(({ fill, d }) => {
      const path = svg.ownerDocument.createElementNS('http://www.w3.org/2000/svg', 'path');
      path.setAttribute('fill', fill);
      path.setAttribute('d', d);
      return path;
    }),
  );
}
