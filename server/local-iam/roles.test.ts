import {
  CreateRoleCommand,
  DeleteRoleCommand,
  EntityAlreadyExistsException,
  GetRoleCommand,
  IAMClient,
  InvalidInputException,
  LimitExceededException,
  ListRolesCommand,
  ListRoleTagsCommand,
  MalformedPolicyDocumentException,
  NoSuchEntityException,
  TagRoleCommand,
  UntagRoleCommand,
  UpdateAssumeRolePolicyCommand,
  UpdateRoleCommand,
  UpdateRoleDescriptionCommand,
} from '@aws-sdk/client-iam';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rejectionOf, startHarness, TEST_ACCOUNT_ID, type Harness } from './test/harness.ts';
import { post } from './test/raw.ts';

const TRUST = JSON.stringify({
  Version: '2012-10-17',
  Statement: [
    { Effect: 'Allow', Principal: { Service: 'ec2.amazonaws.com' }, Action: 'sts:AssumeRole' },
  ],
});

let harness: Harness;
let iam: IAMClient;
beforeAll(async () => {
  harness = await startHarness();
  iam = harness.iam();
});
afterAll(() => harness.close());

const tagsOf = async (RoleName: string) =>
  (await iam.send(new ListRoleTagsCommand({ RoleName }))).Tags;

const createRole = (RoleName: string, extra: Partial<Record<string, unknown>> = {}) =>
  iam.send(new CreateRoleCommand({ RoleName, AssumeRolePolicyDocument: TRUST, ...extra }));

describe('CreateRole and GetRole', () => {
  it('creates a role: AROA ID, path in the ARN, one-hour session by default', async () => {
    const { Role } = await createRole('app-server', {
      Path: '/service/',
      Description: 'Runs the app',
    });
    expect(Role).toMatchObject({
      RoleName: 'app-server',
      Path: '/service/',
      Arn: `arn:aws:iam::${TEST_ACCOUNT_ID}:role/service/app-server`,
      Description: 'Runs the app',
      MaxSessionDuration: 3600,
    });
    expect(Role!.RoleId).toMatch(/^AROA[A-Z2-7]{17}$/);
  });

  it('returns the trust policy URL-encoded, as IAM does', async () => {
    const { Role } = await iam.send(new GetRoleCommand({ RoleName: 'app-server' }));
    expect(Role!.AssumeRolePolicyDocument).toMatch(/^%7B%22Version%22%3A%222012-10-17%22/);
    expect(JSON.parse(decodeURIComponent(Role!.AssumeRolePolicyDocument!))).toEqual(
      JSON.parse(TRUST),
    );
    expect(Role!.RoleLastUsed).toEqual({});
  });

  it('holds the encoded document in the XML itself', async () => {
    const response = await post(harness.endpoint, {
      Action: 'GetRole',
      RoleName: 'app-server',
      Version: '2010-05-08',
    });
    expect(response.text).toContain(
      '<AssumeRolePolicyDocument>%7B%22Version%22%3A%222012-10-17%22',
    );
  });

  it('refuses a case variant of an existing role name', async () => {
    const error = await rejectionOf(createRole('APP-SERVER'));
    expect(error).toBeInstanceOf(EntityAlreadyExistsException);
    expect(error.$metadata.httpStatusCode).toBe(409);
    expect(error.message).toBe('Role with name app-server already exists.');
  });

  it.each([
    ['not json', MalformedPolicyDocumentException],
    ['[]', MalformedPolicyDocumentException],
    [JSON.stringify({ Version: '2012-10-17' }), MalformedPolicyDocumentException],
    [JSON.stringify({ Version: '2019-01-01', Statement: [] }), MalformedPolicyDocumentException],
    [
      JSON.stringify({ Statement: [{ Effect: 'Allow', Action: 'sts:AssumeRole' }] }),
      MalformedPolicyDocumentException,
    ],
    [
      JSON.stringify({
        Statement: [{ Effect: 'Maybe', Principal: '*', Action: 'sts:AssumeRole' }],
      }),
      MalformedPolicyDocumentException,
    ],
    [
      JSON.stringify({
        Statement: [{ Effect: 'Allow', Principal: '*', Action: 'sts:AssumeRole', Resource: '*' }],
      }),
      MalformedPolicyDocumentException,
    ],
  ])('refuses trust policy %s as malformed (400)', async (AssumeRolePolicyDocument, type) => {
    const error = await rejectionOf(
      iam.send(new CreateRoleCommand({ RoleName: 'bad-trust', AssumeRolePolicyDocument })),
    );
    expect(error).toBeInstanceOf(type);
    expect(error.$metadata.httpStatusCode).toBe(400);
  });

  it.each([
    [{ AWS: 'not-an-arn' }, '"AWS":"not-an-arn"'],
    [{ AWS: 'arn:aws:iam::123:root' }, '"AWS":"arn:aws:iam::123:root"'],
    [{ Service: '<script>' }, '"Service":"<script>"'],
    [{ Federated: 'evil.example' }, '"Federated":"evil.example"'],
    [{ Bogus: 'x' }, '"Bogus":"x"'],
  ])('refuses trust principal %j: Invalid principal in policy', async (Principal, named) => {
    const AssumeRolePolicyDocument = JSON.stringify({
      Version: '2012-10-17',
      Statement: [{ Effect: 'Allow', Principal, Action: 'sts:AssumeRole' }],
    });
    const error = await rejectionOf(
      iam.send(new CreateRoleCommand({ RoleName: 'bad-principal', AssumeRolePolicyDocument })),
    );
    expect(error).toBeInstanceOf(MalformedPolicyDocumentException);
    expect(error.message).toBe(`Invalid principal in policy: ${named}`);
    await expect(iam.send(new GetRoleCommand({ RoleName: 'bad-principal' }))).rejects.toThrow();
  });

  it('refuses a trust policy over 2,048 characters with LimitExceeded', async () => {
    const statement = {
      Effect: 'Allow',
      Principal: { AWS: [] as string[] },
      Action: 'sts:AssumeRole',
    };
    for (let i = 0; i < 60; i++)
      statement.Principal.AWS.push(`arn:aws:iam::${100000000000 + i}:root`);
    const document = JSON.stringify({ Version: '2012-10-17', Statement: [statement] });
    const error = await rejectionOf(
      iam.send(
        new CreateRoleCommand({ RoleName: 'big-trust', AssumeRolePolicyDocument: document }),
      ),
    );
    expect(error).toBeInstanceOf(LimitExceededException);
  });

  it.each([3599, 43201])('refuses MaxSessionDuration %i with ValidationError', async (value) => {
    const error = await rejectionOf(createRole('session-test', { MaxSessionDuration: value }));
    expect(error.name).toBe('ValidationError');
    expect(error.$metadata.httpStatusCode).toBe(400);
  });

  it('accepts MaxSessionDuration at both bounds', async () => {
    await createRole('short-sessions', { MaxSessionDuration: 3600 });
    const { Role } = await createRole('long-sessions', { MaxSessionDuration: 43200 });
    expect(Role!.MaxSessionDuration).toBe(43200);
  });

  it('refuses role names over 64 characters and paths without slashes', async () => {
    expect((await rejectionOf(createRole('r'.repeat(65)))).name).toBe('ValidationError');
    expect((await rejectionOf(createRole('pathless', { Path: 'svc' }))).name).toBe(
      'ValidationError',
    );
  });

  it('answers NoSuchEntity (404) for a role that does not exist', async () => {
    const error = await rejectionOf(iam.send(new GetRoleCommand({ RoleName: 'ghost' })));
    expect(error).toBeInstanceOf(NoSuchEntityException);
    expect(error.$metadata.httpStatusCode).toBe(404);
    expect(error.message).toBe('The role with name ghost cannot be found.');
  });
});

describe('ListRoles', () => {
  it('filters by PathPrefix and returns encoded trust policies', async () => {
    await createRole('lambda-exec', { Path: '/service/lambda/' });
    const under = await iam.send(new ListRolesCommand({ PathPrefix: '/service/' }));
    expect(under.Roles!.map((role) => role.RoleName)).toEqual(['app-server', 'lambda-exec']);
    expect(under.Roles![0]!.AssumeRolePolicyDocument).toMatch(/^%7B/);
    expect(under.IsTruncated).toBe(false);

    const all = await iam.send(new ListRolesCommand({}));
    expect(all.Roles!.map((role) => role.RoleName)).toEqual([
      'app-server',
      'lambda-exec',
      'long-sessions',
      'short-sessions',
    ]);
  });
});

describe('updates', () => {
  it('UpdateRole changes the fields given and keeps the others', async () => {
    await iam.send(new UpdateRoleCommand({ RoleName: 'app-server', MaxSessionDuration: 7200 }));
    const { Role } = await iam.send(new GetRoleCommand({ RoleName: 'app-server' }));
    expect(Role).toMatchObject({ MaxSessionDuration: 7200, Description: 'Runs the app' });

    await iam.send(new UpdateRoleCommand({ RoleName: 'app-server', Description: 'New text' }));
    const after = await iam.send(new GetRoleCommand({ RoleName: 'app-server' }));
    expect(after.Role).toMatchObject({ MaxSessionDuration: 7200, Description: 'New text' });
  });

  it('UpdateRole refuses an out-of-range MaxSessionDuration', async () => {
    const error = await rejectionOf(
      iam.send(new UpdateRoleCommand({ RoleName: 'app-server', MaxSessionDuration: 60 })),
    );
    expect(error.name).toBe('ValidationError');
  });

  it('UpdateRoleDescription returns the updated role', async () => {
    const { Role } = await iam.send(
      new UpdateRoleDescriptionCommand({ RoleName: 'app-server', Description: 'Described' }),
    );
    expect(Role).toMatchObject({ RoleName: 'app-server', Description: 'Described' });
  });

  it('UpdateAssumeRolePolicy replaces the trust policy after validating it', async () => {
    const document = JSON.stringify({
      Version: '2012-10-17',
      Statement: {
        Effect: 'Allow',
        Principal: { AWS: `arn:aws:iam::${TEST_ACCOUNT_ID}:root` },
        Action: 'sts:AssumeRole',
      },
    });
    await iam.send(
      new UpdateAssumeRolePolicyCommand({ RoleName: 'app-server', PolicyDocument: document }),
    );
    const { Role } = await iam.send(new GetRoleCommand({ RoleName: 'app-server' }));
    expect(decodeURIComponent(Role!.AssumeRolePolicyDocument!)).toBe(document);

    await expect(
      iam.send(new UpdateAssumeRolePolicyCommand({ RoleName: 'app-server', PolicyDocument: '{' })),
    ).rejects.toBeInstanceOf(MalformedPolicyDocumentException);
  });
});

describe('role tags', () => {
  it('stores tags given at creation and shows them in GetRole', async () => {
    await createRole('tagged-role', { Tags: [{ Key: 'Env', Value: 'prod' }] });
    const { Role } = await iam.send(new GetRoleCommand({ RoleName: 'tagged-role' }));
    expect(Role!.Tags).toEqual([{ Key: 'Env', Value: 'prod' }]);
  });

  it('treats keys case-insensitively, refuses case duplicates in one call', async () => {
    await iam.send(
      new TagRoleCommand({ RoleName: 'tagged-role', Tags: [{ Key: 'env', Value: 'dev' }] }),
    );
    expect(await tagsOf('tagged-role')).toEqual([{ Key: 'env', Value: 'dev' }]);

    const error = await rejectionOf(
      iam.send(
        new TagRoleCommand({
          RoleName: 'tagged-role',
          Tags: [
            { Key: 'Owner', Value: 'a' },
            { Key: 'owner', Value: 'b' },
          ],
        }),
      ),
    );
    expect(error).toBeInstanceOf(InvalidInputException);
  });

  it('refuses more than 50 tags in one create', async () => {
    const Tags = Array.from({ length: 51 }, (_, i) => ({ Key: `k${i}`, Value: '' }));
    const error = await rejectionOf(createRole('too-many-tags', { Tags }));
    expect(error).toBeInstanceOf(LimitExceededException);
    await expect(
      iam.send(new GetRoleCommand({ RoleName: 'too-many-tags' })),
    ).rejects.toBeInstanceOf(NoSuchEntityException);
  });

  it('untags by key', async () => {
    await iam.send(new UntagRoleCommand({ RoleName: 'tagged-role', TagKeys: ['ENV'] }));
    expect(await tagsOf('tagged-role')).toEqual([]);
  });

  it('refuses more than 50 keys in one untag, as a ValidationError', async () => {
    const TagKeys = Array.from({ length: 51 }, (_, i) => `k${i}`);
    const error = await rejectionOf(
      iam.send(new UntagRoleCommand({ RoleName: 'tagged-role', TagKeys })),
    );
    expect(error.name).toBe('ValidationError');
    expect(error.message).toMatch(/at 'tagKeys' .* less than or equal to 50$/);
  });
});

describe('DeleteRole', () => {
  it('deletes a role and its tags', async () => {
    await iam.send(
      new TagRoleCommand({ RoleName: 'tagged-role', Tags: [{ Key: 'a', Value: 'b' }] }),
    );
    await iam.send(new DeleteRoleCommand({ RoleName: 'tagged-role' }));
    await expect(iam.send(new GetRoleCommand({ RoleName: 'tagged-role' }))).rejects.toBeInstanceOf(
      NoSuchEntityException,
    );
    await createRole('tagged-role');
    expect(await tagsOf('tagged-role')).toEqual([]);
  });

  it('answers NoSuchEntity for a role that does not exist', async () => {
    await expect(iam.send(new DeleteRoleCommand({ RoleName: 'ghost' }))).rejects.toBeInstanceOf(
      NoSuchEntityException,
    );
  });
});
