import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import { fontFilesPlugin } from './scripts/vite-plugin-font-files.ts';
import { precompressPlugin } from './scripts/vite-plugin-precompress.ts';
import { createConsoleMiddleware } from './server/app.ts';
import { localAccountOptionsFromEnv } from './server/config.ts';

/** Mounts the local account's routes on Vite's dev server, so dev and production share a path. */
function localAccountPlugin(): Plugin {
  return {
    name: 'iam-console-local-account',
    apply: 'serve',
    async configureServer(server) {
      const { openLocalAccount } = await import('./server/local-iam/index.ts');
      const { mkdirSync } = await import('node:fs');
      const { dirname } = await import('node:path');
      const options = localAccountOptionsFromEnv(process.env, server.config.root);
      if (options.dataPath !== ':memory:')
        mkdirSync(dirname(options.dataPath), { recursive: true });
      const account = openLocalAccount(options);
      const allowReset = process.env.LOCAL_ACCOUNT_RESET === '1';
      server.middlewares.use(createConsoleMiddleware({ account, allowReset }));
      server.httpServer?.once('close', () => account.close());
      server.config.logger.info(
        `  Local account ${account.accountId}: root access key ${account.rootAccessKeyId}` +
          ` / ${account.rootSecretAccessKey}`,
      );
    },
  };
}

export default defineConfig({
  plugins: [react(), localAccountPlugin(), fontFilesPlugin(), precompressPlugin()],
  server: {
    host: '127.0.0.1',
    port: Number(process.env.PORT ?? 5173),
    // Account-alias sign-in URLs use <alias>.signin.localhost, as AWS uses <alias>.signin.aws...
    allowedHosts: ['.localhost'],
  },
  build: {
    outDir: 'dist',
    sourcemap: true,
    chunkSizeWarningLimit: 2000,
  },
  test: {
    // Generous per-test limits: the suites share two cores with the e2e server in CI, and
    // jsdom renders of Cloudscape forms are slow under load. Tests never assert wall time.
    testTimeout: 30_000,
    hookTimeout: 30_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'server',
          environment: 'node',
          include: ['server/**/*.test.ts', 'scripts/**/*.test.ts', 'bench/**/*.test.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'app',
          environment: 'jsdom',
          include: ['src/**/*.test.{ts,tsx}'],
          setupFiles: ['src/test/setup.ts'],
        },
      },
    ],
  },
});
