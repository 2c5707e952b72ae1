import {
  CreateAccessKeyCommand,
  CreateRoleCommand,
  CreateUserCommand,
  DeleteAccessKeyCommand,
  DeleteUserCommand,
  GetRoleCommand,
  type IAMClient,
} from '@aws-sdk/client-iam';
import { AssumeRoleCommand } from '@aws-sdk/client-sts';
import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { rejectionOf, startHarness, TEST_ACCOUNT_ID, type Credentials } from './test/harness.ts';

const ARN = `arn:aws:iam::${TEST_ACCOUNT_ID}`;

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'local-iam-schema-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const trusting = (principal: string) =>
  JSON.stringify({
    Version: '2012-10-17',
    Statement: [{ Effect: 'Allow', Principal: { AWS: principal }, Action: 'sts:AssumeRole' }],
  });

async function principalOf(iam: IAMClient, RoleName: string): Promise<unknown> {
  const { Role } = await iam.send(new GetRoleCommand({ RoleName }));
  return JSON.parse(decodeURIComponent(Role!.AssumeRolePolicyDocument!)).Statement[0].Principal.AWS;
}

async function keyFor(iam: IAMClient, UserName: string): Promise<Credentials> {
  const { AccessKey } = await iam.send(new CreateAccessKeyCommand({ UserName }));
  return { accessKeyId: AccessKey!.AccessKeyId!, secretAccessKey: AccessKey!.SecretAccessKey! };
}

/** What schema 1 wrote: no principal table, and no check that a principal exists. */
function rewriteAsSchema1(dataPath: string, ghostRole: string, ghostArn: string): void {
  const db = new Database(dataPath);
  try {
    db.exec('DROP TABLE role_trust_principals');
    db.prepare('UPDATE roles SET assume_role_policy_document = ? WHERE role_name = ?').run(
      trusting(ghostArn),
      ghostRole,
    );
    db.pragma('user_version = 1');
  } finally {
    db.close();
  }
}

it('opens an account written by schema 1 and holds its trusted users by unique ID', async () => {
  const dataPath = join(dir, 'schema-1.sqlite');
  const first = await startHarness({ dataPath });
  const before = first.iam();
  const { User } = await before.send(new CreateUserCommand({ UserName: 'veteran' }));
  const key = await keyFor(before, 'veteran');
  for (const RoleName of ['veteran-role', 'ghost-role']) {
    await before.send(
      new CreateRoleCommand({
        RoleName,
        AssumeRolePolicyDocument: trusting(`${ARN}:user/veteran`),
      }),
    );
  }
  await first.close();
  rewriteAsSchema1(dataPath, 'ghost-role', `${ARN}:user/ghost`);

  const second = await startHarness({ dataPath });
  try {
    const iam = second.iam();
    expect(await principalOf(iam, 'veteran-role')).toBe(`${ARN}:user/veteran`);
    const assumed = await second
      .sts(key)
      .send(new AssumeRoleCommand({ RoleArn: `${ARN}:role/veteran-role`, RoleSessionName: 'vet' }));
    expect(assumed.Credentials?.AccessKeyId).toMatch(/^ASIA/);

    // A principal that named no one is held as a deleted one: an ID, trusting no later user.
    const ghostId = await principalOf(iam, 'ghost-role');
    expect(ghostId).toMatch(/^AIDA[A-Z2-7]{17}$/);
    await iam.send(new CreateUserCommand({ UserName: 'ghost' }));
    const ghostKey = await keyFor(iam, 'ghost');
    const refused = await rejectionOf(
      second
        .sts(ghostKey)
        .send(
          new AssumeRoleCommand({ RoleArn: `${ARN}:role/ghost-role`, RoleSessionName: 'ghost' }),
        ),
    );
    expect(refused.name).toBe('AccessDenied');

    await iam.send(
      new DeleteAccessKeyCommand({ UserName: 'veteran', AccessKeyId: key.accessKeyId }),
    );
    await iam.send(new DeleteUserCommand({ UserName: 'veteran' }));
    expect(await principalOf(iam, 'veteran-role')).toBe(User!.UserId);
  } finally {
    await second.close();
  }

  const db = new Database(dataPath, { readonly: true });
  expect(db.pragma('user_version', { simple: true })).toBe(2);
  db.close();
});
