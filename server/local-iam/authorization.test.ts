import {
  AddUserToGroupCommand,
  AttachGroupPolicyCommand,
  AttachUserPolicyCommand,
  CreateAccessKeyCommand,
  CreateGroupCommand,
  CreateRoleCommand,
  CreateUserCommand,
  GetUserCommand,
  IAMClient,
  ListAccessKeysCommand,
  ListRolesCommand,
  ListUsersCommand,
  PutGroupPolicyCommand,
  PutRolePolicyCommand,
  PutUserPolicyCommand,
} from '@aws-sdk/client-iam';
import { AssumeRoleCommand, GetCallerIdentityCommand } from '@aws-sdk/client-sts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  rejectionOf,
  startHarness,
  TEST_ACCOUNT_ID,
  type Credentials,
  type Harness,
} from './test/harness.ts';
import { errorOf, post } from './test/raw.ts';

let harness: Harness;
let root: IAMClient;
beforeAll(async () => {
  harness = await startHarness();
  root = harness.iam();
});
afterAll(() => harness.close());

const ARN = `arn:aws:iam::${TEST_ACCOUNT_ID}`;
const AWS = (name: string) => `arn:aws:iam::aws:policy/${name}`;

/** A user with an access key, at `path`; returns an IAM client signing as that user. */
async function newUser(UserName: string, Path = '/') {
  await root.send(new CreateUserCommand({ UserName, Path }));
  const { AccessKey } = await root.send(new CreateAccessKeyCommand({ UserName }));
  const credentials: Credentials = {
    accessKeyId: AccessKey!.AccessKeyId!,
    secretAccessKey: AccessKey!.SecretAccessKey!,
  };
  return { iam: harness.iam(credentials), sts: harness.sts(credentials), credentials };
}

function policy(...statements: object[]): string {
  return JSON.stringify({ Version: '2012-10-17', Statement: statements });
}

async function putUserPolicy(UserName: string, ...statements: object[]) {
  await root.send(
    new PutUserPolicyCommand({
      UserName,
      PolicyName: 'test',
      PolicyDocument: policy(...statements),
    }),
  );
}

const denied = (user: string, action: string, resource: string) =>
  `User: ${ARN}:user/${user} is not authorized to perform: ${action} on resource: ${resource} ` +
  `because no identity-based policy allows the ${action} action`;

describe("the seed's spirit: new identities have no permissions", () => {
  it('refuses a new user everything until a group grants IAMReadOnlyAccess', async () => {
    const { iam, sts } = await newUser('newcomer');

    const refused = await rejectionOf(iam.send(new ListUsersCommand({})));
    expect(refused.name).toBe('AccessDenied');
    expect(refused.$metadata.httpStatusCode).toBe(403);
    expect(refused.message).toBe(denied('newcomer', 'iam:ListUsers', `${ARN}:user/`));
    const self = await rejectionOf(iam.send(new GetUserCommand({})));
    expect(self.message).toBe(denied('newcomer', 'iam:GetUser', `${ARN}:user/newcomer`));
    // GetCallerIdentity needs no permission.
    expect((await sts.send(new GetCallerIdentityCommand({}))).Arn).toBe(`${ARN}:user/newcomer`);

    await root.send(new CreateGroupCommand({ GroupName: 'Readers' }));
    await root.send(
      new AttachGroupPolicyCommand({ GroupName: 'Readers', PolicyArn: AWS('IAMReadOnlyAccess') }),
    );
    await root.send(new AddUserToGroupCommand({ GroupName: 'Readers', UserName: 'newcomer' }));

    const { Users } = await iam.send(new ListUsersCommand({}));
    expect(Users!.map((user) => user.UserName)).toContain('newcomer');
    const create = await rejectionOf(
      iam.send(new CreateUserCommand({ UserName: 'intruder', Path: '/x/' })),
    );
    expect(create.message).toBe(denied('newcomer', 'iam:CreateUser', `${ARN}:user/x/intruder`));
  });

  it('names the list path in the resource of ListUsers and ListRoles', async () => {
    const { credentials } = await newUser('path-lister');
    const response = await post(
      harness.endpoint,
      { Action: 'ListRoles', Version: '2010-05-08', PathPrefix: '/ops/' },
      { credentials },
    );
    expect(response.status).toBe(403);
    expect(errorOf(response)).toMatchObject({
      Code: 'AccessDenied',
      Message: denied('path-lister', 'iam:ListRoles', `${ARN}:role/ops/`),
    });
    const policies = await post(
      harness.endpoint,
      { Action: 'ListPolicies', Version: '2010-05-08' },
      { credentials },
    );
    expect(errorOf(policies).Message).toBe(
      denied('path-lister', 'iam:ListPolicies', 'policy path /'),
    );
  });
});

describe('evaluation', () => {
  let conditionUser: IAMClient | undefined;

  it('lets an explicit Deny win over an Allow from a group', async () => {
    const { iam } = await newUser('denied-reader');
    await root.send(new AddUserToGroupCommand({ GroupName: 'Readers', UserName: 'denied-reader' }));
    await putUserPolicy('denied-reader', {
      Effect: 'Deny',
      Action: 'iam:ListUsers',
      Resource: '*',
    });
    const error = await rejectionOf(iam.send(new ListUsersCommand({})));
    expect(error.message).toBe(
      `User: ${ARN}:user/denied-reader is not authorized to perform: iam:ListUsers on ` +
        `resource: ${ARN}:user/ with an explicit deny in an identity-based policy`,
    );
    await expect(iam.send(new ListRolesCommand({}))).resolves.toBeDefined();
  });

  it('inherits inline group policies as well as attached ones', async () => {
    const { iam } = await newUser('group-inline');
    await root.send(new CreateGroupCommand({ GroupName: 'RoleListers' }));
    await root.send(
      new PutGroupPolicyCommand({
        GroupName: 'RoleListers',
        PolicyName: 'list-roles',
        PolicyDocument: policy({ Effect: 'Allow', Action: 'iam:ListRoles', Resource: '*' }),
      }),
    );
    await expect(iam.send(new ListRolesCommand({}))).rejects.toThrow(/not authorized/);
    await root.send(
      new AddUserToGroupCommand({ GroupName: 'RoleListers', UserName: 'group-inline' }),
    );
    await expect(iam.send(new ListRolesCommand({}))).resolves.toBeDefined();
  });

  it('honours NotAction', async () => {
    const { iam } = await newUser('not-action');
    await putUserPolicy('not-action', {
      Effect: 'Allow',
      NotAction: ['iam:CreateUser', 'iam:Delete*'],
      Resource: '*',
    });
    await expect(iam.send(new ListUsersCommand({}))).resolves.toBeDefined();
    const error = await rejectionOf(iam.send(new CreateUserCommand({ UserName: 'nope' })));
    expect(error.name).toBe('AccessDenied');
  });

  it('matches resources by path and by ${aws:username}', async () => {
    const { iam } = await newUser('self-keys', '/staff/');
    await newUser('other-staff', '/staff/');
    await newUser('outsider');
    await putUserPolicy(
      'self-keys',
      { Effect: 'Allow', Action: 'iam:ListAccessKeys', Resource: `${ARN}:user/*/\${aws:username}` },
      { Effect: 'Allow', Action: 'iam:GetUser', Resource: `${ARN}:user/staff/*` },
    );
    await expect(iam.send(new ListAccessKeysCommand({}))).resolves.toBeDefined();
    const other = await rejectionOf(
      iam.send(new ListAccessKeysCommand({ UserName: 'other-staff' })),
    );
    expect(other.message).toBe(
      denied('staff/self-keys', 'iam:ListAccessKeys', `${ARN}:user/staff/other-staff`),
    );
    await expect(iam.send(new GetUserCommand({ UserName: 'other-staff' }))).resolves.toBeDefined();
    const outside = await rejectionOf(iam.send(new GetUserCommand({ UserName: 'outsider' })));
    expect(outside.message).toBe(denied('staff/self-keys', 'iam:GetUser', `${ARN}:user/outsider`));
  });

  it.each([
    ['StringEquals aws:username', { StringEquals: { 'aws:username': 'cond-user' } }, true],
    ['StringNotEquals aws:username', { StringNotEquals: { 'aws:username': 'cond-user' } }, false],
    ['ArnLike aws:PrincipalArn', { ArnLike: { 'aws:PrincipalArn': `${ARN}:user/*` } }, true],
    [
      'DateLessThan aws:CurrentTime',
      { DateLessThan: { 'aws:CurrentTime': '2000-01-01T00:00:00Z' } },
      false,
    ],
    [
      'DateGreaterThan aws:CurrentTime',
      { DateGreaterThan: { 'aws:CurrentTime': '2000-01-01T00:00:00Z' } },
      true,
    ],
    // Long-term keys carry no MFA key at all: only the IfExists form matches them.
    ['Bool aws:MultiFactorAuthPresent', { Bool: { 'aws:MultiFactorAuthPresent': 'true' } }, false],
    ['BoolIfExists MFA false', { BoolIfExists: { 'aws:MultiFactorAuthPresent': 'false' } }, true],
    ['NumericLessThan MFA age', { NumericLessThan: { 'aws:MultiFactorAuthAge': '3600' } }, false],
  ])('condition %s on a long-term key: allowed %s', async (_name, Condition, allowed) => {
    conditionUser ??= (await newUser('cond-user')).iam;
    await putUserPolicy('cond-user', {
      Effect: 'Allow',
      Action: 'iam:ListUsers',
      Resource: '*',
      Condition,
    });
    const outcome = await conditionUser.send(new ListUsersCommand({})).then(
      () => true,
      () => false,
    );
    expect(outcome).toBe(allowed);
  });

  it('checks iam:PolicyARN on attachments', async () => {
    const { iam } = await newUser('attacher');
    await newUser('attachee');
    await putUserPolicy('attacher', {
      Effect: 'Allow',
      Action: 'iam:AttachUserPolicy',
      Resource: '*',
      Condition: { ArnEquals: { 'iam:PolicyARN': AWS('ReadOnlyAccess') } },
    });
    await iam.send(
      new AttachUserPolicyCommand({ UserName: 'attachee', PolicyArn: AWS('ReadOnlyAccess') }),
    );
    const error = await rejectionOf(
      iam.send(
        new AttachUserPolicyCommand({
          UserName: 'attachee',
          PolicyArn: AWS('AdministratorAccess'),
        }),
      ),
    );
    expect(error.name).toBe('AccessDenied');
  });
});

describe('role sessions', () => {
  it("acts with the role's policies and is named by its STS ARN when refused", async () => {
    const { sts } = await newUser('assumer');
    await root.send(
      new CreateRoleCommand({
        RoleName: 'role-lister',
        Path: '/ops/',
        AssumeRolePolicyDocument: JSON.stringify({
          Version: '2012-10-17',
          Statement: [
            {
              Effect: 'Allow',
              Principal: { AWS: `${ARN}:user/assumer` },
              Action: 'sts:AssumeRole',
            },
          ],
        }),
      }),
    );
    await root.send(
      new PutRolePolicyCommand({
        RoleName: 'role-lister',
        PolicyName: 'list-roles',
        PolicyDocument: policy({ Effect: 'Allow', Action: 'iam:ListRoles', Resource: '*' }),
      }),
    );
    const { Credentials } = await sts.send(
      new AssumeRoleCommand({ RoleArn: `${ARN}:role/ops/role-lister`, RoleSessionName: 'work' }),
    );
    const asRole = new IAMClient({
      endpoint: harness.endpoint,
      region: 'us-east-1',
      maxAttempts: 1,
      credentials: {
        accessKeyId: Credentials!.AccessKeyId!,
        secretAccessKey: Credentials!.SecretAccessKey!,
        sessionToken: Credentials!.SessionToken!,
      },
    });
    const { Roles } = await asRole.send(new ListRolesCommand({}));
    expect(Roles!.map((role) => role.RoleName)).toContain('role-lister');
    const error = await rejectionOf(asRole.send(new ListUsersCommand({})));
    expect(error.message).toBe(
      `User: arn:aws:sts::${TEST_ACCOUNT_ID}:assumed-role/role-lister/work is not authorized ` +
        `to perform: iam:ListUsers on resource: ${ARN}:user/ because no identity-based policy ` +
        'allows the iam:ListUsers action',
    );
  });
});

describe('the root user', () => {
  it('is never refused, even with no policy at all', async () => {
    await expect(root.send(new ListUsersCommand({}))).resolves.toBeDefined();
  });
});
