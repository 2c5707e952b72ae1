import { describe, expect, it } from 'vitest';
import type { IamRequest } from './iam-request.ts';
import { pulumiGo, pulumiPython, pulumiTypescript } from './pulumi-languages.ts';

const createAlice: IamRequest[] = [
  {
    Action: 'CreateUser',
    input: { UserName: 'alice', Path: '/team/a/', Tags: [{ Key: 'Team', Value: 'QA' }] },
  },
  { Action: 'AddUserToGroup', input: { GroupName: 'Admins', UserName: 'alice' } },
  { Action: 'AddUserToGroup', input: { GroupName: 'Developers', UserName: 'alice' } },
  {
    Action: 'AttachUserPolicy',
    input: { UserName: 'alice', PolicyArn: 'arn:aws:iam::aws:policy/ReadOnlyAccess' },
  },
  {
    Action: 'CreateLoginProfile',
    input: { UserName: 'alice', Password: 'Gen3rated!pass', PasswordResetRequired: true },
    PasswordLength: 15,
  },
  { Action: 'CreateAccessKey', input: { UserName: 'alice' } },
];

describe('pulumiTypescript', () => {
  it('declares the user, its groups, policy, login profile and key, referring to the user', () => {
    expect(pulumiTypescript(createAlice)).toBe(
      [
        'import * as aws from "@pulumi/aws";',
        '',
        'const user = new aws.iam.User("alice", {',
        '    name: "alice",',
        '    path: "/team/a/",',
        '    tags: { "Team": "QA" },',
        '});',
        '',
        'const groupMembership = new aws.iam.UserGroupMembership("alice-groups", {',
        '    user: user.name,',
        '    groups: ["Admins", "Developers"],',
        '});',
        '',
        'const policyAttachment = new aws.iam.UserPolicyAttachment("alice-ReadOnlyAccess", {',
        '    user: user.name,',
        '    policyArn: "arn:aws:iam::aws:policy/ReadOnlyAccess",',
        '});',
        '',
        'const loginProfile = new aws.iam.UserLoginProfile("alice-login-profile", {',
        '    user: user.name,',
        '    passwordLength: 15,',
        '    passwordResetRequired: true,',
        '});',
        '',
        'const accessKey = new aws.iam.AccessKey("alice-access-key", {',
        '    user: user.name,',
        '});',
        '',
        'export const userArn = user.arn;',
        'export const userName = user.name;',
        'export const accessKeyId = accessKey.id;',
        '',
      ].join('\n'),
    );
  });

  it('never holds the password, and says a chosen password cannot be declared', () => {
    const custom: IamRequest[] = [
      { Action: 'CreateLoginProfile', input: { UserName: 'bob', Password: 'Typed!Pass1' } },
    ];
    const code = pulumiTypescript(custom);
    expect(code).not.toContain('Typed!Pass1');
    expect(code).toContain('// UserLoginProfile always generates the password');
    expect(code).toContain('user: "bob",');
  });

  it('names deletions in a comment instead of declaring them', () => {
    const code = pulumiTypescript([{ Action: 'DeleteUser', input: { UserName: 'bob' } }]);
    expect(code).toContain('//   aws iam delete-user');
  });
});

describe('pulumiPython', () => {
  it('uses keyword arguments in snake_case and Python literals', () => {
    const code = pulumiPython(createAlice);
    expect(code).toContain(
      ['user = iam.User(', '    "alice",', '    name="alice",', '    path="/team/a/",'].join('\n'),
    );
    expect(code).toContain('    tags={"Team": "QA"},');
    expect(code).toContain('    password_reset_required=True,');
    expect(code).toContain('    policy_arn="arn:aws:iam::aws:policy/ReadOnlyAccess",');
    expect(code).toContain('login_profile = iam.UserLoginProfile(');
    expect(code).toContain('pulumi.export("accessKeyId", access_key.id)');
    expect(code).not.toContain('Gen3rated!pass');
  });
});

describe('pulumiGo', () => {
  it('declares only the variables it uses, with err declared once', () => {
    const code = pulumiGo(createAlice);
    expect(code).toContain('\t\tuser, err := iam.NewUser(ctx, "alice", &iam.UserArgs{');
    expect(code).toContain('\t\t\tName: pulumi.String("alice"),');
    expect(code).toContain('\t\t\tTags: pulumi.StringMap{"Team": pulumi.String("QA")},');
    expect(code).toContain('\t\t_, err = iam.NewUserGroupMembership(ctx, "alice-groups", ');
    expect(code).toContain(
      '\t\t\tGroups: pulumi.StringArray{pulumi.String("Admins"), pulumi.String("Developers")},',
    );
    expect(code).toContain('\t\t\tPasswordResetRequired: pulumi.Bool(true),');
    expect(code).toContain('\t\t\tPasswordLength:        pulumi.Int(15),');
    expect(code).toContain('\t\taccessKey, err := iam.NewAccessKey(');
    expect(code).toContain('\t\tctx.Export("accessKeyId", accessKey.ID())');
    expect(code).not.toContain('Gen3rated!pass');
  });

  it('uses := for an unused first resource and imports no iam without resources', () => {
    const first = pulumiGo([
      { Action: 'AddUserToGroup', input: { GroupName: 'g', UserName: 'u' } },
    ]);
    expect(first).toContain('\t\t_, err := iam.NewUserGroupMembership(');
    const none = pulumiGo([{ Action: 'DeleteUser', input: { UserName: 'u' } }]);
    expect(none).not.toContain('aws/iam"');
  });
});
