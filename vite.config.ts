import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { oembedPlugin } from './scripts/build/oembedPlugin.ts';
import { prerenderPlugin } from './scripts/build/prerender.ts';
import { autoHeightPlugin } from './scripts/build/autoHeightPlugin.ts';
import { notFoundPlugin } from './scripts/build/notFoundPlugin.ts';
import { securityPlugin } from './scripts/build/securityPlugin.ts';
import { serviceWorkerPlugin } from './scripts/build/serviceWorkerPlugin.ts';
import { startupGuardPlugin } from './scripts/build/startupGuardPlugin.ts';
import { LOCAL_SITE_URL, resolveSiteUrl } from './scripts/build/siteUrl.ts';

// Every entry page of the site: the app and the embed view. The benchmark's floor page is built
// by its own config (bench/vite.config.ts), into dist/bench/, only when the bench runs.
const ENTRY_PAGES = {
  main: 'index.html',
  embed: 'embed/index.html',
};

const input = Object.fromEntries(
  Object.entries(ENTRY_PAGES)
    .map(([name, page]) => [name, resolve(import.meta.dirname, page)] as const)
    .filter(([, path]) => existsSync(path)),
);

// Relative base: the built site works from any folder (a course server, a sub-path, a USB stick).
// `--mode deploy` (npm run build:deploy) requires SITE_URL (scripts/build/siteUrl.ts).
export default defineConfig(({ mode }) => {
  const siteUrl = resolveSiteUrl(process.env, mode);
  return {
    base: './',
    plugins: [
      react(),
      oembedPlugin(siteUrl ?? LOCAL_SITE_URL),
      autoHeightPlugin(),
      startupGuardPlugin(),
      prerenderPlugin(import.meta.dirname),
      notFoundPlugin(siteUrl),
      // Last, in this order: hash the inline scripts of the final pages, then precache them.
      securityPlugin(),
      serviceWorkerPlugin(),
    ],
    build: {
      target: 'es2022',
      sourcemap: false,
      chunkSizeWarningLimit: 1500,
      rollupOptions: { input },
    },
    preview: { port: 4173, strictPort: true },
    server: { port: 5173 },
  };
});
