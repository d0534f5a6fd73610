import type { UrlState } from '../url/params';
import { buildQuery } from '../url/params';
import { AUTO_HEIGHT_SCRIPT } from '../embed/autoHeightScript';

/** Frame sizes offered in the embed dialog; `responsive` fills the column of the host page. */
export const SIZE_PRESETS = {
  responsive: { width: '100%', height: 680 },
  small: { width: '400', height: 560 },
  medium: { width: '640', height: 640 },
  large: { width: '960', height: 760 },
} as const;
export type SizePreset = keyof typeof SIZE_PRESETS;

export interface SnippetInput {
  /** Absolute URL of the site root (where index.html is), ending in "/". */
  siteUrl: string;
  /** The embed's parameters; undefined values are left out. */
  params: Partial<UrlState>;
  size: SizePreset;
  /** The iframe's accessible name (WCAG 4.1.2): what the map shows. */
  title: string;
}

export interface Snippets {
  embedUrl: string;
  /** A plain iframe: works where scripts are stripped (Moodle, Canvas, many blogs). */
  iframe: string;
  /** The iframe plus the optional auto-height script. */
  iframeWithScript: string;
  /** A link to the full app at the same view. */
  link: string;
}

const escapeAttr = (value: string) =>
  value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/**
 * The documented embed snippet (README, "Embedding"): `title`, `loading="lazy"`,
 * `allow="fullscreen"`, a `data-permission-map` marker for the auto-height script, no border.
 */
export function buildSnippets({ siteUrl, params, size, title }: SnippetInput): Snippets {
  const query = buildQuery(params);
  const embedUrl = `${siteUrl}embed/${query}`;
  const { width, height } = SIZE_PRESETS[size];
  const iframe =
    `<iframe src="${escapeAttr(embedUrl)}" title="${escapeAttr(title)}" width="${width}" height="${height}" ` +
    `style="border:0;max-width:100%" loading="lazy" allow="fullscreen" data-permission-map></iframe>`;
  const { path, integrity } = AUTO_HEIGHT_SCRIPT;
  const pin = integrity ? ` integrity="${integrity}" crossorigin="anonymous"` : '';
  const script = `<script src="${escapeAttr(siteUrl)}${path}"${pin} async></script>`;
  const { controls: _c, legend: _l, static: _s, ...appParams } = params;
  return {
    embedUrl,
    iframe,
    iframeWithScript: `${iframe}\n${script}`,
    link: `${siteUrl}${buildQuery(appParams)}`,
  };
}
