import {
  CreateAccessKeyCommand,
  CreateUserCommand,
  GetUserCommand,
  IAMClient,
  ListGroupsCommand,
  ListRolesCommand,
  ListUsersCommand,
  NoSuchEntityException,
} from '@aws-sdk/client-iam';
import { GetCallerIdentityCommand, STSClient } from '@aws-sdk/client-sts';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openLocalAccount } from './index.ts';
import { startHarness, TEST_ACCOUNT_ID, type Harness } from './test/harness.ts';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'local-iam-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const clients = (harness: Harness) => ({ iam: harness.iam(), sts: harness.sts() });

describe('a file-backed account', () => {
  it('keeps its account, root key, users and keys across a restart', async () => {
    const dataPath = join(dir, 'restart.sqlite');
    const first = await startHarness({
      dataPath,
      accountId: undefined,
      rootAccessKeyId: undefined,
      rootSecretAccessKey: undefined,
    });
    const generated = {
      accountId: first.account.accountId,
      accessKeyId: first.account.rootAccessKeyId,
      secretAccessKey: first.account.rootSecretAccessKey,
    };
    expect(generated.accountId).toMatch(/^\d{12}$/);
    expect(generated.accessKeyId).toMatch(/^AKIA[A-Z2-7]{16}$/);
    expect(generated.secretAccessKey).toHaveLength(40);

    const iam = first.iam(generated);
    await iam.send(new CreateUserCommand({ UserName: 'survivor', Path: '/kept/' }));
    const { AccessKey } = await iam.send(new CreateAccessKeyCommand({ UserName: 'survivor' }));
    await first.close();

    const second = await startHarness({
      dataPath,
      accountId: undefined,
      rootAccessKeyId: undefined,
      rootSecretAccessKey: undefined,
    });
    try {
      expect(second.account.accountId).toBe(generated.accountId);
      expect(second.account.rootAccessKeyId).toBe(generated.accessKeyId);
      expect(second.account.rootSecretAccessKey).toBe(generated.secretAccessKey);

      const { User } = await second
        .iam(generated)
        .send(new GetUserCommand({ UserName: 'survivor' }));
      expect(User!.Arn).toBe(`arn:aws:iam::${generated.accountId}:user/kept/survivor`);
      const identity = await second
        .sts({ accessKeyId: AccessKey!.AccessKeyId!, secretAccessKey: AccessKey!.SecretAccessKey! })
        .send(new GetCallerIdentityCommand({}));
      expect(identity.UserId).toBe(User!.UserId);
    } finally {
      await second.close();
    }
  });

  it('refuses to open a file with another account ID than the one configured', () => {
    const dataPath = join(dir, 'mismatch.sqlite');
    openLocalAccount({ dataPath, accountId: '111111111111', demo: false }).close();
    expect(() => openLocalAccount({ dataPath, accountId: '222222222222' })).toThrow(
      /holds account 111111111111/,
    );
  });

  it('applies a root key given on a later start, so the printed key works', async () => {
    const dataPath = join(dir, 'rekey.sqlite');
    openLocalAccount({ dataPath, demo: false }).close();
    const harness = await startHarness({ dataPath, accountId: undefined });
    try {
      const identity = await harness.sts().send(new GetCallerIdentityCommand({}));
      expect(identity.Arn).toMatch(/:root$/);
      expect(harness.account.rootAccessKeyId).toBe('AKIATESTROOTKEY00001');
    } finally {
      await harness.close();
    }
  });
});

describe('options', () => {
  it.each([
    [{ accountId: '12345' }, /12 digits/],
    [{ alias: 'Not_An_Alias' }, /accountAlias/],
    [{ rootAccessKeyId: 'AKIAONLYTHEID0000000' }, /together/],
  ])('refuses %j', (options, message) => {
    expect(() => openLocalAccount(options)).toThrow(message);
  });
});

describe('the demo organisation', () => {
  let harness: Harness;
  let iam: IAMClient;
  let sts: STSClient;
  beforeAll(async () => {
    harness = await startHarness({ demo: true, alias: 'demo-corp' });
    ({ iam, sts } = clients(harness));
  });
  afterAll(() => harness.close());

  it('has the seed’s users at their paths', async () => {
    const { Users } = await iam.send(new ListUsersCommand({ PathPrefix: '/example/path/2/' }));
    expect(Users!.map((user) => user.UserName)).toEqual([
      'techsquawks-user-2',
      'techsquawks-user-2a',
    ]);
    const { User } = await iam.send(new GetUserCommand({ UserName: 'techsquawks-user' }));
    expect(User).toMatchObject({ Path: '/', Tags: [{ Key: 'Team', Value: 'platform' }] });
  });

  it('has the groups Admins, Developers and Devops, and roles at several paths', async () => {
    const { Groups } = await iam.send(new ListGroupsCommand({}));
    expect(Groups!.map((group) => group.GroupName)).toEqual(['Admins', 'Developers', 'Devops']);
    const { Roles } = await iam.send(new ListRolesCommand({}));
    expect(new Set(Roles!.map((role) => role.Path)).size).toBeGreaterThan(2);
    for (const role of Roles!) {
      expect(JSON.parse(decodeURIComponent(role.AssumeRolePolicyDocument!))).toHaveProperty(
        'Statement',
      );
    }
  });

  it('is created on first start only, and reset() brings it back', async () => {
    await iam.send(new CreateUserCommand({ UserName: 'temporary' }));
    await iam.send(new CreateUserCommand({ UserName: 'another' }));
    const before = await sts.send(new GetCallerIdentityCommand({}));

    harness.account.reset();

    await expect(iam.send(new GetUserCommand({ UserName: 'temporary' }))).rejects.toBeInstanceOf(
      NoSuchEntityException,
    );
    await iam.send(new GetUserCommand({ UserName: 'techsquawks-user' }));
    const after = await sts.send(new GetCallerIdentityCommand({}));
    expect(after).toMatchObject({ Account: before.Account, Arn: before.Arn });
    expect(harness.account.alias).toBe('demo-corp');
    expect(harness.account.accountId).toBe(TEST_ACCOUNT_ID);
  });
});

describe('reset() of an account started without a fixed root key', () => {
  it('keeps the generated account ID and root key working', async () => {
    const harness = await startHarness({
      accountId: undefined,
      rootAccessKeyId: undefined,
      rootSecretAccessKey: undefined,
    });
    try {
      const credentials = {
        accessKeyId: harness.account.rootAccessKeyId,
        secretAccessKey: harness.account.rootSecretAccessKey,
      };
      const accountId = harness.account.accountId;
      await harness.iam(credentials).send(new CreateUserCommand({ UserName: 'gone-after-reset' }));

      harness.account.reset();

      expect(harness.account.accountId).toBe(accountId);
      const { Users } = await harness.iam(credentials).send(new ListUsersCommand({}));
      expect(Users).toEqual([]);
    } finally {
      await harness.close();
    }
  });
});
