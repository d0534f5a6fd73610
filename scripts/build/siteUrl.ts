/** Where a local build thinks it lives: fine for previews and tests, wrong for a real site. */
export const LOCAL_SITE_URL = 'http://127.0.0.1:4173/';

/**
 * The absolute site URL that oEmbed, the 404 page and the share dialog's snippets need. A deploy
 * build (`vite build --mode deploy`, npm run build:deploy) refuses to run without a valid
 * SITE_URL, so a site never ships links pointing at 127.0.0.1.
 */
export function resolveSiteUrl(env: Record<string, string | undefined>, mode: string): string | undefined {
  const raw = env['SITE_URL']?.trim();
  if (!raw) {
    if (mode === 'deploy')
      throw new Error(
        'SITE_URL is required for a deploy build: the absolute URL the site is served from, ' +
          'e.g. SITE_URL=https://example.org/permission-map/ npm run build:deploy',
      );
    return undefined;
  }
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`SITE_URL must be an absolute URL such as https://example.org/map/, got “${raw}”`);
  }
  if (!/^https?:$/.test(url.protocol) || url.search || url.hash)
    throw new Error(`SITE_URL must be an http(s) URL without ? or #, got “${raw}”`);
  if (mode === 'deploy' && url.protocol !== 'https:' && !/^(localhost|127\.0\.0\.1)$/.test(url.hostname))
    throw new Error(`SITE_URL must use https for a deploy build, got “${raw}”`);
  return url.href.endsWith('/') ? url.href : `${url.href}/`;
}
