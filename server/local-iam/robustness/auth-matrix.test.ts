/**
 * Every way a SigV4 request can be wrong, table-driven: each case signs a CreateUser (so an
 * accepted forgery would leave a user behind), breaks one thing, and expects AWS's status and
 * code, and no user. Two baselines show the same requests are accepted when nothing is broken.
 */
import {
  AttachUserPolicyCommand,
  CreateAccessKeyCommand,
  CreateRoleCommand,
  CreateUserCommand,
  DeleteAccessKeyCommand,
  DeleteRoleCommand,
  DeleteRolePolicyCommand,
  GetUserCommand,
  PutRolePolicyCommand,
  UpdateAccessKeyCommand,
  type IAMClient,
} from '@aws-sdk/client-iam';
import { AssumeRoleCommand, GetSessionTokenCommand, STSClient } from '@aws-sdk/client-sts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, TEST_ACCOUNT_ID, TEST_ROOT_KEY, type Harness } from '../test/harness.ts';
import { errorOf } from '../test/raw.ts';
import {
  formBody,
  sendRaw,
  signRaw,
  type RawRequest,
  type RawSignOptions,
  type SigningCredentials,
} from './support/sign.ts';

let clockOffsetMs = 0;
const accountNow = () => new Date(Date.now() + clockOffsetMs);
let harness: Harness;
let iam: IAMClient;
const keys: Record<string, SigningCredentials> = {};

const ALLOW_ALL = JSON.stringify({
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Action: ['iam:CreateUser', 'sts:AssumeRole'], Resource: '*' }],
});
const TRUST_ACCOUNT = JSON.stringify({
  Version: '2012-10-17',
  Statement: [
    {
      Effect: 'Allow',
      Principal: { AWS: `arn:aws:iam::${TEST_ACCOUNT_ID}:root` },
      Action: 'sts:AssumeRole',
    },
  ],
});

async function newKey(userName: string): Promise<SigningCredentials> {
  const { AccessKey } = await iam.send(new CreateAccessKeyCommand({ UserName: userName }));
  return { accessKeyId: AccessKey!.AccessKeyId!, secretAccessKey: AccessKey!.SecretAccessKey! };
}

function sessionOf(credentials: {
  AccessKeyId?: string;
  SecretAccessKey?: string;
  SessionToken?: string;
}): SigningCredentials {
  return {
    accessKeyId: credentials.AccessKeyId!,
    secretAccessKey: credentials.SecretAccessKey!,
    sessionToken: credentials.SessionToken!,
  };
}

async function assumeRole(roleName: string): Promise<SigningCredentials> {
  const sts = new STSClient({
    endpoint: harness.endpoint,
    region: 'us-east-1',
    credentials: keys.user!,
    maxAttempts: 1,
  });
  const { Credentials } = await sts.send(
    new AssumeRoleCommand({
      RoleArn: `arn:aws:iam::${TEST_ACCOUNT_ID}:role/${roleName}`,
      RoleSessionName: 'matrix',
    }),
  );
  return sessionOf(Credentials!);
}

beforeAll(async () => {
  harness = await startHarness({ now: accountNow });
  iam = harness.iam();
  for (const UserName of ['signer', 'idle', 'gone']) {
    await iam.send(new CreateUserCommand({ UserName }));
  }
  await iam.send(
    new AttachUserPolicyCommand({
      UserName: 'signer',
      PolicyArn: 'arn:aws:iam::aws:policy/AdministratorAccess',
    }),
  );
  keys.user = await newKey('signer');
  keys.inactive = await newKey('idle');
  await iam.send(
    new UpdateAccessKeyCommand({
      UserName: 'idle',
      AccessKeyId: keys.inactive.accessKeyId,
      Status: 'Inactive',
    }),
  );
  keys.deleted = await newKey('gone');
  await iam.send(
    new DeleteAccessKeyCommand({ UserName: 'gone', AccessKeyId: keys.deleted.accessKeyId }),
  );

  for (const RoleName of ['writer', 'doomed']) {
    await iam.send(new CreateRoleCommand({ RoleName, AssumeRolePolicyDocument: TRUST_ACCOUNT }));
    await iam.send(
      new PutRolePolicyCommand({ RoleName, PolicyName: 'write', PolicyDocument: ALLOW_ALL }),
    );
  }
  keys.role = await assumeRole('writer');
  keys.otherRole = await assumeRole('writer');
  keys.doomedRole = await assumeRole('doomed');
  await iam.send(new DeleteRolePolicyCommand({ RoleName: 'doomed', PolicyName: 'write' }));
  await iam.send(new DeleteRoleCommand({ RoleName: 'doomed' }));

  const sts = new STSClient({
    endpoint: harness.endpoint,
    region: 'us-east-1',
    credentials: keys.user,
    maxAttempts: 1,
  });
  keys.noMfaSession = sessionOf((await sts.send(new GetSessionTokenCommand({}))).Credentials!);
}, 30_000);
afterAll(() => harness.close());

let serial = 0;

interface Case {
  /** Signed as; `noMfaSession` is GetSessionToken's, which may not call IAM without MFA. */
  as?: keyof typeof keys | 'root';
  /** Signs with these instead (read once the keys exist). */
  credentials?: () => SigningCredentials;
  sign?: RawSignOptions;
  /** Breaks the signed request. */
  mutate?: (request: RawRequest) => void;
  status: number;
  code: string;
}

async function attempt(testCase: Case): Promise<{ status: number; code?: string; user: string }> {
  const user = `matrix-${++serial}`;
  const body = formBody([
    ['Action', 'CreateUser'],
    ['Version', '2010-05-08'],
    ['UserName', user],
  ]);
  const credentials: SigningCredentials =
    testCase.credentials?.() ??
    (testCase.as === undefined || testCase.as === 'root' ? TEST_ROOT_KEY : keys[testCase.as]!);
  // The signer sends and signs a session token from the credentials itself.
  const request = await signRaw(harness.endpoint, body, {
    credentials,
    signingDate: accountNow(),
    ...testCase.sign,
  });
  testCase.mutate?.(request);
  const response = await sendRaw(request);
  return {
    status: response.status,
    code: response.status === 200 ? undefined : errorOf(response).Code,
    user,
  };
}

async function userExists(UserName: string): Promise<boolean> {
  try {
    await iam.send(new GetUserCommand({ UserName }));
    return true;
  } catch {
    return false;
  }
}

const MINUTE = 60_000;
const MISMATCH = { status: 403, code: 'SignatureDoesNotMatch' };
const INVALID_TOKEN = { status: 403, code: 'InvalidClientTokenId' };
const INCOMPLETE = { status: 400, code: 'IncompleteSignature' };

function setHeader(name: string, value: string) {
  return (request: RawRequest) => {
    request.headers[name] = value;
  };
}
function removeHeader(name: string) {
  return (request: RawRequest) => {
    delete request.headers[name];
  };
}
function editAuthorization(edit: (header: string) => string) {
  return (request: RawRequest) => {
    request.headers.authorization = edit(request.headers.authorization!);
  };
}
function editBody(edit: (body: string) => string) {
  return (request: RawRequest) => {
    request.body = edit(request.body);
  };
}
const previousDay = (scope: string) =>
  scope.replace(/\/(\d{8})\//, (_, date: string) => {
    const day = new Date(`${date.slice(0, 4)}-${date.slice(4, 6)}-${date.slice(6)}T00:00:00Z`);
    return `/${new Date(day.getTime() - 86_400_000).toISOString().slice(0, 10).replace(/-/g, '')}/`;
  });
const forgedToken = () => Buffer.alloc(384, 7).toString('base64');
const flipLast = (text: string) =>
  text.slice(0, -2) + (text.at(-2) === 'A' ? 'B' : 'A') + text.at(-1);

const REFUSED: [string, Case][] = [
  // Each signed header altered, or removed, after signing.
  ['host altered', { mutate: setHeader('host', '127.0.0.1:9'), ...MISMATCH }],
  ['content-type altered', { mutate: setHeader('content-type', 'text/plain'), ...MISMATCH }],
  [
    'payload hash altered',
    { mutate: setHeader('x-amz-content-sha256', 'e'.repeat(64)), ...MISMATCH },
  ],
  [
    'x-amz-date a second later',
    {
      mutate: (r) => {
        const date = r.headers['x-amz-date']!;
        const later = new Date(
          Date.parse(
            date.replace(/(\d{4})(\d\d)(\d\d)T(\d\d)(\d\d)(\d\d)Z/, '$1-$2-$3T$4:$5:$6Z'),
          ) + 1000,
        );
        r.headers['x-amz-date'] = later
          .toISOString()
          .replace(/[-:]/g, '')
          .replace(/\.\d{3}/, '');
      },
      ...MISMATCH,
    },
  ],
  [
    'session token altered',
    {
      as: 'role',
      mutate: (r) => {
        r.headers['x-amz-security-token'] = flipLast(r.headers['x-amz-security-token']!);
      },
      ...INVALID_TOKEN,
    },
  ],
  ['content-type removed', { mutate: removeHeader('content-type'), ...MISMATCH }],
  ['payload hash removed', { mutate: removeHeader('x-amz-content-sha256'), ...MISMATCH }],
  ['x-amz-date removed', { mutate: removeHeader('x-amz-date'), ...INCOMPLETE }],
  [
    'session token removed',
    { as: 'role', mutate: removeHeader('x-amz-security-token'), ...INVALID_TOKEN },
  ],
  [
    'a header dropped from SignedHeaders',
    { mutate: editAuthorization((h) => h.replace('content-type;', '')), ...MISMATCH },
  ],
  // The body and the URL.
  [
    'body with one character changed',
    { mutate: editBody((b) => b.replace('matrix', 'natrix')), ...MISMATCH },
  ],
  ['body with a field appended', { mutate: editBody((b) => `${b}&Path=%2Fx%2F`), ...MISMATCH }],
  ['body cut short', { mutate: editBody((b) => b.slice(0, -1)), ...MISMATCH }],
  [
    'body changed, no payload hash sent',
    { sign: { applyChecksum: false }, mutate: editBody((b) => `${b}x`), ...MISMATCH },
  ],
  [
    'query string added',
    {
      mutate: (r) => {
        r.url += '?Action=DeleteUser';
      },
      ...MISMATCH,
    },
  ],
  [
    'another path',
    {
      mutate: (r) => {
        r.url = r.url.replace('/local-aws/', '/');
      },
      ...MISMATCH,
    },
  ],
  // The clock.
  [
    'signed 16 minutes ago',
    { sign: { signingDate: new Date(Date.now() - 16 * MINUTE) }, ...MISMATCH },
  ],
  [
    'signed 16 minutes ahead',
    { sign: { signingDate: new Date(Date.now() + 16 * MINUTE) }, ...MISMATCH },
  ],
  [
    'x-amz-date not in ISO 8601 basic form',
    { mutate: setHeader('x-amz-date', '2026-01-01T00:00:00Z'), ...INCOMPLETE },
  ],
  // The credential scope.
  ['scoped to s3', { sign: { service: 's3' }, ...MISMATCH }],
  ['scoped to IAM in capitals', { sign: { service: 'IAM' }, ...MISMATCH }],
  ['a region not written as regions are', { sign: { region: 'US_EAST_1' }, ...MISMATCH }],
  ['a region with spaces', { sign: { region: 'us east 1' }, ...MISMATCH }],
  [
    'an empty region',
    { mutate: editAuthorization((h) => h.replace('/us-east-1/', '//')), ...INCOMPLETE },
  ],
  [
    'a scope date other than the request date',
    { mutate: editAuthorization(previousDay), ...MISMATCH },
  ],
  [
    'a wrong terminator',
    { mutate: editAuthorization((h) => h.replace('aws4_request', 'aws4_request2')), ...MISMATCH },
  ],
  [
    'no terminator',
    { mutate: editAuthorization((h) => h.replace('/aws4_request', '')), ...INCOMPLETE },
  ],
  // Keys.
  [
    'an unknown key',
    {
      sign: {
        credentials: { accessKeyId: 'AKIAUNKNOWNKEY000000', secretAccessKey: 's'.repeat(40) },
      },
      ...INVALID_TOKEN,
    },
  ],
  ['an inactive key', { as: 'inactive', ...INVALID_TOKEN }],
  ['a deleted key', { as: 'deleted', ...INVALID_TOKEN }],
  [
    'the wrong secret',
    { sign: { credentials: { ...TEST_ROOT_KEY, secretAccessKey: 'w'.repeat(40) } }, ...MISMATCH },
  ],
  [
    'the key ID in lower case',
    {
      mutate: editAuthorization((h) =>
        h.replace(TEST_ROOT_KEY.accessKeyId, TEST_ROOT_KEY.accessKeyId.toLowerCase()),
      ),
      ...INVALID_TOKEN,
    },
  ],
  // Session tokens.
  [
    'a forged session token',
    { credentials: () => ({ ...keys.role!, sessionToken: forgedToken() }), ...INVALID_TOKEN },
  ],
  [
    'the token of another session',
    {
      credentials: () => ({ ...keys.role!, sessionToken: keys.otherRole!.sessionToken }),
      ...INVALID_TOKEN,
    },
  ],
  [
    'a session token with a long-term key',
    { sign: { headers: { 'x-amz-security-token': forgedToken() } }, ...INVALID_TOKEN },
  ],
  [
    'an ASIA key this account never issued',
    {
      credentials: () => ({ ...keys.role!, accessKeyId: 'ASIAUNKNOWNKEY000000' }),
      ...INVALID_TOKEN,
    },
  ],
  ['a session of a deleted role', { as: 'doomedRole', ...INVALID_TOKEN }],
  ['GetSessionToken credentials without MFA, on IAM', { as: 'noMfaSession', ...INVALID_TOKEN }],
  // The Authorization header itself.
  [
    'another algorithm',
    {
      mutate: editAuthorization((h) => h.replace('AWS4-HMAC-SHA256', 'AWS4-HMAC-SHA512')),
      ...INCOMPLETE,
    },
  ],
  [
    'no Signature',
    { mutate: editAuthorization((h) => h.replace(/, Signature=\w+/, '')), ...INCOMPLETE },
  ],
  [
    'no Credential',
    { mutate: editAuthorization((h) => h.replace(/Credential=[^,]+, /, '')), ...INCOMPLETE },
  ],
  [
    'the signature in upper case',
    {
      mutate: editAuthorization((h) =>
        h.replace(/Signature=(\w+)/, (_, sig: string) => `Signature=${sig.toUpperCase()}`),
      ),
      ...MISMATCH,
    },
  ],
  [
    'a signature one digit off',
    {
      mutate: editAuthorization((h) => h.replace(/.$/, (c) => (c === '0' ? '1' : '0'))),
      ...MISMATCH,
    },
  ],
  [
    'a Signature Version 2 header',
    {
      mutate: setHeader('authorization', `AWS ${TEST_ROOT_KEY.accessKeyId}:c2lnbmF0dXJl`),
      ...INCOMPLETE,
    },
  ],
  ['a bearer token', { mutate: setHeader('authorization', 'Bearer abc.def.ghi'), ...INCOMPLETE }],
  [
    'the signature in the query string instead of a header',
    {
      mutate: (r) => {
        const signature = /Signature=(\w+)/.exec(r.headers.authorization!)![1]!;
        r.url += `?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Signature=${signature}`;
        delete r.headers.authorization;
      },
      status: 403,
      code: 'MissingAuthenticationToken',
    },
  ],
];

describe('SigV4 authentication matrix', () => {
  it.each<[string, Case]>([
    ['the root user', {} as Case],
    ['an IAM user', { as: 'user' } as Case],
    ['a role session', { as: 'role' } as Case],
  ])('accepts a request left as signed: %s', async (_, testCase) => {
    const outcome = await attempt(testCase);
    expect(outcome.status).toBe(200);
    expect(await userExists(outcome.user)).toBe(true);
  });

  it.each(REFUSED)('refuses %s', async (_, testCase) => {
    const outcome = await attempt(testCase);
    expect({ status: outcome.status, code: outcome.code }).toEqual({
      status: testCase.status,
      code: testCase.code,
    });
    expect(await userExists(outcome.user)).toBe(false);
  });

  it('refuses an expired role session with ExpiredToken, and so its later use', async () => {
    clockOffsetMs = 2 * 60 * MINUTE;
    try {
      for (let i = 0; i < 2; i++) {
        const outcome = await attempt({ as: 'role', status: 403, code: 'ExpiredToken' });
        expect({ status: outcome.status, code: outcome.code }).toEqual({
          status: 403,
          code: 'ExpiredToken',
        });
        expect(await userExists(outcome.user)).toBe(false);
      }
    } finally {
      clockOffsetMs = 0;
    }
  });
});
