import {
  CreateLoginProfileCommand,
  CreateUserCommand,
  CreateVirtualMFADeviceCommand,
  EnableMFADeviceCommand,
  GetUserCommand,
  IAMClient,
  ListAccessKeysCommand,
  ListUsersCommand,
  PutUserPolicyCommand,
} from '@aws-sdk/client-iam';
import { GetCallerIdentityCommand, GetSessionTokenCommand, STSClient } from '@aws-sdk/client-sts';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Secret, TOTP } from 'otpauth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createConsoleMiddleware } from '../app.ts';
import { openLocalAccount, type LocalAccount } from './index.ts';
import { rejectionOf, TEST_ACCOUNT_ID, TEST_ROOT_KEY } from './test/harness.ts';

const ALIAS = 'signin-tests';
const PASSWORD = 'Console-Passw0rd';
const REFUSED = { message: 'Your authentication information is incorrect.' };

let account: LocalAccount;
let server: Server;
let origin: string;
const logLines: string[] = [];
let seed: TOTP;

function clients(credentials: {
  AccessKeyId: string;
  SecretAccessKey: string;
  SessionToken?: string;
}) {
  const config = {
    endpoint: `${origin}/local-aws/`,
    region: 'us-east-1',
    maxAttempts: 1,
    credentials: {
      accessKeyId: credentials.AccessKeyId,
      secretAccessKey: credentials.SecretAccessKey,
      sessionToken: credentials.SessionToken,
    },
  };
  return { iam: new IAMClient(config), sts: new STSClient(config) };
}

const root = () =>
  clients({
    AccessKeyId: TEST_ROOT_KEY.accessKeyId,
    SecretAccessKey: TEST_ROOT_KEY.secretAccessKey,
  });

async function signIn(body: unknown, contentType = 'application/json') {
  const response = await fetch(`${origin}/local-aws/_console-signin`, {
    method: 'POST',
    headers: { 'content-type': contentType },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  return { status: response.status, headers: response.headers, json: await response.json() };
}

const as = (userName: string, extra: Record<string, string> = {}) => ({
  accountIdOrAlias: TEST_ACCOUNT_ID,
  userName,
  password: PASSWORD,
  ...extra,
});

beforeAll(async () => {
  account = openLocalAccount({
    accountId: TEST_ACCOUNT_ID,
    alias: ALIAS,
    rootAccessKeyId: TEST_ROOT_KEY.accessKeyId,
    rootSecretAccessKey: TEST_ROOT_KEY.secretAccessKey,
    demo: false,
    log: (line) => logLines.push(line),
  });
  const middleware = createConsoleMiddleware({ account });
  server = createServer((req, res) =>
    middleware(req, res, () => {
      res.statusCode = 404;
      res.end();
    }),
  );
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const { iam } = root();
  for (const UserName of ['console-user', 'reset-user', 'mfa-user', 'keys-only', 'last-used']) {
    await iam.send(new CreateUserCommand({ UserName }));
  }
  for (const UserName of ['console-user', 'reset-user', 'mfa-user', 'last-used']) {
    const PasswordResetRequired = UserName === 'reset-user';
    await iam.send(
      new CreateLoginProfileCommand({ UserName, Password: PASSWORD, PasswordResetRequired }),
    );
  }

  const device = (
    await iam.send(new CreateVirtualMFADeviceCommand({ VirtualMFADeviceName: 'mfa-user' }))
  ).VirtualMFADevice!;
  seed = new TOTP({
    secret: Secret.fromBase32(Buffer.from(device.Base32StringSeed!).toString('ascii')),
    algorithm: 'SHA1',
    digits: 6,
    period: 30,
  });
  // Two codes a minute in the past, so the sign-in below can use the current one.
  const now = Date.now();
  await iam.send(
    new EnableMFADeviceCommand({
      UserName: 'mfa-user',
      SerialNumber: device.SerialNumber,
      AuthenticationCode1: seed.generate({ timestamp: now - 60_000 }),
      AuthenticationCode2: seed.generate({ timestamp: now - 30_000 }),
    }),
  );
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  account.close();
});

describe('refusals', () => {
  it.each([
    ['a wrong password', as('console-user', { password: 'Wrong-Passw0rd' })],
    ['an unknown user', as('nobody-here')],
    ['a user without a login profile', as('keys-only')],
    ['another account ID', as('console-user', { accountIdOrAlias: '210987654321' })],
    ['an unknown alias', as('console-user', { accountIdOrAlias: 'other-alias' })],
    ['a wrong MFA code', as('mfa-user', { mfaCode: '000000' })],
  ])('gives %s the one generic answer (401)', async (_case, body) => {
    const response = await signIn(body);
    expect(response.status).toBe(401);
    expect(response.json).toEqual(REFUSED);
  });

  it('asks for the MFA code only once the password is right', async () => {
    const right = await signIn(as('mfa-user'));
    expect(right.status).toBe(401);
    expect(right.json).toMatchObject({ mfaRequired: true });

    const wrong = await signIn(as('mfa-user', { password: 'Wrong-Passw0rd' }));
    expect(wrong.json).toEqual(REFUSED);
  });

  it.each([
    ['no password', { accountIdOrAlias: TEST_ACCOUNT_ID, userName: 'console-user' }],
    ['a five-digit code', as('mfa-user', { mfaCode: '12345' })],
    ['a password of 129 characters', as('console-user', { password: 'a'.repeat(129) })],
    ['a JSON array', []],
  ])('answers 400 to %s', async (_case, body) => {
    expect((await signIn(body)).status).toBe(400);
  });

  it('answers 400 to a body that is not JSON, and 415 to a form-encoded one', async () => {
    expect((await signIn('{"userName":')).status).toBe(400);
    expect((await signIn('userName=x', 'application/x-www-form-urlencoded')).status).toBe(415);
  });

  it('answers 405 to GET and 413 to an oversized body', async () => {
    const get = await fetch(`${origin}/local-aws/_console-signin`);
    expect(get.status).toBe(405);
    const big = await signIn(as('console-user', { padding: 'x'.repeat(10_000) }));
    expect(big.status).toBe(413);
  });
});

describe('a successful sign-in', () => {
  it('returns temporary credentials for the user, not cached, by account ID or alias', async () => {
    for (const accountIdOrAlias of [TEST_ACCOUNT_ID, ALIAS, ALIAS.toUpperCase()]) {
      const response = await signIn(as('console-user', { accountIdOrAlias }));
      expect(response.status).toBe(200);
      expect(response.headers.get('cache-control')).toBe('no-store');
      expect(response.json).toMatchObject({
        identity: {
          Account: TEST_ACCOUNT_ID,
          Arn: `arn:aws:iam::${TEST_ACCOUNT_ID}:user/console-user`,
        },
        passwordResetRequired: false,
        mfaAuthenticated: false,
      });
      expect(response.json.credentials.AccessKeyId).toMatch(/^ASIA[A-Z2-7]{16}$/);
    }
  });

  it('finds the user regardless of case, as IAM names are', async () => {
    const response = await signIn(as('CONSOLE-USER'));
    expect(response.status).toBe(200);
    expect(response.json.identity.Arn).toMatch(/:user\/console-user$/);
  });

  it('gives credentials that call STS and IAM as the user, without MFA', async () => {
    const { credentials } = (await signIn(as('console-user'))).json;
    const session = clients(credentials);

    const identity = await session.sts.send(new GetCallerIdentityCommand({}));
    expect(identity.Arn).toBe(`arn:aws:iam::${TEST_ACCOUNT_ID}:user/console-user`);

    // A new user has no permissions: IAM answers AccessDenied, so the token itself is good.
    const denied = await rejectionOf(session.iam.send(new ListAccessKeysCommand({})));
    expect(denied.name).toBe('AccessDenied');

    await root().iam.send(
      new PutUserPolicyCommand({
        UserName: 'console-user',
        PolicyName: 'own-keys',
        PolicyDocument: JSON.stringify({
          Version: '2012-10-17',
          Statement: [{ Effect: 'Allow', Action: 'iam:ListAccessKeys', Resource: '*' }],
        }),
      }),
    );
    const keys = await session.iam.send(new ListAccessKeysCommand({}));
    expect(keys.AccessKeyMetadata).toEqual([]);
  });

  it('gives session credentials, which cannot call GetSessionToken', async () => {
    const { credentials } = (await signIn(as('console-user'))).json;
    const error = await rejectionOf(clients(credentials).sts.send(new GetSessionTokenCommand({})));
    expect(error.name).toBe('AccessDenied');
  });

  it('records the sign-in as the user’s PasswordLastUsed, and only a successful one', async () => {
    const { iam } = root();
    const before = await iam.send(new GetUserCommand({ UserName: 'last-used' }));
    expect(before.User?.PasswordLastUsed).toBeUndefined();
    await signIn(as('last-used', { password: 'Wrong-Passw0rd' }));
    const refused = await iam.send(new GetUserCommand({ UserName: 'last-used' }));
    expect(refused.User?.PasswordLastUsed).toBeUndefined();

    const startedAt = Math.floor(Date.now() / 1000) * 1000;
    expect((await signIn(as('last-used'))).status).toBe(200);

    const { User } = await iam.send(new GetUserCommand({ UserName: 'last-used' }));
    const used = User?.PasswordLastUsed?.getTime() ?? 0;
    expect(used).toBeGreaterThanOrEqual(startedAt);
    expect(used).toBeLessThanOrEqual(Date.now());
    const listed = await iam.send(new ListUsersCommand({}));
    const row = listed.Users?.find((user) => user.UserName === 'last-used');
    expect(row?.PasswordLastUsed?.getTime()).toBe(used);
  });

  it('says when the login profile requires a new password', async () => {
    const response = await signIn(as('reset-user'));
    expect(response.status).toBe(200);
    expect(response.json.passwordResetRequired).toBe(true);
  });

  it('accepts the current MFA code once, and marks the session MFA-authenticated', async () => {
    const mfaCode = seed.generate();
    const response = await signIn(as('mfa-user', { mfaCode }));
    expect(response.status).toBe(200);
    expect(response.json.mfaAuthenticated).toBe(true);

    const replay = await signIn(as('mfa-user', { mfaCode }));
    expect(replay.json).toEqual(REFUSED);
  });
});

it('never logs the password, only the outcome', () => {
  expect(logLines.some((line) => line.startsWith('POST console:SignIn signed-in'))).toBe(true);
  expect(logLines.some((line) => line.startsWith('POST console:SignIn refused'))).toBe(true);
  expect(logLines.join('\n')).not.toContain(PASSWORD);
  expect(logLines.join('\n')).not.toContain('Wrong-Passw0rd');
});
