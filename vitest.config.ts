import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: [
      'lib/**/*.test.ts',
      'lib/**/*.test.tsx',
      'tests/unit/**/*.test.ts',
      'tests/unit/**/*.test.tsx',
      'tests/sites/**/*.test.ts',
    ],
    setupFiles: ['fake-indexeddb/auto', './tests/unit/setup-i18n.ts'],
    environment: 'node',
  },
});
