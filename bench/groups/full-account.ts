import { GetCallerIdentityCommand } from '@aws-sdk/client-sts';
import { join } from 'node:path';
import { BENCH_ROOT, startConsoleServer, type ConsoleServer } from '../lib/console-server.ts';
import { destroyClients, sdkClients } from '../lib/sdk.ts';
import { equipCredentialHolder, type CredentialHolder } from '../seed/credential-holder.ts';
import { fullAccountSeed, type FullAccountSeed } from '../seed/full-account.ts';
import { loadFullAccount, type BulkLoadResult } from '../seed/load.ts';

export interface FullAccount {
  server: ConsoleServer;
  dataPath: string;
  seed: FullAccountSeed;
  holder: CredentialHolder;
  bulkLoad: BulkLoadResult;
  rssAfterLoadMb: number;
}

/** Starts a server on a new data file and loads the full account into it through the API. */
export async function openFullAccount(
  repoRoot: string,
  distDir: string,
  workDir: string,
  concurrency: number,
): Promise<FullAccount> {
  const dataPath = join(workDir, 'full-account.sqlite');
  const server = await startConsoleServer({ repoRoot, distDir, dataPath, demo: false });
  const root = sdkClients(server.endpoint, BENCH_ROOT);
  try {
    const identity = await root.sts.send(new GetCallerIdentityCommand({}));
    const seed = fullAccountSeed();
    const bulkLoad = await loadFullAccount(root, identity.Account ?? '', seed, concurrency);

    const [first] = seed.users;
    if (!first) throw new Error('The seed has no users.');
    const groupNames = seed.groups.slice(0, 2).map((group) => group.GroupName);
    const holder = await equipCredentialHolder(root, first.UserName, first.Path, groupNames);
    return { server, dataPath, seed, holder, bulkLoad, rssAfterLoadMb: server.memory().rssMb };
  } catch (error) {
    await server.stop();
    throw error;
  } finally {
    destroyClients(root);
  }
}
