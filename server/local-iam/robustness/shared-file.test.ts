/**
 * Two servers on one data file, as when `npm run dev` and `npm start` share
 * LOCAL_ACCOUNT_DATA: SQLite's locks must serialise their writes, so racing requests split
 * between them end as they would on one server, and none fails with a 5xx.
 */
import { CreateUserCommand, IAMClient, ListUsersCommand } from '@aws-sdk/client-iam';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_ROOT_KEY } from '../test/harness.ts';
import { startChild, type ChildServer } from './support/child.ts';

let dir: string;
const children: ChildServer[] = [];
const clients: IAMClient[] = [];

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'local-iam-shared-'));
  const dataPath = join(dir, 'account.sqlite');
  // The first creates the file; the second opens it as it is.
  children.push(await startChild(dataPath));
  children.push(await startChild(dataPath));
  for (const child of children) {
    clients.push(
      new IAMClient({
        endpoint: child.endpoint,
        region: 'us-east-1',
        credentials: TEST_ROOT_KEY,
        maxAttempts: 1,
      }),
    );
  }
}, 60_000);

afterAll(async () => {
  for (const client of clients) client.destroy();
  await Promise.all(children.map((child) => child.stop()));
  rmSync(dir, { recursive: true, force: true });
});

describe('two servers on one file', () => {
  it('200 CreateUser calls over 50 names, split between them, make 50 users', async () => {
    const names = Array.from({ length: 50 }, (_, i) => `shared-${i}`);
    const calls = [0, 1, 2, 3].flatMap((round) =>
      names.map((UserName, i) =>
        clients[(i + round) % 2]!.send(new CreateUserCommand({ UserName, Path: '/shared/' })),
      ),
    );
    const counts: Record<string, number> = {};
    for (const outcome of await Promise.allSettled(calls)) {
      const name =
        outcome.status === 'fulfilled'
          ? 'OK'
          : (outcome.reason as Error).name.replace(/Exception$/, '');
      counts[name] = (counts[name] ?? 0) + 1;
    }
    expect(counts).toEqual({ OK: 50, EntityAlreadyExists: 150 });

    for (const client of clients) {
      const { Users } = await client.send(new ListUsersCommand({ PathPrefix: '/shared/' }));
      expect(Users).toHaveLength(50);
    }
    expect(children.every((child) => child.alive())).toBe(true);
  }, 60_000);
});
