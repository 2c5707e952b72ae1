import { resolve } from 'node:path';
import type { LocalAccountOptions } from './local-iam/index.ts';

/** Reads the local account's settings from the environment, as the README documents them. */
export function localAccountOptionsFromEnv(
  env: NodeJS.ProcessEnv,
  root: string,
): LocalAccountOptions & { dataPath: string } {
  const accountId = env.LOCAL_ACCOUNT_ID;
  if (accountId !== undefined && !/^\d{12}$/.test(accountId)) {
    throw new Error(`LOCAL_ACCOUNT_ID must be 12 digits, not "${accountId}"`);
  }
  const rootAccessKeyId = env.LOCAL_ROOT_ACCESS_KEY_ID;
  const rootSecretAccessKey = env.LOCAL_ROOT_SECRET_ACCESS_KEY;
  if (Boolean(rootAccessKeyId) !== Boolean(rootSecretAccessKey)) {
    throw new Error('Set LOCAL_ROOT_ACCESS_KEY_ID and LOCAL_ROOT_SECRET_ACCESS_KEY together');
  }
  const data = env.LOCAL_ACCOUNT_DATA ?? 'data/local-account.sqlite';
  return {
    accountId,
    alias: env.LOCAL_ACCOUNT_ALIAS,
    rootAccessKeyId,
    rootSecretAccessKey,
    dataPath: data === ':memory:' ? data : resolve(root, data),
    demo: env.LOCAL_ACCOUNT_DEMO !== '0',
    log: (line) => process.stdout.write(line + '\n'),
  };
}
