import { describe, expect, it } from 'vitest';
import { awsCliScript } from './aws-cli.ts';
import type { IamRequest } from './iam-request.ts';
import { pulumiGo, pulumiPython, pulumiTypescript } from './pulumi-languages.ts';

const READ_ONLY = 'arn:aws:iam::aws:policy/ReadOnlyAccess';
const TRUST = '{"Version":"2012-10-17","Statement":[]}';

const createDevelopers: IamRequest[] = [
  { Action: 'CreateGroup', input: { GroupName: 'Developers', Path: '/eng/' } },
  { Action: 'AttachGroupPolicy', input: { GroupName: 'Developers', PolicyArn: READ_ONLY } },
  { Action: 'AddUserToGroup', input: { GroupName: 'Developers', UserName: 'alice' } },
  { Action: 'AddUserToGroup', input: { GroupName: 'Developers', UserName: 'bob' } },
];

const createDeployer: IamRequest[] = [
  {
    Action: 'CreateRole',
    input: {
      RoleName: 'deployer',
      Path: '/',
      AssumeRolePolicyDocument: TRUST,
      Description: "CI's role",
      MaxSessionDuration: 7200,
      Tags: [{ Key: 'Team', Value: 'QA' }],
    },
  },
  { Action: 'AttachRolePolicy', input: { RoleName: 'deployer', PolicyArn: READ_ONLY } },
];

describe('AWS CLI for groups and roles', () => {
  it('writes create-group, attach-group-policy and one add-user-to-group a user', () => {
    expect(awsCliScript(createDevelopers)).toBe(
      [
        'aws iam create-group --group-name Developers --path /eng/',
        'aws iam attach-group-policy \\',
        '    --group-name Developers \\',
        `    --policy-arn ${READ_ONLY}`,
        'aws iam add-user-to-group --group-name Developers --user-name alice',
        'aws iam add-user-to-group --group-name Developers --user-name bob',
        '',
      ].join('\n'),
    );
  });

  it('writes create-role with the quoted trust policy and the session duration in seconds', () => {
    expect(awsCliScript(createDeployer)).toBe(
      [
        'aws iam create-role \\',
        '    --role-name deployer \\',
        '    --path / \\',
        `    --assume-role-policy-document '${TRUST}' \\`,
        `    --description 'CI'\\''s role' \\`,
        '    --max-session-duration 7200 \\',
        '    --tags Key=Team,Value=QA',
        `aws iam attach-role-policy --role-name deployer --policy-arn ${READ_ONLY}`,
        '',
      ].join('\n'),
    );
  });
});

describe('Pulumi for groups and roles', () => {
  it('declares a Group, its policy attachment and one GroupMembership for all users', () => {
    const code = pulumiTypescript(createDevelopers);
    expect(code).toContain(
      [
        'const group = new aws.iam.Group("Developers", {',
        '    name: "Developers",',
        '    path: "/eng/",',
        '});',
        '',
        'const groupPolicyAttachment = new aws.iam.GroupPolicyAttachment(' +
          '"Developers-ReadOnlyAccess", {',
        '    group: group.name,',
        `    policyArn: "${READ_ONLY}",`,
        '});',
        '',
        'const groupMembers = new aws.iam.GroupMembership("Developers-members", {',
        '    group: group.name,',
        '    users: ["alice", "bob"],',
        '});',
        '',
        'export const groupArn = group.arn;',
      ].join('\n'),
    );
    expect(code).not.toContain('UserGroupMembership');
  });

  it('keeps UserGroupMembership for a group the program does not create', () => {
    const code = pulumiTypescript([createDevelopers[2]!]);
    expect(code).toContain('new aws.iam.UserGroupMembership("alice-groups"');
    expect(code).toContain('groups: ["Developers"]');
  });

  it('declares a Role with its trust policy, duration and tags, and its attachment', () => {
    expect(pulumiPython(createDeployer)).toContain(
      [
        'role = iam.Role(',
        '    "deployer",',
        '    name="deployer",',
        `    assume_role_policy=${JSON.stringify(TRUST)},`,
        '    description="CI\'s role",',
        '    max_session_duration=7200,',
        '    tags={"Team": "QA"},',
        ')',
        '',
        'role_policy_attachment = iam.RolePolicyAttachment(',
        '    "deployer-ReadOnlyAccess",',
        '    role=role.name,',
        `    policy_arn="${READ_ONLY}",`,
        ')',
      ].join('\n'),
    );
  });

  it('writes Go args with aligned fields and refers to the role by its Name', () => {
    const code = pulumiGo(createDeployer);
    expect(code).toContain('role, err := iam.NewRole(ctx, "deployer", &iam.RoleArgs{');
    expect(code).toContain('\t\t\tMaxSessionDuration: pulumi.Int(7200),');
    expect(code).toContain('\t\t\tRole:      role.Name,');
    expect(code).toContain('ctx.Export("roleArn", role.Arn)');
  });
});
