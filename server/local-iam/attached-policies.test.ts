import {
  AddUserToGroupCommand,
  AttachGroupPolicyCommand,
  AttachRolePolicyCommand,
  AttachUserPolicyCommand,
  CreateGroupCommand,
  CreatePolicyCommand,
  CreateRoleCommand,
  CreateUserCommand,
  DeleteConflictException,
  DeleteGroupCommand,
  DeleteGroupPolicyCommand,
  DeleteRoleCommand,
  DeleteRolePolicyCommand,
  DeleteUserCommand,
  DeleteUserPolicyCommand,
  DetachGroupPolicyCommand,
  DetachRolePolicyCommand,
  DetachUserPolicyCommand,
  GetRolePolicyCommand,
  GetUserPolicyCommand,
  IAMClient,
  LimitExceededException,
  ListAttachedGroupPoliciesCommand,
  ListAttachedRolePoliciesCommand,
  ListAttachedUserPoliciesCommand,
  ListEntitiesForPolicyCommand,
  ListGroupPoliciesCommand,
  ListUserPoliciesCommand,
  MalformedPolicyDocumentException,
  NoSuchEntityException,
  PutGroupPolicyCommand,
  PutRolePolicyCommand,
  PutUserPolicyCommand,
  RemoveUserFromGroupCommand,
} from '@aws-sdk/client-iam';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rejectionOf, startHarness, TEST_ACCOUNT_ID, type Harness } from './test/harness.ts';
import { post, xmlAt } from './test/raw.ts';

let harness: Harness;
let iam: IAMClient;
beforeAll(async () => {
  harness = await startHarness();
  iam = harness.iam();
});
afterAll(() => harness.close());

const AWS = (name: string) => `arn:aws:iam::aws:policy/${name}`;
const trust = JSON.stringify({
  Version: '2012-10-17',
  Statement: [
    { Effect: 'Allow', Principal: { Service: 'ec2.amazonaws.com' }, Action: 'sts:AssumeRole' },
  ],
});
const allow = (action: string) =>
  JSON.stringify({
    Version: '2012-10-17',
    Statement: [{ Effect: 'Allow', Action: action, Resource: '*' }],
  });

describe('attached managed policies', () => {
  it('attaches to users, groups and roles, lists them by name, detaches', async () => {
    await iam.send(new CreateUserCommand({ UserName: 'att-user' }));
    await iam.send(new CreateGroupCommand({ GroupName: 'att-group', Path: '/teams/' }));
    await iam.send(
      new CreateRoleCommand({ RoleName: 'att-role', AssumeRolePolicyDocument: trust }),
    );
    const PolicyArn = AWS('ReadOnlyAccess');
    await iam.send(new AttachUserPolicyCommand({ UserName: 'att-user', PolicyArn }));
    await iam.send(new AttachUserPolicyCommand({ UserName: 'att-user', PolicyArn }));
    await iam.send(
      new AttachUserPolicyCommand({ UserName: 'att-user', PolicyArn: AWS('IAMReadOnlyAccess') }),
    );
    await iam.send(new AttachGroupPolicyCommand({ GroupName: 'att-group', PolicyArn }));
    await iam.send(new AttachRolePolicyCommand({ RoleName: 'att-role', PolicyArn }));

    const user = await iam.send(new ListAttachedUserPoliciesCommand({ UserName: 'att-user' }));
    expect(user.AttachedPolicies).toEqual([
      { PolicyName: 'IAMReadOnlyAccess', PolicyArn: AWS('IAMReadOnlyAccess') },
      { PolicyName: 'ReadOnlyAccess', PolicyArn },
    ]);
    const group = await iam.send(new ListAttachedGroupPoliciesCommand({ GroupName: 'att-group' }));
    expect(group.AttachedPolicies).toHaveLength(1);
    const role = await iam.send(new ListAttachedRolePoliciesCommand({ RoleName: 'att-role' }));
    expect(role.AttachedPolicies).toHaveLength(1);

    const entities = await iam.send(new ListEntitiesForPolicyCommand({ PolicyArn }));
    expect(entities.PolicyUsers!.map((u) => u.UserName)).toEqual(['att-user']);
    expect(entities.PolicyGroups!.map((g) => g.GroupName)).toEqual(['att-group']);
    expect(entities.PolicyRoles!.map((r) => r.RoleName)).toEqual(['att-role']);
    const onlyRoles = await iam.send(
      new ListEntitiesForPolicyCommand({ PolicyArn, EntityFilter: 'Role' }),
    );
    expect(onlyRoles.PolicyUsers).toEqual([]);
    expect(onlyRoles.PolicyRoles).toHaveLength(1);
    const byPath = await iam.send(
      new ListEntitiesForPolicyCommand({ PolicyArn, PathPrefix: '/teams/' }),
    );
    expect(byPath.PolicyGroups).toHaveLength(1);
    expect(byPath.PolicyUsers).toEqual([]);

    await iam.send(new DetachUserPolicyCommand({ UserName: 'att-user', PolicyArn }));
    await iam.send(new DetachGroupPolicyCommand({ GroupName: 'att-group', PolicyArn }));
    await iam.send(new DetachRolePolicyCommand({ RoleName: 'att-role', PolicyArn }));
    const again = await rejectionOf(
      iam.send(new DetachUserPolicyCommand({ UserName: 'att-user', PolicyArn })),
    );
    expect(again).toBeInstanceOf(NoSuchEntityException);
  });

  it('refuses a policy that does not exist and an owner that does not exist', async () => {
    const PolicyArn = `arn:aws:iam::${TEST_ACCOUNT_ID}:policy/Missing`;
    const error = await rejectionOf(
      iam.send(new AttachUserPolicyCommand({ UserName: 'att-user', PolicyArn })),
    );
    expect(error).toBeInstanceOf(NoSuchEntityException);
    expect(error.message).toBe(`Policy ${PolicyArn} does not exist or is not attachable.`);
    const noUser = await rejectionOf(
      iam.send(
        new AttachUserPolicyCommand({ UserName: 'ghost', PolicyArn: AWS('ReadOnlyAccess') }),
      ),
    );
    expect(noUser.message).toBe('The user with name ghost cannot be found.');
  });

  it('refuses an eleventh managed policy with LimitExceeded', async () => {
    await iam.send(new CreateUserCommand({ UserName: 'quota-user' }));
    for (let i = 0; i < 11; i++) {
      const { Policy } = await iam.send(
        new CreatePolicyCommand({ PolicyName: `Quota${i}`, PolicyDocument: allow('s3:GetObject') }),
      );
      const attach = iam.send(
        new AttachUserPolicyCommand({ UserName: 'quota-user', PolicyArn: Policy!.Arn }),
      );
      if (i < 10) {
        await attach;
        continue;
      }
      const error = await rejectionOf(attach);
      expect(error).toBeInstanceOf(LimitExceededException);
      expect(error.message).toBe('Cannot exceed quota for PoliciesPerUser: 10');
    }
  });
});

describe('inline policies', () => {
  it('puts, replaces, gets (URL-encoded), lists and deletes', async () => {
    await iam.send(new CreateUserCommand({ UserName: 'inline-user' }));
    await iam.send(
      new PutUserPolicyCommand({
        UserName: 'inline-user',
        PolicyName: 'Reports',
        PolicyDocument: allow('s3:GetObject'),
      }),
    );
    await iam.send(
      new PutUserPolicyCommand({
        UserName: 'inline-user',
        PolicyName: 'Reports',
        PolicyDocument: allow('s3:PutObject'),
      }),
    );
    const got = await iam.send(
      new GetUserPolicyCommand({ UserName: 'inline-user', PolicyName: 'Reports' }),
    );
    expect(got.UserName).toBe('inline-user');
    expect(JSON.parse(decodeURIComponent(got.PolicyDocument!)).Statement[0].Action).toBe(
      's3:PutObject',
    );
    const raw = await post(harness.endpoint, {
      Action: 'GetUserPolicy',
      Version: '2010-05-08',
      UserName: 'inline-user',
      PolicyName: 'Reports',
    });
    expect(xmlAt(raw.text, 'GetUserPolicyResponse.GetUserPolicyResult.PolicyDocument')).toMatch(
      /^%7B%22Version%22/,
    );

    const listed = await iam.send(new ListUserPoliciesCommand({ UserName: 'inline-user' }));
    expect(listed.PolicyNames).toEqual(['Reports']);
    await iam.send(new DeleteUserPolicyCommand({ UserName: 'inline-user', PolicyName: 'Reports' }));
    const gone = await rejectionOf(
      iam.send(new GetUserPolicyCommand({ UserName: 'inline-user', PolicyName: 'Reports' })),
    );
    expect(gone).toBeInstanceOf(NoSuchEntityException);
    expect(gone.message).toBe('The user policy with name Reports cannot be found.');
  });

  it('validates documents and the per-owner size quota', async () => {
    await iam.send(new CreateGroupCommand({ GroupName: 'inline-group' }));
    const malformed = await rejectionOf(
      iam.send(
        new PutGroupPolicyCommand({
          GroupName: 'inline-group',
          PolicyName: 'Bad',
          PolicyDocument: '{"Statement":[{"Effect":"Allow","Action":"s3:*"}]}',
        }),
      ),
    );
    expect(malformed).toBeInstanceOf(MalformedPolicyDocumentException);

    await iam.send(new CreateUserCommand({ UserName: 'inline-big' }));
    const big = (n: number) => allow(`s3:${'G'.repeat(n)}`);
    await iam.send(
      new PutUserPolicyCommand({
        UserName: 'inline-big',
        PolicyName: 'One',
        PolicyDocument: big(1500),
      }),
    );
    const over = await rejectionOf(
      iam.send(
        new PutUserPolicyCommand({
          UserName: 'inline-big',
          PolicyName: 'Two',
          PolicyDocument: big(600),
        }),
      ),
    );
    expect(over).toBeInstanceOf(LimitExceededException);
    expect(over.message).toBe('Maximum policy size of 2048 bytes exceeded for user inline-big');
  });

  it('works for groups and roles too', async () => {
    await iam.send(
      new PutGroupPolicyCommand({
        GroupName: 'inline-group',
        PolicyName: 'GroupPolicy',
        PolicyDocument: allow('ec2:Describe*'),
      }),
    );
    const groupPolicies = await iam.send(
      new ListGroupPoliciesCommand({ GroupName: 'inline-group' }),
    );
    expect(groupPolicies.PolicyNames).toEqual(['GroupPolicy']);
    await iam.send(
      new DeleteGroupPolicyCommand({ GroupName: 'inline-group', PolicyName: 'GroupPolicy' }),
    );

    await iam.send(
      new CreateRoleCommand({ RoleName: 'inline-role', AssumeRolePolicyDocument: trust }),
    );
    await iam.send(
      new PutRolePolicyCommand({
        RoleName: 'inline-role',
        PolicyName: 'RolePolicy',
        PolicyDocument: allow('s3:*'),
      }),
    );
    const rolePolicy = await iam.send(
      new GetRolePolicyCommand({ RoleName: 'inline-role', PolicyName: 'RolePolicy' }),
    );
    expect(rolePolicy.RoleName).toBe('inline-role');
    await iam.send(
      new DeleteRolePolicyCommand({ RoleName: 'inline-role', PolicyName: 'RolePolicy' }),
    );
  });
});

describe('delete blockers', () => {
  it('DeleteUser: inline policies first, then attached ones, then groups', async () => {
    await iam.send(new CreateUserCommand({ UserName: 'blocked-user' }));
    await iam.send(new CreateGroupCommand({ GroupName: 'blocking-group' }));
    await iam.send(
      new AddUserToGroupCommand({ GroupName: 'blocking-group', UserName: 'blocked-user' }),
    );
    await iam.send(
      new AttachUserPolicyCommand({ UserName: 'blocked-user', PolicyArn: AWS('ReadOnlyAccess') }),
    );
    await iam.send(
      new PutUserPolicyCommand({
        UserName: 'blocked-user',
        PolicyName: 'P',
        PolicyDocument: allow('s3:*'),
      }),
    );
    const deleteUser = () =>
      rejectionOf(iam.send(new DeleteUserCommand({ UserName: 'blocked-user' })));

    let error = await deleteUser();
    expect(error).toBeInstanceOf(DeleteConflictException);
    expect(error.message).toBe('Cannot delete entity, must delete policies first.');
    await iam.send(new DeleteUserPolicyCommand({ UserName: 'blocked-user', PolicyName: 'P' }));
    error = await deleteUser();
    expect(error.message).toBe('Cannot delete entity, must detach all policies first.');
    await iam.send(
      new DetachUserPolicyCommand({ UserName: 'blocked-user', PolicyArn: AWS('ReadOnlyAccess') }),
    );
    error = await deleteUser();
    expect(error.message).toBe('Cannot delete entity, must remove user from all groups first.');
    await iam.send(
      new RemoveUserFromGroupCommand({ GroupName: 'blocking-group', UserName: 'blocked-user' }),
    );
    await iam.send(new DeleteUserCommand({ UserName: 'blocked-user' }));
  });

  it('DeleteGroup and DeleteRole refuse while policies are attached or inline', async () => {
    await iam.send(
      new AttachGroupPolicyCommand({
        GroupName: 'blocking-group',
        PolicyArn: AWS('ReadOnlyAccess'),
      }),
    );
    const group = await rejectionOf(
      iam.send(new DeleteGroupCommand({ GroupName: 'blocking-group' })),
    );
    expect(group.message).toBe('Cannot delete entity, must detach all policies first.');
    await iam.send(
      new DetachGroupPolicyCommand({
        GroupName: 'blocking-group',
        PolicyArn: AWS('ReadOnlyAccess'),
      }),
    );
    await iam.send(new DeleteGroupCommand({ GroupName: 'blocking-group' }));

    await iam.send(
      new CreateRoleCommand({ RoleName: 'blocked-role', AssumeRolePolicyDocument: trust }),
    );
    await iam.send(
      new PutRolePolicyCommand({
        RoleName: 'blocked-role',
        PolicyName: 'P',
        PolicyDocument: allow('s3:*'),
      }),
    );
    const role = await rejectionOf(iam.send(new DeleteRoleCommand({ RoleName: 'blocked-role' })));
    expect(role).toBeInstanceOf(DeleteConflictException);
    expect(role.message).toBe('Cannot delete entity, must delete policies first.');
    await iam.send(new DeleteRolePolicyCommand({ RoleName: 'blocked-role', PolicyName: 'P' }));
    await iam.send(new DeleteRoleCommand({ RoleName: 'blocked-role' }));
  });
});
