import { describe, expect, it } from 'vitest';
import { isPrecached, serviceWorkerSource } from '../../../scripts/build/serviceWorker';
import { cspFor, inlineBodies, withSecurityMeta } from '../../../scripts/build/csp';

describe('the offline copy', () => {
  it('holds the shell, geometry and current data, not downloads, benchmarks or pinned versions', () => {
    for (const path of [
      'index.html',
      'embed/index.html',
      'assets/main-1.js',
      'geo/zones.geojson',
      'data/permissions.json',
      // The donor switch loads these (issue #15).
      'data/donors/gb.json',
      'data/donors/de.json',
    ])
      expect(isPrecached(path), path).toBe(true);
    for (const path of [
      'data/permissions.csv',
      'data/versions/2026-11-22/permissions.json',
      'data/donors/us.json',
      'data/donors.json',
      'static/map.png',
      'data/donors.csv',
      'bench/floor/index.html',
      'sw.js',
      '404.html',
      '_headers',
    ])
      expect(isPrecached(path), path).toBe(false);
  });

  it('gets a new version whenever any precached byte changes, and only then', () => {
    const files = (js: string) => [
      { path: 'index.html', content: Buffer.from('<html>') },
      { path: 'assets/a.js', content: Buffer.from(js) },
    ];
    const version = (src: string) => /const VERSION = "([0-9a-f]+)"/.exec(src)![1];
    expect(version(serviceWorkerSource(files('x')))).toBe(version(serviceWorkerSource(files('x'))));
    expect(version(serviceWorkerSource(files('x')))).not.toBe(version(serviceWorkerSource(files('y'))));
    expect(serviceWorkerSource(files('x'))).toContain('["assets/a.js","index.html"]');
  });
});

describe('the Content-Security-Policy', () => {
  const page = `<html><head><meta charset="UTF-8" /><script>a()</script><script type="module" src="x.js"></script><style>b{}</style></head></html>`;

  it('allows exactly the inline scripts and styles in the page, by hash', () => {
    expect(inlineBodies(page, 'script')).toEqual(['a()']);
    const csp = cspFor(page);
    expect(csp).toMatch(/script-src 'self' 'sha256-[A-Za-z0-9+/=]{44}';/);
    expect(csp).toMatch(/style-src 'self' 'sha256-[A-Za-z0-9+/=]{44}';/);
    expect(csp).not.toMatch(/unsafe-(inline|eval)/);
  });

  it('goes right after <meta charset>, once, even when applied twice', () => {
    const once = withSecurityMeta(page);
    expect(withSecurityMeta(once)).toBe(once);
    expect(once.indexOf('Content-Security-Policy')).toBeGreaterThan(once.indexOf('charset'));
    expect(once.indexOf('Content-Security-Policy')).toBeLessThan(once.indexOf('<script>'));
  });
});
