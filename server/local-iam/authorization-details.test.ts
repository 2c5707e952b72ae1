import {
  AddUserToGroupCommand,
  AttachGroupPolicyCommand,
  AttachUserPolicyCommand,
  CreateGroupCommand,
  CreatePolicyCommand,
  CreateRoleCommand,
  CreateUserCommand,
  GetAccountAuthorizationDetailsCommand,
  GetAccountSummaryCommand,
  IAMClient,
  PutRolePolicyCommand,
  PutUserPolicyCommand,
} from '@aws-sdk/client-iam';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, TEST_ACCOUNT_ID, type Harness } from './test/harness.ts';

let harness: Harness;
let iam: IAMClient;
const allow = JSON.stringify({
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Action: 's3:GetObject', Resource: '*' }],
});
const trust = JSON.stringify({
  Version: '2012-10-17',
  Statement: [
    { Effect: 'Allow', Principal: { Service: 'ec2.amazonaws.com' }, Action: 'sts:AssumeRole' },
  ],
});
let customerArn: string;

beforeAll(async () => {
  harness = await startHarness();
  iam = harness.iam();
  await iam.send(new CreateUserCommand({ UserName: 'detail-user', Path: '/d/' }));
  await iam.send(new CreateGroupCommand({ GroupName: 'detail-group' }));
  await iam.send(new AddUserToGroupCommand({ GroupName: 'detail-group', UserName: 'detail-user' }));
  await iam.send(
    new PutUserPolicyCommand({ UserName: 'detail-user', PolicyName: 'own', PolicyDocument: allow }),
  );
  const { Policy } = await iam.send(
    new CreatePolicyCommand({ PolicyName: 'DetailPolicy', PolicyDocument: allow }),
  );
  customerArn = Policy!.Arn!;
  await iam.send(new AttachUserPolicyCommand({ UserName: 'detail-user', PolicyArn: customerArn }));
  await iam.send(
    new AttachGroupPolicyCommand({
      GroupName: 'detail-group',
      PolicyArn: 'arn:aws:iam::aws:policy/ReadOnlyAccess',
    }),
  );
  await iam.send(
    new CreateRoleCommand({ RoleName: 'detail-role', AssumeRolePolicyDocument: trust }),
  );
  await iam.send(
    new PutRolePolicyCommand({ RoleName: 'detail-role', PolicyName: 'rp', PolicyDocument: allow }),
  );
});
afterAll(() => harness.close());

describe('GetAccountAuthorizationDetails', () => {
  it('describes users, groups, roles and the policies in use', async () => {
    const out = await iam.send(new GetAccountAuthorizationDetailsCommand({}));
    expect(out.UserDetailList).toHaveLength(1);
    const [user] = out.UserDetailList!;
    expect(user).toMatchObject({
      UserName: 'detail-user',
      Arn: `arn:aws:iam::${TEST_ACCOUNT_ID}:user/d/detail-user`,
      GroupList: ['detail-group'],
      AttachedManagedPolicies: [{ PolicyName: 'DetailPolicy', PolicyArn: customerArn }],
    });
    expect(user!.UserPolicyList![0]!.PolicyName).toBe('own');
    expect(decodeURIComponent(user!.UserPolicyList![0]!.PolicyDocument!)).toBe(allow);

    expect(out.GroupDetailList![0]!.AttachedManagedPolicies![0]!.PolicyName).toBe('ReadOnlyAccess');
    const [role] = out.RoleDetailList!;
    expect(role).toMatchObject({ RoleName: 'detail-role', InstanceProfileList: [] });
    expect(decodeURIComponent(role!.AssumeRolePolicyDocument!)).toBe(trust);
    expect(role!.RolePolicyList![0]!.PolicyName).toBe('rp');

    const names = out.Policies!.map((policy) => policy.PolicyName);
    expect(names).toEqual(['DetailPolicy', 'ReadOnlyAccess']);
    const local = out.Policies![0]!;
    expect(local.PolicyVersionList).toHaveLength(1);
    expect(decodeURIComponent(local.PolicyVersionList![0]!.Document!)).toBe(allow);
  });

  it('filters by entity kind and pages with MaxItems and Marker', async () => {
    const roles = await iam.send(new GetAccountAuthorizationDetailsCommand({ Filter: ['Role'] }));
    expect(roles.UserDetailList).toEqual([]);
    expect(roles.RoleDetailList).toHaveLength(1);
    expect(roles.Policies).toEqual([]);

    const seen: string[] = [];
    let Marker: string | undefined;
    for (let page = 0; page < 10; page++) {
      const out = await iam.send(
        new GetAccountAuthorizationDetailsCommand({ MaxItems: 2, Marker }),
      );
      seen.push(
        ...out.UserDetailList!.map((u) => u.UserName!),
        ...out.GroupDetailList!.map((g) => g.GroupName!),
        ...out.RoleDetailList!.map((r) => r.RoleName!),
        ...out.Policies!.map((p) => p.PolicyName!),
      );
      if (!out.IsTruncated) break;
      Marker = out.Marker;
    }
    expect(seen).toEqual([
      'detail-user',
      'detail-group',
      'detail-role',
      'DetailPolicy',
      'ReadOnlyAccess',
    ]);
  });
});

describe('GetAccountSummary', () => {
  it('counts customer managed policies and versions, with the policy quotas', async () => {
    const { SummaryMap } = await iam.send(new GetAccountSummaryCommand({}));
    expect(SummaryMap).toMatchObject({
      Users: 1,
      Groups: 1,
      Roles: 1,
      Policies: 1,
      PolicyVersionsInUse: 1,
      VersionsPerPolicyQuota: 5,
      AttachedPoliciesPerUserQuota: 10,
      PolicySizeQuota: 6144,
      UserPolicySizeQuota: 2048,
    });
  });
});
