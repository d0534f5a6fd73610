import type { Plugin } from 'vite';

/**
 * Emits dist/oembed.json: static oEmbed (https://oembed.com) "rich" JSON that consumers find
 * through the <link rel="alternate" type="application/json+oembed"> in the pages, and turn the
 * link into the iframe. oEmbed needs absolute URLs: set SITE_URL when building for deployment
 * (e.g. SITE_URL=https://example.org/permission-map/ npm run build).
 */
export function oembedPlugin(siteUrl: string): Plugin {
  const root = siteUrl.endsWith('/') ? siteUrl : `${siteUrl}/`;
  const title = 'Where could Ukraine use US weapons?';
  const html =
    `<iframe src="${root}embed/" title="Map: where Ukraine could use US weapons (latest data)" width="100%" height="680" ` +
    `style="border:0;max-width:100%" loading="lazy" allow="fullscreen" data-permission-map></iframe>`;
  return {
    name: 'permission-map-oembed',
    apply: 'build',
    generateBundle() {
      this.emitFile({
        type: 'asset',
        fileName: 'oembed.json',
        source: `${JSON.stringify(
          {
            version: '1.0',
            type: 'rich',
            title,
            provider_name: title,
            provider_url: root,
            html,
            width: 640,
            height: 680,
            cache_age: 86400,
          },
          null,
          1,
        )}\n`,
      });
    },
  };
}
