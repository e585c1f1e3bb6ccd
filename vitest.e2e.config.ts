import { defineConfig } from 'vitest/config';

// End-to-end tests drive one real Chromium per file; the CI machine has 2 cores, so files run
// one after another and each test gets a generous minute.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.test.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
    teardownTimeout: 30_000,
  },
});
