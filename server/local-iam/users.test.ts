import {
  AddUserToGroupCommand,
  AttachUserPolicyCommand,
  CreateAccessKeyCommand,
  CreateGroupCommand,
  CreateLoginProfileCommand,
  CreateUserCommand,
  DeleteAccessKeyCommand,
  DeleteConflictException,
  DeleteLoginProfileCommand,
  DeleteUserCommand,
  EntityAlreadyExistsException,
  GetUserCommand,
  IAMClient,
  InvalidInputException,
  LimitExceededException,
  ListUsersCommand,
  ListUserTagsCommand,
  NoSuchEntityException,
  RemoveUserFromGroupCommand,
  TagUserCommand,
  UntagUserCommand,
  UpdateUserCommand,
} from '@aws-sdk/client-iam';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rejectionOf, startHarness, TEST_ACCOUNT_ID, type Harness } from './test/harness.ts';

let harness: Harness;
let iam: IAMClient;
beforeAll(async () => {
  harness = await startHarness();
  iam = harness.iam();
});
afterAll(() => harness.close());

const userNames = async (PathPrefix?: string) =>
  (await iam.send(new ListUsersCommand({ PathPrefix }))).Users!.map((user) => user.UserName);

describe('CreateUser and GetUser', () => {
  it('creates a user at / with an AIDA ID and returns it', async () => {
    const { User } = await iam.send(new CreateUserCommand({ UserName: 'demo-user' }));
    expect(User).toMatchObject({
      Path: '/',
      UserName: 'demo-user',
      Arn: `arn:aws:iam::${TEST_ACCOUNT_ID}:user/demo-user`,
    });
    expect(User!.UserId).toMatch(/^AIDA[A-Z2-7]{17}$/);
    expect(User!.CreateDate).toBeInstanceOf(Date);

    const got = await iam.send(new GetUserCommand({ UserName: 'demo-user' }));
    expect(got.User).toEqual(User);
  });

  it('refuses a case variant of an existing name with EntityAlreadyExists (409)', async () => {
    const error = await rejectionOf(iam.send(new CreateUserCommand({ UserName: 'DEMO-USER' })));
    expect(error).toBeInstanceOf(EntityAlreadyExistsException);
    expect(error.$metadata.httpStatusCode).toBe(409);
    expect(error.message).toBe('User with name demo-user already exists.');
  });

  it('finds a user by any casing and keeps the original casing', async () => {
    await iam.send(new CreateUserCommand({ UserName: 'MixedCase.User' }));
    const { User } = await iam.send(new GetUserCommand({ UserName: 'mixedcase.user' }));
    expect(User!.UserName).toBe('MixedCase.User');
  });

  it('stores tags given at creation and shows them in GetUser', async () => {
    const Tags = [{ Key: 'Team', Value: 'blue' }];
    const created = await iam.send(new CreateUserCommand({ UserName: 'tagged', Tags }));
    expect(created.User!.Tags).toEqual(Tags);
    expect((await iam.send(new GetUserCommand({ UserName: 'tagged' }))).User!.Tags).toEqual(Tags);
  });

  it('answers NoSuchEntity (404) for a user that does not exist', async () => {
    const error = await rejectionOf(iam.send(new GetUserCommand({ UserName: 'ghost' })));
    expect(error).toBeInstanceOf(NoSuchEntityException);
    expect(error.$metadata.httpStatusCode).toBe(404);
    expect(error.message).toBe('The user with name ghost cannot be found.');
  });

  it('answers GetUser without a name for root: account ID and root ARN', async () => {
    const { User } = await iam.send(new GetUserCommand({}));
    expect(User).toMatchObject({
      UserId: TEST_ACCOUNT_ID,
      Arn: `arn:aws:iam::${TEST_ACCOUNT_ID}:root`,
    });
    expect(User!.UserName).toBeUndefined();
    expect(User!.Path).toBeUndefined();
  });

  it('answers GetUser without a name for an IAM user with that user', async () => {
    await iam.send(new CreateUserCommand({ UserName: 'self-asker', Path: '/self/' }));
    const { AccessKey } = await iam.send(new CreateAccessKeyCommand({ UserName: 'self-asker' }));
    await iam.send(
      new AttachUserPolicyCommand({
        UserName: 'self-asker',
        PolicyArn: 'arn:aws:iam::aws:policy/IAMReadOnlyAccess',
      }),
    );
    const asUser = harness.iam({
      accessKeyId: AccessKey!.AccessKeyId!,
      secretAccessKey: AccessKey!.SecretAccessKey!,
    });
    const { User } = await asUser.send(new GetUserCommand({}));
    expect(User).toMatchObject({ UserName: 'self-asker', Path: '/self/' });
  });
});

describe('name and path rules', () => {
  it.each([
    ['', 'Member must have length greater than or equal to 1'],
    ['x'.repeat(65), 'Member must have length less than or equal to 64'],
    ['has space', 'Member must satisfy regular expression pattern: [\\w+=,.@-]+'],
    ['slash/name', 'Member must satisfy regular expression pattern: [\\w+=,.@-]+'],
  ])('refuses user name %j with ValidationError (400)', async (UserName, constraint) => {
    const error = await rejectionOf(iam.send(new CreateUserCommand({ UserName })));
    expect(error.name).toBe('ValidationError');
    expect(error.$metadata.httpStatusCode).toBe(400);
    expect(error.message).toContain(constraint);
  });

  it('accepts every character the pattern allows, up to 64', async () => {
    const UserName = 'a_B+c=d,e.f@g-h'.padEnd(64, '9');
    const { User } = await iam.send(new CreateUserCommand({ UserName }));
    expect(User!.UserName).toBe(UserName);
  });

  it.each(['team/a/', '/team/a', 'team', '//x', '/a b/'])(
    'refuses path %j with ValidationError (400)',
    async (Path) => {
      const error = await rejectionOf(
        iam.send(new CreateUserCommand({ UserName: 'path-test', Path })),
      );
      expect(error.name).toBe('ValidationError');
      expect(error.$metadata.httpStatusCode).toBe(400);
    },
  );

  it('refuses a path over 512 characters', async () => {
    const Path = '/' + 'p'.repeat(511) + '/';
    const error = await rejectionOf(
      iam.send(new CreateUserCommand({ UserName: 'long-path', Path })),
    );
    expect(error.name).toBe('ValidationError');
  });
});

describe('ListUsers with PathPrefix', () => {
  beforeAll(async () => {
    await iam.send(new CreateUserCommand({ UserName: 'team-a-user', Path: '/team/a/' }));
    await iam.send(new CreateUserCommand({ UserName: 'team-b-user', Path: '/team/b/' }));
    await iam.send(new CreateUserCommand({ UserName: 'teamster', Path: '/teamster/' }));
  });

  it('returns only users under the prefix, with their path in the ARN', async () => {
    const { Users } = await iam.send(new ListUsersCommand({ PathPrefix: '/team/a/' }));
    expect(Users).toHaveLength(1);
    expect(Users![0]).toMatchObject({
      UserName: 'team-a-user',
      Arn: `arn:aws:iam::${TEST_ACCOUNT_ID}:user/team/a/team-a-user`,
    });
  });

  it('matches a prefix that covers several paths, and only those', async () => {
    expect(await userNames('/team/')).toEqual(['team-a-user', 'team-b-user']);
    expect(await userNames('/team')).toEqual(['team-a-user', 'team-b-user', 'teamster']);
  });

  it('returns every user without a prefix, sorted by name regardless of case', async () => {
    const names = (await userNames())!.map((name) => name!);
    expect(names).toContain('team-a-user');
    expect(names).toContain('demo-user');
    expect(names).toEqual(
      [...names].sort((a, b) => a.toLowerCase().localeCompare(b.toLowerCase())),
    );
  });

  it('refuses a prefix that does not start with /', async () => {
    const error = await rejectionOf(iam.send(new ListUsersCommand({ PathPrefix: 'team/' })));
    expect(error.name).toBe('ValidationError');
  });
});

describe('UpdateUser', () => {
  it('renames and moves a user, keeping its ID', async () => {
    const { User } = await iam.send(new CreateUserCommand({ UserName: 'before' }));
    await iam.send(
      new UpdateUserCommand({ UserName: 'before', NewUserName: 'After', NewPath: '/moved/' }),
    );
    const moved = await iam.send(new GetUserCommand({ UserName: 'after' }));
    expect(moved.User).toMatchObject({
      UserName: 'After',
      Path: '/moved/',
      UserId: User!.UserId,
      Arn: `arn:aws:iam::${TEST_ACCOUNT_ID}:user/moved/After`,
    });
    await expect(iam.send(new GetUserCommand({ UserName: 'before' }))).rejects.toBeInstanceOf(
      NoSuchEntityException,
    );
  });

  it('refuses a new name that is a case variant of another user', async () => {
    const error = await rejectionOf(
      iam.send(new UpdateUserCommand({ UserName: 'After', NewUserName: 'Demo-User' })),
    );
    expect(error).toBeInstanceOf(EntityAlreadyExistsException);
    expect(error.$metadata.httpStatusCode).toBe(409);
  });

  it('lets a user change the casing of its own name', async () => {
    await iam.send(new UpdateUserCommand({ UserName: 'After', NewUserName: 'AFTER' }));
    expect((await iam.send(new GetUserCommand({ UserName: 'after' }))).User!.UserName).toBe(
      'AFTER',
    );
  });

  it('refuses an invalid new path', async () => {
    const error = await rejectionOf(
      iam.send(new UpdateUserCommand({ UserName: 'AFTER', NewPath: 'nowhere' })),
    );
    expect(error.name).toBe('ValidationError');
  });

  it('answers NoSuchEntity for a user that does not exist', async () => {
    const error = await rejectionOf(
      iam.send(new UpdateUserCommand({ UserName: 'ghost', NewPath: '/x/' })),
    );
    expect(error).toBeInstanceOf(NoSuchEntityException);
  });
});

describe('DeleteUser', () => {
  it('refuses while anything hangs off the user, naming each blocker, then deletes', async () => {
    await iam.send(new CreateUserCommand({ UserName: 'leaver', Tags: [{ Key: 'k', Value: 'v' }] }));
    await iam.send(new CreateLoginProfileCommand({ UserName: 'leaver', Password: 'Str0ng!Pass' }));
    const { AccessKey } = await iam.send(new CreateAccessKeyCommand({ UserName: 'leaver' }));
    await iam.send(new CreateGroupCommand({ GroupName: 'leavers' }));
    await iam.send(new AddUserToGroupCommand({ GroupName: 'leavers', UserName: 'leaver' }));

    const expectConflict = async (message: string) => {
      const error = await rejectionOf(iam.send(new DeleteUserCommand({ UserName: 'leaver' })));
      expect(error).toBeInstanceOf(DeleteConflictException);
      expect(error.$metadata.httpStatusCode).toBe(409);
      expect(error.message).toBe(message);
    };

    await expectConflict('Cannot delete entity, must delete login profile first.');
    await iam.send(new DeleteLoginProfileCommand({ UserName: 'leaver' }));
    await expectConflict('Cannot delete entity, must delete access keys first.');
    await iam.send(
      new DeleteAccessKeyCommand({ UserName: 'leaver', AccessKeyId: AccessKey!.AccessKeyId }),
    );
    await expectConflict('Cannot delete entity, must remove user from all groups first.');
    await iam.send(new RemoveUserFromGroupCommand({ GroupName: 'leavers', UserName: 'leaver' }));

    // Tags do not block.
    await iam.send(new DeleteUserCommand({ UserName: 'leaver' }));
    const error = await rejectionOf(iam.send(new GetUserCommand({ UserName: 'leaver' })));
    expect(error).toBeInstanceOf(NoSuchEntityException);
    expect(error.$metadata.httpStatusCode).toBe(404);
  });

  it('drops the tags with the user: a new user of that name starts untagged', async () => {
    await iam.send(new CreateUserCommand({ UserName: 'leaver' }));
    const { Tags } = await iam.send(new ListUserTagsCommand({ UserName: 'leaver' }));
    expect(Tags).toEqual([]);
  });

  it('answers NoSuchEntity for a user that does not exist', async () => {
    await expect(iam.send(new DeleteUserCommand({ UserName: 'ghost' }))).rejects.toBeInstanceOf(
      NoSuchEntityException,
    );
  });
});

describe('user tags', () => {
  beforeAll(async () => {
    await iam.send(new CreateUserCommand({ UserName: 'tag-target' }));
  });
  const tagsOf = async () =>
    (await iam.send(new ListUserTagsCommand({ UserName: 'tag-target' }))).Tags;

  it('treats keys case-insensitively: Team=1 then team=2 leaves team=2', async () => {
    await iam.send(
      new TagUserCommand({ UserName: 'tag-target', Tags: [{ Key: 'Team', Value: '1' }] }),
    );
    await iam.send(
      new TagUserCommand({ UserName: 'tag-target', Tags: [{ Key: 'team', Value: '2' }] }),
    );
    expect(await tagsOf()).toEqual([{ Key: 'team', Value: '2' }]);
  });

  it('refuses two keys differing only by case in one call with InvalidInput (400)', async () => {
    const error = await rejectionOf(
      iam.send(
        new TagUserCommand({
          UserName: 'tag-target',
          Tags: [
            { Key: 'Env', Value: 'a' },
            { Key: 'ENV', Value: 'b' },
          ],
        }),
      ),
    );
    expect(error).toBeInstanceOf(InvalidInputException);
    expect(error.$metadata.httpStatusCode).toBe(400);
    expect(error.message).toBe(
      'Duplicate tag keys found. Please note that Tag keys are case insensitive.',
    );
    expect(await tagsOf()).toEqual([{ Key: 'team', Value: '2' }]);
  });

  it('allows 50 tags and refuses the 51st with LimitExceeded (409)', async () => {
    const Tags = Array.from({ length: 49 }, (_, i) => ({ Key: `k${i}`, Value: `v${i}` }));
    await iam.send(new TagUserCommand({ UserName: 'tag-target', Tags }));
    expect(await tagsOf()).toHaveLength(50);

    // Replacing an existing key does not count against the quota.
    await iam.send(
      new TagUserCommand({ UserName: 'tag-target', Tags: [{ Key: 'K0', Value: 'x' }] }),
    );
    const error = await rejectionOf(
      iam.send(
        new TagUserCommand({ UserName: 'tag-target', Tags: [{ Key: 'one-more', Value: '' }] }),
      ),
    );
    expect(error).toBeInstanceOf(LimitExceededException);
    expect(error.$metadata.httpStatusCode).toBe(409);
    expect(await tagsOf()).toHaveLength(50);
  });

  it('removes tags by key regardless of case, and ignores keys it does not hold', async () => {
    await iam.send(
      new UntagUserCommand({ UserName: 'tag-target', TagKeys: ['TEAM', 'K1', 'absent'] }),
    );
    const keys = (await tagsOf())!.map((tag) => tag.Key);
    expect(keys).toHaveLength(48);
    expect(keys).not.toContain('team');
    expect(keys).not.toContain('k1');
  });

  it.each([
    [{ Key: 'aws:reserved', Value: 'x' }, InvalidInputException],
    [{ Key: 'bad#key', Value: 'x' }, InvalidInputException],
    [{ Key: 'k'.repeat(129), Value: 'x' }, undefined],
    [{ Key: 'value-too-long', Value: 'v'.repeat(257) }, undefined],
  ])('refuses tag %j', async (tag, type) => {
    const error = await rejectionOf(
      iam.send(new TagUserCommand({ UserName: 'tag-target', Tags: [tag] })),
    );
    if (type) expect(error).toBeInstanceOf(type);
    else expect(error.name).toBe('ValidationError');
    expect(error.$metadata.httpStatusCode).toBe(400);
  });

  it('accepts letters of any script, spaces and the allowed symbols', async () => {
    const tag = { Key: 'Équipe été_.:/=+-@', Value: 'naïve 値' };
    await iam.send(new TagUserCommand({ UserName: 'tag-target', Tags: [tag] }));
    expect(await tagsOf()).toContainEqual(tag);
  });

  it('answers NoSuchEntity for tags of a user that does not exist', async () => {
    await expect(iam.send(new ListUserTagsCommand({ UserName: 'ghost' }))).rejects.toBeInstanceOf(
      NoSuchEntityException,
    );
  });
});
