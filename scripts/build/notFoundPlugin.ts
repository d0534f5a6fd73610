import type { Plugin } from 'vite';
import { LANGS } from '../../src/i18n/locale.ts';
import { buildMessages } from './catalogues.ts';

const escape = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * dist/404.html, which static hosts (GitHub Pages, Netlify, Cloudflare Pages, nginx with
 * `error_page 404`) serve for unknown paths. It can be served at any depth, so its link is
 * absolute: SITE_URL when given, else the host's root. Every language, no script.
 */
export function notFoundPlugin(siteUrl: string | undefined): Plugin {
  const home = siteUrl ? new URL(siteUrl).pathname : '/';
  return {
    name: 'permission-map-404',
    apply: 'build',
    generateBundle() {
      const sections = LANGS.map((lang) => {
        const t = buildMessages(lang);
        return (
          `<section lang="${lang}"><h1>${escape(t.notFoundTitle)}</h1>` +
          `<p>${escape(t.notFoundBody)} <a href="${escape(home)}${lang === 'en' ? '' : `?lang=${lang}`}">` +
          `${escape(t.appTitle)}</a></p></section>`
        );
      });
      const html = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="UTF-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <meta name="color-scheme" content="light dark" />
    <meta name="robots" content="noindex" />
    <title>${escape(buildMessages('en').notFoundTitle)}</title>
    <link rel="icon" href="data:," />
    <style>
      body { font-family: system-ui, sans-serif; max-width: 40rem; margin: 2rem auto; padding: 0 1rem; line-height: 1.5; }
      h1 { font-size: 1.4rem; }
    </style>
  </head>
  <body>
    <main>
      ${sections.join('\n      ')}
    </main>
  </body>
</html>
`;
      this.emitFile({ type: 'asset', fileName: '404.html', source: html });
    },
  };
}
