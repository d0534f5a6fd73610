import { defineConfig } from 'vite';
import { resolve } from 'node:path';

// The benchmark's floor page (bench/floor/), built only for `npm run bench`, next to the built app
// in dist/ (dist/bench/floor/), so the production build never ships it. It resolves MapLibre from
// the same package as the app; the driver compares the two pages' transfers file by file.
const root = resolve(import.meta.dirname, '..');

export default defineConfig({
  root,
  base: './',
  publicDir: false,
  build: {
    target: 'es2022',
    outDir: resolve(root, 'dist'),
    emptyOutDir: false,
    sourcemap: false,
    chunkSizeWarningLimit: 1500,
    rollupOptions: { input: { floor: resolve(root, 'bench/floor/index.html') } },
  },
});
