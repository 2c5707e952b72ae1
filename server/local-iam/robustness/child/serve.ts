/**
 * A local account on a SQLite file, served on 127.0.0.1 by node:http: the process that the
 * crash, fuzz and soak runs start, kill and restart. `server/main.ts` needs a built app; this
 * entry needs nothing but the data file.
 *
 * Usage: node --import tsx serve.ts <data file>. Prints one JSON line, `{"port":N,"pid":N}`,
 * once it listens. With ROBUSTNESS_LOG=1, the account's request log goes to stderr.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { openLocalAccount } from '../../index.ts';
import { TEST_ACCOUNT_ID, TEST_ROOT_KEY } from '../../test/harness.ts';

const dataPath = process.argv[2];
if (!dataPath) {
  process.stderr.write('Usage: serve.ts <SQLite data file>\n');
  process.exit(2);
}

const account = openLocalAccount({
  dataPath,
  accountId: TEST_ACCOUNT_ID,
  rootAccessKeyId: TEST_ROOT_KEY.accessKeyId,
  rootSecretAccessKey: TEST_ROOT_KEY.secretAccessKey,
  demo: false,
  log: process.env.ROBUSTNESS_LOG === '1' ? (line) => process.stderr.write(line + '\n') : undefined,
});

const server = createServer((req, res) => void account.handle(req, res));
server.listen(0, '127.0.0.1', () => {
  const { port } = server.address() as AddressInfo;
  process.stdout.write(JSON.stringify({ port, pid: process.pid }) + '\n');
});

function shutdown(): void {
  server.closeAllConnections();
  server.close(() => {
    account.close();
    process.exit(0);
  });
}
process.on('SIGTERM', shutdown);
process.on('SIGINT', shutdown);
