import { createServer } from 'node:http';
import { existsSync, mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createConsoleMiddleware } from './app.ts';
import { localAccountOptionsFromEnv } from './config.ts';
import { openLocalAccount } from './local-iam/index.ts';
import { parseConnectSources } from './security-headers.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
// CONSOLE_DIST_DIR lets parallel test runs each serve their own build.
const distDir = resolve(root, process.env.CONSOLE_DIST_DIR ?? 'dist');
const port = Number(process.env.PORT ?? 8080);
const host = process.env.HOST ?? '127.0.0.1';

if (!existsSync(resolve(distDir, 'index.html'))) {
  console.error('The app is not built: run `npm run build` (or `npm start`, which builds it).');
  process.exit(1);
}

const accountOptions = localAccountOptionsFromEnv(process.env, root);
if (accountOptions.dataPath !== ':memory:') {
  mkdirSync(dirname(accountOptions.dataPath), { recursive: true });
}
const account = openLocalAccount(accountOptions);
const allowReset = process.env.LOCAL_ACCOUNT_RESET === '1';
const connectSources = parseConnectSources(process.env.CONSOLE_CONNECT_SOURCES);
const middleware = createConsoleMiddleware({ account, distDir, allowReset, connectSources });

const server = createServer((req, res) =>
  middleware(req, res, () => {
    res.statusCode = 404;
    res.end();
  }),
);

server.listen(port, host, () => {
  const address = server.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  const origin = `http://localhost:${actualPort}`;
  const alias = account.alias;
  const lines = [
    `IAM Console: ${origin}/`,
    `  listening on ${host}:${actualPort}`,
    `Local account ${account.accountId}${alias ? ` (alias ${alias})` : ''}`,
    `  data: ${accountOptions.dataPath}`,
    `  root access key ID:     ${account.rootAccessKeyId}`,
    `  root secret access key: ${account.rootSecretAccessKey}`,
    alias
      ? `  IAM user sign-in URL:   http://${alias}.signin.localhost:${actualPort}/console` +
        `  (or ${origin}/signin/${alias})`
      : `  IAM user sign-in URL:   ${origin}/signin/${account.accountId}`,
    `  AWS CLI: aws --endpoint-url ${origin} iam list-users`,
    allowReset ? `  reset hook: POST ${origin}/local-aws/_reset` : '',
  ];
  process.stdout.write(lines.filter(Boolean).join('\n') + '\n');
});

function shutdown(): void {
  server.close();
  account.close();
  process.exit(0);
}
process.on('SIGINT', shutdown);
process.on('SIGTERM', shutdown);
