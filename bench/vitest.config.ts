import { defineConfig } from 'vitest/config';

/** The benchmark's own unit tests: `npx vitest run --config bench/vitest.config.ts`. */
export default defineConfig({
  test: {
    root: import.meta.dirname,
    include: ['**/*.test.ts'],
    environment: 'node',
  },
});
