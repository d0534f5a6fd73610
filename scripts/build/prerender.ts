// Vite plugin: the page shell of the built app (header and map panel in their final layout), with
// a static SVG picture of the zones in the map's projection and initial view, and a tiny inline
// script that colours it for the URL's date and weapon before any bundle loads. Without
// JavaScript the picture shows the latest reviewed state and a note says which day that is.

import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import ts from 'typescript';
import type { Plugin } from 'vite';
import { createEngine } from '../../src/domain/engine';
import { PATTERNED_STATUSES, PATTERN_INK, STATUS_COLORS } from '../../src/map/palette';
import { MAP_BOUNDS } from '../../src/map/framing';
import {
  PICTURE_FILE_PATH,
  PICTURE_FRAME_ID,
  pictureAttributes,
  picturePatternId,
} from '../../src/map/picture';
import type { PermissionsDataset } from '../../src/domain/types';
import { formatDate, LANGS } from '../../src/i18n/locale';
import { buildMessages } from './catalogues';
import { LAND_TOLERANCE, svgPath, viewBoxOf, type Bounds } from './pictureGeometry';
import { pictureTable } from './pictureTable';
import { mergeByFill, zoneFillsKey } from '../../src/map/pictureScript';

const escape = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

interface Feature {
  properties: { id: string; kind?: string };
  geometry: { type: string; coordinates: unknown };
}

function readFeatures(root: string, file: string): Feature[] {
  return (JSON.parse(readFileSync(resolve(root, 'public/geo', file), 'utf8')) as { features: Feature[] })
    .features;
}

function patternDefs(): string {
  return PATTERNED_STATUSES.map((status) => {
    const ink = PATTERN_INK[status]!;
    const mark =
      status === 'limited'
        ? `<path d="M0 0L0 6" stroke="${ink}" stroke-width="1.6"/>`
        : `<circle cx="3" cy="3" r="1.1" fill="${ink}"/>`;
    const turn = status === 'limited' ? ' patternTransform="rotate(45)"' : '';
    return (
      `<pattern id="${picturePatternId(status)}" width="6" height="6" patternUnits="userSpaceOnUse"${turn}>` +
      `<rect width="6" height="6" fill="${STATUS_COLORS[status]}"/>${mark}</pattern>`
    );
  }).join('');
}

/**
 * The SVG, coloured for the latest epoch in the light theme (what a reader without JavaScript
 * sees). `outline: false` leaves the country borders out: the page shell's copy, because under
 * software rendering their anti-aliased stroke costs about a second of GPU time before the picture
 * reaches the screen, and MapLibre, which draws them, takes over soon after (docs/performance.md).
 */
export function zonePictureSvg(
  root: string,
  dataset: PermissionsDataset,
  bounds: Bounds = MAP_BOUNDS,
  { outline = true }: { outline?: boolean } = {},
): string {
  const { width, height } = viewBoxOf(bounds);
  const engine = createEngine(dataset);
  const latest = engine.levelsAt(dataset.reviewedThrough, 'all');
  const a = pictureAttributes(latest, 'light');
  const land = readFeatures(root, 'context.geojson')
    .filter((f) => f.properties.kind === 'country')
    .map((f) => svgPath(f.geometry, bounds, LAND_TOLERANCE))
    .filter(Boolean)
    .join('');
  const zonePaths = readFeatures(root, 'zones.geojson').map((f) => {
    const zone = a.zones[f.properties.id as keyof typeof a.zones];
    return { id: f.properties.id, zone, fill: zone?.fill ?? 'none', d: svgPath(f.geometry, bounds) };
  });
  const zones = zonePaths
    .map(({ id, zone, d }) => {
      const paint = zone ? `fill="${zone.fill}" data-status="${zone.status}"` : 'fill="none"';
      return `<path data-zone="${id}" ${paint} d="${d}"/>`;
    })
    .join('');
  const stroke = `stroke="${a.zoneOutline}" stroke-width="1" vector-effect="non-scaling-stroke"`;
  // The shell's copy draws the zones merged by fill and one outline (mergeByFill says why); the
  // per-zone paths stay, hidden, for the scripts that recolour them. The file's copy, whose zones
  // the comparison's readers point at, draws each zone.
  const zoneLayers = outline
    ? `<g data-layer="zones" ${stroke}>${zones}</g>`
    : `<g data-layer="zones" visibility="hidden">${zones}</g>` +
      `<g data-layer="zone-fills" data-fills="${zoneFillsKey(zonePaths)}">` +
      mergeByFill(zonePaths)
        .map(({ fill, d }) => `<path fill="${fill}" d="${d}"/>`)
        .join('') +
      `</g><path data-layer="zone-outline" fill="none" ${stroke} d="${zonePaths.map((z) => z.d).join('')}"/>`;
  return (
    `<svg id="zone-picture" class="zone-picture__svg" viewBox="0 0 ${width} ${height.toFixed(1)}" ` +
    `preserveAspectRatio="xMidYMid meet" overflow="visible" role="img" aria-labelledby="zone-picture-caption" data-date="${dataset.reviewedThrough}">` +
    `<defs>${patternDefs()}</defs>` +
    `<rect data-layer="sea" x="${-2 * width}" y="${(-1.5 * height).toFixed(1)}" width="${5 * width}" height="${(4 * height).toFixed(1)}" fill="${a.sea}"/>` +
    `<path data-layer="land" fill="${a.land}" stroke="${outline ? a.landOutline : 'none'}" stroke-width="0.8" vector-effect="non-scaling-stroke" d="${land}"/>` +
    zoneLayers +
    `</svg>`
  );
}

/** The inline script: the self-contained colouring function, transpiled, called with the table. */
function inlineScript(root: string, dataset: PermissionsDataset): string {
  const source = readFileSync(resolve(root, 'src/map/pictureScript.ts'), 'utf8');
  const js = ts
    .transpileModule(source, { compilerOptions: { target: ts.ScriptTarget.ES2020, removeComments: true } })
    .outputText.replace(/^export /gm, '')
    .replace(/^\s*\/\/.*$/gm, '')
    .replace(/\n\s*\n/g, '\n')
    .trim();
  const table = JSON.stringify(pictureTable(dataset)).replace(/</g, '\\u003c');
  return `<script>(function(){${js}\ncolourPictureFromUrl(${table});})();</script>`;
}

/** The header's buttons, inert, so the header has its final height before React replaces it. */
function headerTools(): string {
  const t = buildMessages('en');
  const langs = LANGS.map(
    (code) =>
      `<button type="button" tabindex="-1" lang="${code}" class="language-switcher__option" aria-pressed="${code === 'en'}">` +
      `${escape(buildMessages(code).langName)}</button>`,
  ).join('');
  return (
    `<div class="app__header-tools" aria-hidden="true" inert>` +
    `<button type="button" tabindex="-1" class="button">${escape(t.presentStart)}</button>` +
    `<button type="button" tabindex="-1" class="button"><span class="label-long">${escape(t.shareButton)}</span>` +
    `<span class="label-short">${escape(t.shareButtonShort)}</span></button>` +
    `<div class="language-switcher"><div class="language-switcher__options">${langs}</div></div></div>`
  );
}

/** The picture with its caption (for the latest reviewed day until a script recolours it). */
function pictureFrame(root: string, dataset: PermissionsDataset): string {
  const caption = buildMessages('en').webglStaticAlt(formatDate(dataset.reviewedThrough, 'en'));
  return (
    `<div id="${PICTURE_FRAME_ID}" class="zone-picture">${zonePictureSvg(root, dataset, MAP_BOUNDS, { outline: false })}` +
    `<p id="zone-picture-caption" class="visually-hidden">${escape(caption)}</p></div>`
  );
}

/** The app's page shell, as the app lays it out once loaded, with the picture in the map panel. */
function appShell(root: string, dataset: PermissionsDataset): string {
  const t = buildMessages('en');
  const caption = t.webglStaticAlt(formatDate(dataset.reviewedThrough, 'en'));
  return (
    `<div class="app"><header class="app__header"><div class="app__header-text">` +
    `<h1>${escape(t.appTitle)}</h1><p class="app__subtitle">${escape(t.appSubtitle)}</p></div>${headerTools()}</header>` +
    `<main class="app__main"><div class="app__map-column"><div class="app__map-wrap"><div class="map map--shell">` +
    pictureFrame(root, dataset) +
    `</div><noscript><p class="zone-picture__note">${escape(caption)}</p></noscript></div></div></main></div>`
  );
}

/**
 * The picture as a file of its own (dist/zone-picture.svg), for the embed's map without WebGL2:
 * fetched only then (src/map/picture.ts), so the embed page stays light for readers with WebGL2.
 */
export function pictureFile(root: string, dataset: PermissionsDataset): string {
  return zonePictureSvg(root, dataset).replace('<svg ', '<svg xmlns="http://www.w3.org/2000/svg" ');
}

const readDataset = (root: string) =>
  JSON.parse(readFileSync(resolve(root, 'public/data/permissions.json'), 'utf8')) as PermissionsDataset;

export function prerenderPlugin(root: string): Plugin {
  return {
    name: 'permission-map-prerender',
    generateBundle() {
      this.emitFile({
        type: 'asset',
        fileName: PICTURE_FILE_PATH,
        source: pictureFile(root, readDataset(root)),
      });
    },
    transformIndexHtml: {
      order: 'pre',
      handler(html) {
        if (!html.includes('<!--app-shell-->')) return html;
        const dataset = readDataset(root);
        return html
          .replace('<!--app-shell-->', () => appShell(root, dataset))
          .replace('<!--picture-script-->', () => inlineScript(root, dataset));
      },
    },
  };
}
