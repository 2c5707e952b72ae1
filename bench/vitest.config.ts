import { defineConfig } from 'vitest/config';

/** The benchmark's own unit tests: `npx vitest run --config bench/vitest.config.ts`. */
export default defineConfig({
  // Vitest's cache under the repository's node_modules, not a second one inside bench/.
  cacheDir: '../node_modules/.vite/bench',
  test: {
    root: import.meta.dirname,
    include: ['**/*.test.ts'],
    environment: 'node',
  },
});
