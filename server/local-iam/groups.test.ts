import {
  AddUserToGroupCommand,
  CreateGroupCommand,
  CreateUserCommand,
  DeleteConflictException,
  DeleteGroupCommand,
  EntityAlreadyExistsException,
  GetGroupCommand,
  IAMClient,
  LimitExceededException,
  ListGroupsCommand,
  ListGroupsForUserCommand,
  NoSuchEntityException,
  RemoveUserFromGroupCommand,
  UpdateGroupCommand,
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

const groupNames = async (PathPrefix?: string) =>
  (await iam.send(new ListGroupsCommand({ PathPrefix }))).Groups!.map((group) => group.GroupName);

describe('CreateGroup, GetGroup and ListGroups', () => {
  it('creates a group with an AGPA ID and its path in the ARN', async () => {
    const { Group } = await iam.send(
      new CreateGroupCommand({ GroupName: 'Developers', Path: '/engineering/' }),
    );
    expect(Group).toMatchObject({
      GroupName: 'Developers',
      Path: '/engineering/',
      Arn: `arn:aws:iam::${TEST_ACCOUNT_ID}:group/engineering/Developers`,
    });
    expect(Group!.GroupId).toMatch(/^AGPA[A-Z2-7]{17}$/);
  });

  it('refuses a case variant of an existing group name', async () => {
    const error = await rejectionOf(iam.send(new CreateGroupCommand({ GroupName: 'DEVELOPERS' })));
    expect(error).toBeInstanceOf(EntityAlreadyExistsException);
    expect(error.$metadata.httpStatusCode).toBe(409);
    expect(error.message).toBe('Group with name Developers already exists.');
  });

  it('allows group names of 128 characters, not 129', async () => {
    await iam.send(new CreateGroupCommand({ GroupName: 'g'.repeat(128) }));
    const error = await rejectionOf(
      iam.send(new CreateGroupCommand({ GroupName: 'g'.repeat(129) })),
    );
    expect(error.name).toBe('ValidationError');
  });

  it('refuses a path that does not start and end with /', async () => {
    const error = await rejectionOf(
      iam.send(new CreateGroupCommand({ GroupName: 'bad-path', Path: 'ops' })),
    );
    expect(error.name).toBe('ValidationError');
    expect(error.$metadata.httpStatusCode).toBe(400);
  });

  it('filters ListGroups by PathPrefix', async () => {
    await iam.send(new CreateGroupCommand({ GroupName: 'Backend', Path: '/engineering/backend/' }));
    await iam.send(new CreateGroupCommand({ GroupName: 'Admins' }));
    expect(await groupNames('/engineering/backend/')).toEqual(['Backend']);
    expect(await groupNames('/engineering/')).toEqual(['Backend', 'Developers']);
    expect(await groupNames()).toEqual(['Admins', 'Backend', 'Developers', 'g'.repeat(128)]);
  });

  it('answers GetGroup with the group and its members', async () => {
    await iam.send(new CreateUserCommand({ UserName: 'dev-1', Path: '/engineering/' }));
    await iam.send(new AddUserToGroupCommand({ GroupName: 'developers', UserName: 'DEV-1' }));
    const { Group, Users, IsTruncated } = await iam.send(
      new GetGroupCommand({ GroupName: 'Developers' }),
    );
    expect(Group!.GroupName).toBe('Developers');
    expect(IsTruncated).toBe(false);
    expect(Users).toHaveLength(1);
    expect(Users![0]).toMatchObject({
      UserName: 'dev-1',
      Arn: `arn:aws:iam::${TEST_ACCOUNT_ID}:user/engineering/dev-1`,
    });
  });

  it('answers NoSuchEntity (404) for a group that does not exist', async () => {
    const error = await rejectionOf(iam.send(new GetGroupCommand({ GroupName: 'Nobody' })));
    expect(error).toBeInstanceOf(NoSuchEntityException);
    expect(error.message).toBe('The group with name Nobody cannot be found.');
  });
});

describe('memberships', () => {
  it('adding a member twice is harmless', async () => {
    await iam.send(new AddUserToGroupCommand({ GroupName: 'Developers', UserName: 'dev-1' }));
    const { Users } = await iam.send(new GetGroupCommand({ GroupName: 'Developers' }));
    expect(Users).toHaveLength(1);
  });

  it('lists a user’s groups with ListGroupsForUser', async () => {
    await iam.send(new AddUserToGroupCommand({ GroupName: 'Admins', UserName: 'dev-1' }));
    const { Groups, IsTruncated } = await iam.send(
      new ListGroupsForUserCommand({ UserName: 'dev-1' }),
    );
    expect(Groups!.map((group) => group.GroupName)).toEqual(['Admins', 'Developers']);
    expect(IsTruncated).toBe(false);
  });

  it('refuses an eleventh group with LimitExceeded (409)', async () => {
    await iam.send(new CreateUserCommand({ UserName: 'joiner' }));
    for (let i = 1; i <= 10; i++) {
      await iam.send(new CreateGroupCommand({ GroupName: `club-${i}` }));
      await iam.send(new AddUserToGroupCommand({ GroupName: `club-${i}`, UserName: 'joiner' }));
    }
    await iam.send(new CreateGroupCommand({ GroupName: 'club-11' }));
    const error = await rejectionOf(
      iam.send(new AddUserToGroupCommand({ GroupName: 'club-11', UserName: 'joiner' })),
    );
    expect(error).toBeInstanceOf(LimitExceededException);
    expect(error.$metadata.httpStatusCode).toBe(409);
    expect(error.message).toBe('Cannot exceed quota for GroupsPerUser: 10');
  });

  it('pages ListGroupsForUser', async () => {
    const first = await iam.send(new ListGroupsForUserCommand({ UserName: 'joiner', MaxItems: 4 }));
    expect(first.Groups).toHaveLength(4);
    expect(first.IsTruncated).toBe(true);
    const rest = await iam.send(
      new ListGroupsForUserCommand({ UserName: 'joiner', Marker: first.Marker }),
    );
    expect(rest.Groups).toHaveLength(6);
    expect(rest.IsTruncated).toBe(false);
  });

  it('removes a member, and refuses to remove one that is not there', async () => {
    await iam.send(new RemoveUserFromGroupCommand({ GroupName: 'Admins', UserName: 'dev-1' }));
    const error = await rejectionOf(
      iam.send(new RemoveUserFromGroupCommand({ GroupName: 'Admins', UserName: 'dev-1' })),
    );
    expect(error).toBeInstanceOf(NoSuchEntityException);
  });

  it('answers NoSuchEntity when the user or the group does not exist', async () => {
    await expect(
      iam.send(new AddUserToGroupCommand({ GroupName: 'Admins', UserName: 'ghost' })),
    ).rejects.toBeInstanceOf(NoSuchEntityException);
    await expect(
      iam.send(new AddUserToGroupCommand({ GroupName: 'Ghosts', UserName: 'dev-1' })),
    ).rejects.toBeInstanceOf(NoSuchEntityException);
  });
});

describe('UpdateGroup and DeleteGroup', () => {
  it('renames and moves a group; its members follow', async () => {
    await iam.send(
      new UpdateGroupCommand({
        GroupName: 'Developers',
        NewGroupName: 'Engineers',
        NewPath: '/eng/',
      }),
    );
    const { Group, Users } = await iam.send(new GetGroupCommand({ GroupName: 'engineers' }));
    expect(Group).toMatchObject({
      GroupName: 'Engineers',
      Path: '/eng/',
      Arn: `arn:aws:iam::${TEST_ACCOUNT_ID}:group/eng/Engineers`,
    });
    expect(Users!.map((user) => user.UserName)).toEqual(['dev-1']);
  });

  it('refuses a new name that is a case variant of another group', async () => {
    await expect(
      iam.send(new UpdateGroupCommand({ GroupName: 'Engineers', NewGroupName: 'ADMINS' })),
    ).rejects.toBeInstanceOf(EntityAlreadyExistsException);
  });

  it('refuses to delete a group with members (409), then deletes it once empty', async () => {
    const error = await rejectionOf(iam.send(new DeleteGroupCommand({ GroupName: 'Engineers' })));
    expect(error).toBeInstanceOf(DeleteConflictException);
    expect(error.$metadata.httpStatusCode).toBe(409);
    expect(error.message).toBe('Cannot delete entity, must remove users from group first.');

    await iam.send(new RemoveUserFromGroupCommand({ GroupName: 'Engineers', UserName: 'dev-1' }));
    await iam.send(new DeleteGroupCommand({ GroupName: 'Engineers' }));
    await expect(iam.send(new GetGroupCommand({ GroupName: 'Engineers' }))).rejects.toBeInstanceOf(
      NoSuchEntityException,
    );
  });
});
