/**
 * Requests racing each other on one server: each burst is sent at once, and its outcome must
 * equal some order of the same requests run one by one, with every quota held.
 */
import {
  AddUserToGroupCommand,
  AttachUserPolicyCommand,
  CreateAccessKeyCommand,
  CreateGroupCommand,
  CreateLoginProfileCommand,
  CreateUserCommand,
  DeleteLoginProfileCommand,
  DeleteUserCommand,
  GetGroupCommand,
  GetLoginProfileCommand,
  ListAccessKeysCommand,
  ListAttachedUserPoliciesCommand,
  ListGroupsForUserCommand,
  ListUsersCommand,
  ListUserTagsCommand,
  RemoveUserFromGroupCommand,
  TagUserCommand,
  type IAMClient,
} from '@aws-sdk/client-iam';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from '../test/harness.ts';

let harness: Harness;
let iam: IAMClient;
beforeAll(async () => {
  harness = await startHarness();
  iam = harness.iam();
});
afterAll(() => harness.close());

/** Settles every promise and counts outcomes by error name ('OK' for a success). */
async function tally(calls: Promise<unknown>[]): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const outcome of await Promise.allSettled(calls)) {
    // The SDK names modelled errors `<Code>Exception`.
    const name =
      outcome.status === 'fulfilled'
        ? 'OK'
        : (outcome.reason as Error).name.replace(/Exception$/, '');
    counts[name] = (counts[name] ?? 0) + 1;
  }
  return counts;
}

async function allUsers(): Promise<string[]> {
  const names: string[] = [];
  let Marker: string | undefined;
  do {
    const page = await iam.send(new ListUsersCommand({ Marker, PathPrefix: '/race/' }));
    names.push(...(page.Users ?? []).map((user) => user.UserName!));
    Marker = page.IsTruncated ? page.Marker : undefined;
  } while (Marker);
  return names;
}

describe('parallel requests', () => {
  it('200 CreateUser calls over 50 names (in four casings) make 50 users', async () => {
    const casings = [
      (name: string) => name,
      (name: string) => name.toUpperCase(),
      (name: string) => name[0]!.toUpperCase() + name.slice(1),
      (name: string) => name,
    ];
    const names = Array.from({ length: 50 }, (_, i) => `racer-${i}`);
    const calls = casings.flatMap((casing) =>
      names.map((name) =>
        iam.send(new CreateUserCommand({ UserName: casing(name), Path: '/race/' })),
      ),
    );

    expect(await tally(calls)).toEqual({ OK: 50, EntityAlreadyExists: 150 });
    const created = await allUsers();
    expect(created).toHaveLength(50);
    expect(new Set(created.map((name) => name.toLowerCase()))).toEqual(new Set(names));
  });

  it('CreateAccessKey on one user never makes a third key', async () => {
    await iam.send(new CreateUserCommand({ UserName: 'keyholder' }));
    const calls = Array.from({ length: 30 }, () =>
      iam.send(new CreateAccessKeyCommand({ UserName: 'keyholder' })),
    );
    expect(await tally(calls)).toEqual({ OK: 2, LimitExceeded: 28 });
    const { AccessKeyMetadata } = await iam.send(
      new ListAccessKeysCommand({ UserName: 'keyholder' }),
    );
    expect(AccessKeyMetadata).toHaveLength(2);
  });

  it('AddUserToGroup and RemoveUserFromGroup lose nothing', async () => {
    const users = Array.from({ length: 20 }, (_, i) => `member-${i}`);
    const groups = Array.from({ length: 5 }, (_, i) => `team-${i}`);
    for (const UserName of users) await iam.send(new CreateUserCommand({ UserName }));
    for (const GroupName of groups) await iam.send(new CreateGroupCommand({ GroupName }));
    // Before: every user in the even groups. The burst touches each pair at most once: it adds
    // users with an even index to odd groups and removes users with an odd index from group 0.
    const before = new Set<string>();
    for (const [g, GroupName] of groups.entries()) {
      if (g % 2 !== 0) continue;
      for (const UserName of users) {
        await iam.send(new AddUserToGroupCommand({ GroupName, UserName }));
        before.add(`${GroupName}/${UserName}`);
      }
    }
    const expected = new Set(before);
    const calls: Promise<unknown>[] = [];
    for (const [u, UserName] of users.entries()) {
      for (const [g, GroupName] of groups.entries()) {
        if (u % 2 === 0 && g % 2 === 1) {
          calls.push(iam.send(new AddUserToGroupCommand({ GroupName, UserName })));
          expected.add(`${GroupName}/${UserName}`);
        }
        if (u % 2 === 1 && g === 0) {
          calls.push(iam.send(new RemoveUserFromGroupCommand({ GroupName, UserName })));
          expected.delete(`${GroupName}/${UserName}`);
        }
      }
    }

    expect(await tally(calls)).toEqual({ OK: calls.length });
    const after = new Set<string>();
    for (const GroupName of groups) {
      const { Users } = await iam.send(new GetGroupCommand({ GroupName }));
      for (const user of Users ?? []) after.add(`${GroupName}/${user.UserName}`);
    }
    expect(after).toEqual(expected);
  });

  it('AddUserToGroup for 15 groups at once stops at ten groups a user', async () => {
    await iam.send(new CreateUserCommand({ UserName: 'joiner' }));
    const groups = Array.from({ length: 15 }, (_, i) => `club-${i}`);
    for (const GroupName of groups) await iam.send(new CreateGroupCommand({ GroupName }));
    const calls = groups.map((GroupName) =>
      iam.send(new AddUserToGroupCommand({ GroupName, UserName: 'joiner' })),
    );
    expect(await tally(calls)).toEqual({ OK: 10, LimitExceeded: 5 });
    const { Groups } = await iam.send(new ListGroupsForUserCommand({ UserName: 'joiner' }));
    expect(Groups).toHaveLength(10);
  });

  it('TagUser calls at once stay within 50 tags, each call all or nothing', async () => {
    await iam.send(new CreateUserCommand({ UserName: 'tagged' }));
    const calls = Array.from({ length: 12 }, (_, call) =>
      iam.send(
        new TagUserCommand({
          UserName: 'tagged',
          Tags: Array.from({ length: 6 }, (_, i) => ({ Key: `k${call}-${i}`, Value: 'v' })),
        }),
      ),
    );
    const counts = await tally(calls);
    expect(counts).toEqual({ OK: 8, LimitExceeded: 4 });
    const { Tags } = await iam.send(new ListUserTagsCommand({ UserName: 'tagged' }));
    expect(Tags).toHaveLength(48);
    const perCall = new Map<string, number>();
    for (const tag of Tags ?? []) {
      const call = tag.Key!.split('-')[0]!;
      perCall.set(call, (perCall.get(call) ?? 0) + 1);
    }
    expect([...perCall.values()].every((count) => count === 6)).toBe(true);
  });

  it('AttachUserPolicy calls at once stop at ten managed policies', async () => {
    await iam.send(new CreateUserCommand({ UserName: 'attached' }));
    const names = [
      'ReadOnlyAccess',
      'IAMReadOnlyAccess',
      'AmazonS3ReadOnlyAccess',
      'AmazonEC2ReadOnlyAccess',
      'SecurityAudit',
      'IAMUserChangePassword',
      'AmazonSQSReadOnlyAccess',
      'AmazonSNSReadOnlyAccess',
      'AmazonDynamoDBReadOnlyAccess',
      'AWSCloudTrail_ReadOnlyAccess',
      'CloudWatchReadOnlyAccess',
      'AmazonRDSReadOnlyAccess',
    ];
    const calls = names.map((name) =>
      iam.send(
        new AttachUserPolicyCommand({
          UserName: 'attached',
          PolicyArn: `arn:aws:iam::aws:policy/${name}`,
        }),
      ),
    );
    expect(await tally(calls)).toEqual({ OK: 10, LimitExceeded: 2 });
    const { AttachedPolicies } = await iam.send(
      new ListAttachedUserPoliciesCommand({ UserName: 'attached' }),
    );
    expect(AttachedPolicies).toHaveLength(10);
  });

  it('CreateLoginProfile calls at once make one profile', async () => {
    await iam.send(new CreateUserCommand({ UserName: 'signs-in' }));
    const calls = Array.from({ length: 8 }, (_, i) =>
      iam.send(
        new CreateLoginProfileCommand({ UserName: 'signs-in', Password: `Race-Password-${i}!` }),
      ),
    );
    expect(await tally(calls)).toEqual({ OK: 1, EntityAlreadyExists: 7 });
  });

  it('CreateLoginProfile racing the replacement of its user never lands on another', async () => {
    // The password is hashed between the look-up of the user and the write. By then the user
    // may have been deleted, and its row number given to a user created since (`bystander`).
    for (let round = 0; round < 5; round++) {
      await iam.send(new CreateUserCommand({ UserName: 'phoenix' }));
      const profile = iam.send(
        new CreateLoginProfileCommand({ UserName: 'phoenix', Password: 'Phoenix-Password-1!' }),
      );
      const churn = (async () => {
        await iam.send(new DeleteUserCommand({ UserName: 'phoenix' }));
        await iam.send(new CreateUserCommand({ UserName: 'bystander' }));
        await iam.send(new CreateUserCommand({ UserName: 'phoenix' }));
      })();
      const [profileOutcome, churnOutcome] = await Promise.allSettled([profile, churn]);
      expect(churnOutcome.status).toBe('fulfilled');
      if (profileOutcome.status === 'rejected') {
        expect((profileOutcome.reason as Error).name).toBe('NoSuchEntityException');
      }
      const bystander = await iam
        .send(new GetLoginProfileCommand({ UserName: 'bystander' }))
        .then(() => 'has a login profile')
        .catch((error: Error) => error.name);
      expect(bystander).toBe('NoSuchEntityException');

      await iam.send(new DeleteLoginProfileCommand({ UserName: 'phoenix' })).catch(() => undefined);
      for (const UserName of ['phoenix', 'bystander']) {
        await iam.send(new DeleteLoginProfileCommand({ UserName })).catch(() => undefined);
        await iam.send(new DeleteUserCommand({ UserName }));
      }
    }
  });
});
