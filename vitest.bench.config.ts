import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

// Benchmarks: real Chromium with the production build, one file at a time (2 cores).
export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ['tests/bench/**/*.bench.ts'],
    setupFiles: ['fake-indexeddb/auto'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 240_000,
    hookTimeout: 120_000,
  },
});
