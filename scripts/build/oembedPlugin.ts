import type { Plugin } from 'vite';
import type { Lang } from '../../src/i18n/locale';
import { CATALOGUES } from './catalogues.ts';

const LANGS = Object.keys(CATALOGUES) as Lang[];

const escapeAttr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** oembed.json (English) and oembed.<lang>.json: the page points at its language's file. */
export const oembedFile = (lang: Lang) => (lang === 'en' ? 'oembed.json' : `oembed.${lang}.json`);

function oembedJson(root: string, lang: Lang): string {
  const t = CATALOGUES[lang];
  const query = lang === 'en' ? '' : `?lang=${lang}`;
  const html =
    `<iframe src="${root}embed/${query}" title="${escapeAttr(t.embedFrameTitle(null))}" width="100%" height="680" ` +
    `style="border:0;max-width:100%" loading="lazy" allow="fullscreen" data-permission-map></iframe>`;
  const body = {
    version: '1.0',
    type: 'rich',
    title: t.appTitle,
    provider_name: t.appTitle,
    provider_url: `${root}${query}`,
    html,
    width: 640,
    height: 680,
    cache_age: 86400,
  };
  return `${JSON.stringify(body, null, 1)}\n`;
}

/** hreflang alternates: the same page in each language (`?lang=`), and English as x-default. */
function hreflangLinks(pageUrl: string): string {
  const links = LANGS.map(
    (lang) =>
      `<link rel="alternate" hreflang="${lang}" href="${pageUrl}${lang === 'en' ? '' : `?lang=${lang}`}" />`,
  );
  return [...links, `<link rel="alternate" hreflang="x-default" href="${pageUrl}" />`].join('\n    ');
}

/**
 * Emits dist/oembed.json and one oembed.<lang>.json per further language: static oEmbed
 * (https://oembed.com) "rich" JSON that consumers find through the
 * <link rel="alternate" type="application/json+oembed"> in the pages, and turn the link into the
 * iframe; adds hreflang alternates to the app and embed pages. oEmbed needs absolute URLs: set
 * SITE_URL when building for deployment (e.g. SITE_URL=https://example.org/permission-map/ npm run build).
 */
export function oembedPlugin(siteUrl: string): Plugin {
  const root = siteUrl.endsWith('/') ? siteUrl : `${siteUrl}/`;
  return {
    name: 'permission-map-oembed',
    apply: 'build',
    transformIndexHtml(html, ctx) {
      const page = ctx.path.replace(/^\//, '').replace(/index\.html$/, '');
      if (page !== '' && page !== 'embed/') return html;
      return html.replace('</head>', `  ${hreflangLinks(`${root}${page}`)}\n  </head>`);
    },
    generateBundle() {
      for (const lang of LANGS)
        this.emitFile({ type: 'asset', fileName: oembedFile(lang), source: oembedJson(root, lang) });
    },
  };
}
