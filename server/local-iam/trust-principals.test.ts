import {
  CreateAccessKeyCommand,
  CreateRoleCommand,
  CreateUserCommand,
  DeleteAccessKeyCommand,
  DeleteRoleCommand,
  DeleteUserCommand,
  GetAccountAuthorizationDetailsCommand,
  GetRoleCommand,
  IAMClient,
  ListRolesCommand,
  MalformedPolicyDocumentException,
  NoSuchEntityException,
  UpdateAssumeRolePolicyCommand,
  UpdateUserCommand,
} from '@aws-sdk/client-iam';
import { AssumeRoleCommand } from '@aws-sdk/client-sts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  rejectionOf,
  startHarness,
  TEST_ACCOUNT_ID,
  type Credentials,
  type Harness,
} from './test/harness.ts';

const ARN = `arn:aws:iam::${TEST_ACCOUNT_ID}`;

let harness: Harness;
let iam: IAMClient;
beforeAll(async () => {
  harness = await startHarness();
  iam = harness.iam();
});
afterAll(() => harness.close());

function trusting(principals: string | string[], extra: object = {}): string {
  return JSON.stringify({
    Version: '2012-10-17',
    Statement: [
      { Effect: 'Allow', Principal: { AWS: principals }, Action: 'sts:AssumeRole', ...extra },
    ],
  });
}

async function trustPolicyOf(RoleName: string) {
  const { Role } = await iam.send(new GetRoleCommand({ RoleName }));
  return decodeURIComponent(Role!.AssumeRolePolicyDocument!);
}

async function principalsOf(RoleName: string): Promise<unknown> {
  return JSON.parse(await trustPolicyOf(RoleName)).Statement[0].Principal.AWS;
}

async function userWithKey(UserName: string, Path?: string) {
  const { User } = await iam.send(new CreateUserCommand({ UserName, Path }));
  const { AccessKey } = await iam.send(new CreateAccessKeyCommand({ UserName }));
  const key: Credentials = {
    accessKeyId: AccessKey!.AccessKeyId!,
    secretAccessKey: AccessKey!.SecretAccessKey!,
  };
  return { user: User!, key };
}

async function deleteUserWithKey(UserName: string, key: Credentials) {
  await iam.send(new DeleteAccessKeyCommand({ UserName, AccessKeyId: key.accessKeyId }));
  await iam.send(new DeleteUserCommand({ UserName }));
}

const assume = (key: Credentials, RoleArn: string) =>
  harness.sts(key).send(new AssumeRoleCommand({ RoleArn, RoleSessionName: 'check' }));

describe('storing a trust policy that names a user or role of the account', () => {
  beforeAll(async () => {
    await iam.send(new CreateUserCommand({ UserName: 'present', Path: '/staff/' }));
  });

  it.each([
    ['a user that does not exist', [`${ARN}:user/nobody`], `${ARN}:user/nobody`],
    ['a role that does not exist', [`${ARN}:role/ops/nothing`], `${ARN}:role/ops/nothing`],
    ['a user at another path', [`${ARN}:user/present`], `${ARN}:user/present`],
    ['a user name with a wildcard', [`${ARN}:user/staff/*`], `${ARN}:user/staff/*`],
    ['the role being created', [`${ARN}:role/refused`], `${ARN}:role/refused`],
    [
      'the first missing one of a list',
      [`${ARN}:user/staff/present`, `${ARN}:user/ghost-1`, `${ARN}:user/ghost-2`],
      `${ARN}:user/ghost-1`,
    ],
  ])('CreateRole refuses %s and stores nothing', async (_case, principals, named) => {
    const error = await rejectionOf(
      iam.send(
        new CreateRoleCommand({
          RoleName: 'refused',
          AssumeRolePolicyDocument: trusting(principals),
        }),
      ),
    );

    expect(error).toBeInstanceOf(MalformedPolicyDocumentException);
    expect(error.$metadata.httpStatusCode).toBe(400);
    expect(error.message).toBe(`Invalid principal in policy: "AWS":"${named}"`);
    const lookup = await rejectionOf(iam.send(new GetRoleCommand({ RoleName: 'refused' })));
    expect(lookup).toBeInstanceOf(NoSuchEntityException);
  });

  it('UpdateAssumeRolePolicy refuses a missing user and keeps the policy it had', async () => {
    const before = trusting(`${ARN}:user/staff/present`);
    await iam.send(new CreateRoleCommand({ RoleName: 'kept', AssumeRolePolicyDocument: before }));

    const error = await rejectionOf(
      iam.send(
        new UpdateAssumeRolePolicyCommand({
          RoleName: 'kept',
          PolicyDocument: trusting(`${ARN}:user/staff/absent`),
        }),
      ),
    );

    expect(error).toBeInstanceOf(MalformedPolicyDocumentException);
    expect(error.$metadata.httpStatusCode).toBe(400);
    expect(error.message).toBe(`Invalid principal in policy: "AWS":"${ARN}:user/staff/absent"`);
    expect(await trustPolicyOf('kept')).toBe(before);
  });

  it('accepts principals the account cannot check and shows them as written', async () => {
    const principals = [
      'arn:aws:iam::111122223333:user/someone-else',
      'arn:aws:iam::111122223333:role/elsewhere/any',
      `${ARN}:root`,
      TEST_ACCOUNT_ID,
      `arn:aws:sts::${TEST_ACCOUNT_ID}:assumed-role/no-such-role/session`,
      '*',
    ];
    const document = JSON.stringify(
      {
        Version: '2012-10-17',
        Statement: [
          { Effect: 'Allow', Principal: { AWS: principals }, Action: 'sts:AssumeRole' },
          {
            Effect: 'Allow',
            Principal: { Service: 'ec2.amazonaws.com' },
            Action: 'sts:AssumeRole',
          },
        ],
      },
      null,
      2,
    );

    await iam.send(new CreateRoleCommand({ RoleName: 'open', AssumeRolePolicyDocument: document }));

    expect(await trustPolicyOf('open')).toBe(document);
  });
});

describe('a trusted user or role that is deleted, recreated or renamed', () => {
  it('shows the deleted user as its unique ID, everywhere the policy is returned', async () => {
    const { user, key } = await userWithKey('leaver');
    await iam.send(
      new CreateRoleCommand({
        RoleName: 'left-behind',
        Path: '/left/',
        AssumeRolePolicyDocument: trusting(`${ARN}:user/leaver`),
      }),
    );
    expect(await principalsOf('left-behind')).toBe(`${ARN}:user/leaver`);

    await deleteUserWithKey('leaver', key);

    expect(await principalsOf('left-behind')).toBe(user.UserId);
    const listed = await iam.send(new ListRolesCommand({ PathPrefix: '/left/' }));
    const fromList = decodeURIComponent(listed.Roles![0]!.AssumeRolePolicyDocument!);
    expect(JSON.parse(fromList).Statement[0].Principal.AWS).toBe(user.UserId);
    const details = await iam.send(new GetAccountAuthorizationDetailsCommand({ Filter: ['Role'] }));
    const role = details.RoleDetailList!.find((detail) => detail.RoleName === 'left-behind');
    expect(decodeURIComponent(role!.AssumeRolePolicyDocument!)).toBe(fromList);
  });

  it('changes only the principal in the text it shows: white space and numbers stay', async () => {
    const { user, key } = await userWithKey('precise');
    const document = [
      '{ "Version": "2012-10-17",',
      '  "Statement": { "Effect": "Allow",',
      `    "Principal": { "AWS": [ "${ARN}:root", "${ARN}:user/precise" ] },`,
      '    "Action": "sts:AssumeRole",',
      '    "Condition": { "NumericLessThan": { "aws:MultiFactorAuthAge": [ 1e3, 0.10 ] } } } }',
    ].join('\n');
    await iam.send(
      new CreateRoleCommand({ RoleName: 'precise', AssumeRolePolicyDocument: document }),
    );

    await deleteUserWithKey('precise', key);

    expect(await trustPolicyOf('precise')).toBe(
      document.replace(`"${ARN}:user/precise"`, `"${user.UserId}"`),
    );
  });

  it('checks every principal a key written twice names, as the text keeps both', async () => {
    const document = trusting('placeholder').replace(
      '{"AWS":"placeholder"}',
      `{"AWS":"${ARN}:user/twice-missing","AWS":"${ARN}:root"}`,
    );
    const error = await rejectionOf(
      iam.send(new CreateRoleCommand({ RoleName: 'twice', AssumeRolePolicyDocument: document })),
    );

    expect(error).toBeInstanceOf(MalformedPolicyDocumentException);
    expect(error.message).toBe(`Invalid principal in policy: "AWS":"${ARN}:user/twice-missing"`);
  });

  it('does not trust a new user created with the deleted one’s name', async () => {
    const RoleArn = `${ARN}:role/for-bob`;
    const first = await userWithKey('bob');
    await iam.send(
      new CreateRoleCommand({
        RoleName: 'for-bob',
        AssumeRolePolicyDocument: trusting(`${ARN}:user/bob`),
      }),
    );
    const assumed = await assume(first.key, RoleArn);
    expect(assumed.AssumedRoleUser?.Arn).toBe(
      `arn:aws:sts::${TEST_ACCOUNT_ID}:assumed-role/for-bob/check`,
    );
    await deleteUserWithKey('bob', first.key);

    const second = await userWithKey('bob');
    const error = await rejectionOf(assume(second.key, RoleArn));

    expect(error.name).toBe('AccessDenied');
    expect(error.$metadata.httpStatusCode).toBe(403);
    expect(error.message).toBe(
      `User: ${ARN}:user/bob is not authorized to perform: sts:AssumeRole on resource: ${RoleArn}`,
    );
    expect(await principalsOf('for-bob')).toBe(first.user.UserId);
  });

  it('trusts the new user once the policy is stored again with its ARN', async () => {
    const { key } = await userWithKey('carol');
    await iam.send(
      new CreateRoleCommand({
        RoleName: 'for-carol',
        AssumeRolePolicyDocument: trusting(`${ARN}:user/carol`),
      }),
    );
    await deleteUserWithKey('carol', key);
    const again = await userWithKey('carol');

    await iam.send(
      new UpdateAssumeRolePolicyCommand({
        RoleName: 'for-carol',
        PolicyDocument: trusting(`${ARN}:user/carol`),
      }),
    );

    expect(await principalsOf('for-carol')).toBe(`${ARN}:user/carol`);
    const assumed = await assume(again.key, `${ARN}:role/for-carol`);
    expect(assumed.Credentials?.AccessKeyId).toMatch(/^ASIA/);
  });

  it('shows a renamed or moved user by its new ARN and still trusts it', async () => {
    const { key } = await userWithKey('dave', '/old/');
    const written = `${ARN}:user/old/dave`;
    await iam.send(
      new CreateRoleCommand({ RoleName: 'for-dave', AssumeRolePolicyDocument: trusting(written) }),
    );
    const condition = { Condition: { ArnEquals: { 'aws:PrincipalArn': written } } };
    await iam.send(
      new CreateRoleCommand({
        RoleName: 'dave-by-condition',
        AssumeRolePolicyDocument: trusting(written, condition),
      }),
    );

    await iam.send(
      new UpdateUserCommand({ UserName: 'dave', NewUserName: 'david', NewPath: '/new/' }),
    );

    expect(await principalsOf('for-dave')).toBe(`${ARN}:user/new/david`);
    const assumed = await assume(key, `${ARN}:role/for-dave`);
    expect(assumed.AssumedRoleUser?.Arn).toMatch(/assumed-role\/for-dave\/check$/);
    // Only principals are held by ID: a condition keeps the ARN as written.
    const conditional = JSON.parse(await trustPolicyOf('dave-by-condition')).Statement[0];
    expect(conditional.Principal.AWS).toBe(`${ARN}:user/new/david`);
    expect(conditional.Condition).toEqual(condition.Condition);
  });

  it('does not trust the sessions of a new role created with the deleted one’s name', async () => {
    const { key } = await userWithKey('erin');
    const hop = { RoleName: 'hop', AssumeRolePolicyDocument: trusting(`${ARN}:user/erin`) };
    await iam.send(new CreateRoleCommand(hop));
    await iam.send(
      new CreateRoleCommand({
        RoleName: 'after-hop',
        AssumeRolePolicyDocument: trusting(`${ARN}:role/hop`),
      }),
    );
    const sessionOf = async () => {
      const { Credentials } = await assume(key, `${ARN}:role/hop`);
      return {
        accessKeyId: Credentials!.AccessKeyId!,
        secretAccessKey: Credentials!.SecretAccessKey!,
        sessionToken: Credentials!.SessionToken!,
      };
    };
    const chained = await assume(await sessionOf(), `${ARN}:role/after-hop`);
    expect(chained.AssumedRoleUser?.Arn).toMatch(/assumed-role\/after-hop\/check$/);

    await iam.send(new DeleteRoleCommand({ RoleName: 'hop' }));
    await iam.send(new CreateRoleCommand(hop));
    const error = await rejectionOf(assume(await sessionOf(), `${ARN}:role/after-hop`));

    expect(error.name).toBe('AccessDenied');
    expect(error.message).toBe(
      `User: arn:aws:sts::${TEST_ACCOUNT_ID}:assumed-role/hop/check is not authorized to ` +
        `perform: sts:AssumeRole on resource: ${ARN}:role/after-hop`,
    );
  });

  it('shows a deleted role as its unique ID', async () => {
    const trusted = trusting('arn:aws:iam::111122223333:root');
    const { Role } = await iam.send(
      new CreateRoleCommand({
        RoleName: 'short-lived',
        Path: '/ops/',
        AssumeRolePolicyDocument: trusted,
      }),
    );
    await iam.send(
      new CreateRoleCommand({
        RoleName: 'chain-target',
        AssumeRolePolicyDocument: trusting([`${ARN}:role/ops/short-lived`, `${ARN}:root`]),
      }),
    );

    await iam.send(new DeleteRoleCommand({ RoleName: 'short-lived' }));

    expect(await principalsOf('chain-target')).toEqual([Role!.RoleId, `${ARN}:root`]);
  });
});
