// A tiny static file server for the benchmark: serves the built site (dist/) on a loopback port,
// uncompressed and uncached, so every run of every page loads the same bytes from the same place.
// Transfer sizes are computed from the files (see transfer.ts), not from what this server sends.
import { createServer, type Server } from 'node:http';
import { createReadStream, statSync } from 'node:fs';
import { extname, join, normalize, resolve, sep } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.geojson': 'application/geo+json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
};

/** The file a URL path names under `root` (a directory means its index.html), or null. */
export function fileForPath(root: string, urlPath: string): string | null {
  let path: string;
  try {
    path = decodeURIComponent(urlPath.split('?')[0]!.split('#')[0]!);
  } catch {
    return null;
  }
  const absRoot = resolve(root);
  const full = normalize(join(absRoot, path));
  if (full !== absRoot && !full.startsWith(absRoot + sep)) return null;
  try {
    const stat = statSync(full);
    if (stat.isDirectory()) {
      const index = join(full, 'index.html');
      return statSync(index).isFile() ? index : null;
    }
    return stat.isFile() ? full : null;
  } catch {
    return null;
  }
}

export function startStaticServer(root: string, port: number): Promise<Server> {
  const server = createServer((req, res) => {
    const urlPath = req.url ?? '/';
    const file = fileForPath(root, urlPath);
    // A directory without its trailing slash: redirect, so relative URLs in its page resolve.
    if (
      file?.endsWith(`${sep}index.html`) &&
      !urlPath.split('?')[0]!.endsWith('/') &&
      !urlPath.endsWith('.html')
    ) {
      const [path, query] = urlPath.split('?');
      res.writeHead(301, { Location: `${path}/${query ? `?${query}` : ''}` });
      res.end();
      return;
    }
    if (!file) {
      res.writeHead(404, { 'Content-Type': 'text/plain' });
      res.end('not found');
      return;
    }
    res.writeHead(200, {
      'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
      'Content-Length': statSync(file).size,
      'Cache-Control': 'no-store',
    });
    createReadStream(file).pipe(res);
  });
  return new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolvePromise(server));
  });
}
