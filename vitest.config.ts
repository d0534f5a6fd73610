import { defineConfig } from 'vitest/config';
import { autoHeightDefine } from './scripts/build/autoHeightPlugin.ts';

export default defineConfig({
  // The same build-time constants as vite.config.ts, so unit tests see the built snippet.
  define: autoHeightDefine(),
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    testTimeout: 120_000,
  },
});
