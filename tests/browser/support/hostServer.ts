import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Serves the host pages in tests/browser/host/ from a second origin (another port), with
 * __APP__ replaced by the app's URL, so embeds are tested cross-origin as on a real course site.
 */
export async function startHostServer(
  appUrl: string,
  // 0: any free port, so it never collides with a PW_PORT preview (4185 once did).
  port = 0,
): Promise<{ url: string; close: () => Promise<void> }> {
  const dir = join(import.meta.dirname, '..', 'host');
  const server: Server = createServer((req, res) => {
    const name = (req.url ?? '/').split('?')[0]!.replace(/^\//, '') || 'plain.html';
    if (!/^[a-z-]+\.html$/.test(name)) {
      res.writeHead(404).end();
      return;
    }
    try {
      const html = readFileSync(join(dir, name), 'utf8').replaceAll('__APP__', appUrl);
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const { port: actual } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${actual}/`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
