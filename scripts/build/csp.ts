import { createHash } from 'node:crypto';

/**
 * The Content-Security-Policy every built page carries as a <meta> (docs/security.md explains
 * each directive). Inline scripts and <style> elements are allowed only by their sha256 hash,
 * computed from the final HTML, so nothing else inline can run.
 */
export function cspFor(html: string): string {
  const scripts = inlineBodies(html, 'script').map(sha256);
  const styles = inlineBodies(html, 'style').map(sha256);
  return [
    "default-src 'self'",
    `script-src 'self'${scripts.map((h) => ` '${h}'`).join('')}`,
    // MapLibre's worker is a module served from our own origin (src/map/maplibreWorker.ts).
    "worker-src 'self'",
    `style-src 'self'${styles.map((h) => ` '${h}'`).join('')}`,
    // The favicon is `data:,`; the PNG export draws from blob: URLs.
    "img-src 'self' data: blob:",
    "connect-src 'self'",
    "font-src 'self'",
    // The share dialog's preview is our own /embed/ page.
    "frame-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "manifest-src 'self'",
  ].join('; ');
}

function sha256(text: string): string {
  return `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`;
}

/** Bodies of inline <script>/<style> elements (scripts with a src are covered by 'self'). */
export function inlineBodies(html: string, tag: 'script' | 'style'): string[] {
  const pattern = new RegExp(`<${tag}\\b([^>]*)>([\\s\\S]*?)</${tag}>`, 'gi');
  return [...html.matchAll(pattern)]
    .filter(
      ([, attrs]) => !/\bsrc\s*=/i.test(attrs!) && !/type\s*=\s*["']?application\/(ld\+)?json/i.test(attrs!),
    )
    .map(([, , body]) => body!);
}

export const REFERRER_POLICY = 'strict-origin-when-cross-origin';

/** Puts the policies right after <meta charset> (kept first), before anything they govern. */
export function withSecurityMeta(html: string): string {
  const cleaned = html
    .replace(/\s*<meta http-equiv="Content-Security-Policy"[^>]*>/i, '')
    .replace(/\s*<meta name="referrer"[^>]*>/i, '');
  const meta =
    `<meta http-equiv="Content-Security-Policy" content="${cspFor(cleaned)}" />\n    ` +
    `<meta name="referrer" content="${REFERRER_POLICY}" />`;
  const charset = /<meta charset="[^"]*"\s*\/?>/i;
  if (charset.test(cleaned)) return cleaned.replace(charset, (tag) => `${tag}\n    ${meta}`);
  return cleaned.replace(/<head([^>]*)>/i, (head) => `${head}${meta}`);
}
