import {
  CreateAccessKeyCommand,
  CreateRoleCommand,
  CreateUserCommand,
  CreateVirtualMFADeviceCommand,
  EnableMFADeviceCommand,
  IAMClient,
  ListUsersCommand,
  PutRolePolicyCommand,
  PutUserPolicyCommand,
} from '@aws-sdk/client-iam';
import {
  AssumeRoleCommand,
  GetAccessKeyInfoCommand,
  GetCallerIdentityCommand,
  GetSessionTokenCommand,
  STSClient,
} from '@aws-sdk/client-sts';
import { Secret, TOTP } from 'otpauth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  rejectionOf,
  startHarness,
  TEST_ACCOUNT_ID,
  TEST_ROOT_KEY,
  type Harness,
} from './test/harness.ts';

/** The account's clock; tests move it forward to expire sessions. */
let clockOffsetMs = 0;
let harness: Harness;
let iam: IAMClient;
let alice: { accessKeyId: string; secretAccessKey: string };
let aliceSeed: Uint8Array;
let aliceSerial: string;

interface AnyCredentials {
  accessKeyId: string;
  secretAccessKey: string;
  sessionToken?: string;
}

/** Clients signing on the account's clock, so that moving it does not skew signatures. */
const clientConfig = (credentials: AnyCredentials) => ({
  endpoint: harness.endpoint,
  region: 'us-east-1',
  credentials,
  maxAttempts: 1,
  systemClockOffset: clockOffsetMs,
});
const stsAs = (credentials: AnyCredentials) => new STSClient(clientConfig(credentials));
const iamAs = (credentials: AnyCredentials) => new IAMClient(clientConfig(credentials));

function fromSts(credentials: {
  AccessKeyId?: string;
  SecretAccessKey?: string;
  SessionToken?: string;
}): AnyCredentials {
  return {
    accessKeyId: credentials.AccessKeyId!,
    secretAccessKey: credentials.SecretAccessKey!,
    sessionToken: credentials.SessionToken!,
  };
}

function codeAt(seed: Uint8Array, timestamp: number): string {
  const secret = Secret.fromBase32(Buffer.from(seed).toString('ascii'));
  return new TOTP({ secret, algorithm: 'SHA1', digits: 6, period: 30 }).generate({ timestamp });
}

const ARN = `arn:aws:iam::${TEST_ACCOUNT_ID}`;
const trustPolicy = (principal: string, condition?: object) =>
  JSON.stringify({
    Version: '2012-10-17',
    Statement: [
      {
        Effect: 'Allow',
        Principal: { AWS: principal },
        Action: 'sts:AssumeRole',
        ...(condition ? { Condition: condition } : {}),
      },
    ],
  });
const allow = (Action: string, Condition?: object) =>
  JSON.stringify({
    Version: '2012-10-17',
    Statement: [{ Effect: 'Allow', Action, Resource: '*', ...(Condition ? { Condition } : {}) }],
  });

beforeAll(async () => {
  harness = await startHarness({ now: () => new Date(Date.now() + clockOffsetMs) });
  iam = harness.iam();
  await iam.send(new CreateUserCommand({ UserName: 'alice', Path: '/staff/' }));
  const { AccessKey } = await iam.send(new CreateAccessKeyCommand({ UserName: 'alice' }));
  alice = { accessKeyId: AccessKey!.AccessKeyId!, secretAccessKey: AccessKey!.SecretAccessKey! };
  // An MFA-protected action: alice may list users only with MFA.
  await iam.send(
    new PutUserPolicyCommand({
      UserName: 'alice',
      PolicyName: 'list-with-mfa',
      PolicyDocument: allow('iam:ListUsers', { Bool: { 'aws:MultiFactorAuthPresent': 'true' } }),
    }),
  );
  const { VirtualMFADevice } = await iam.send(
    new CreateVirtualMFADeviceCommand({ VirtualMFADeviceName: 'alice' }),
  );
  aliceSeed = VirtualMFADevice!.Base32StringSeed!;
  aliceSerial = VirtualMFADevice!.SerialNumber!;
  await iam.send(
    new EnableMFADeviceCommand({
      UserName: 'alice',
      SerialNumber: aliceSerial,
      AuthenticationCode1: codeAt(aliceSeed, Date.now() - 60_000),
      AuthenticationCode2: codeAt(aliceSeed, Date.now() - 30_000),
    }),
  );
});
afterAll(() => harness.close());

const hours = (date: Date | undefined) => ((date?.getTime() ?? 0) - Date.now()) / 3_600_000;

describe('GetSessionToken', () => {
  it('lasts 12 hours by default for a user and 1 hour at most for root', async () => {
    const user = await stsAs(alice).send(new GetSessionTokenCommand({}));
    expect(user.Credentials?.AccessKeyId).toMatch(/^ASIA[A-Z2-7]{16}$/);
    expect(user.Credentials?.SecretAccessKey).toHaveLength(40);
    expect(user.Credentials?.SessionToken?.length).toBeGreaterThan(300);
    expect(hours(user.Credentials?.Expiration)).toBeCloseTo(12, 1);

    const root = await stsAs(TEST_ROOT_KEY).send(
      new GetSessionTokenCommand({ DurationSeconds: 7200 }),
    );
    expect(hours(root.Credentials?.Expiration)).toBeCloseTo(1, 1);
  });

  it('refuses durations outside 900 to 129600 seconds with ValidationError', async () => {
    for (const DurationSeconds of [899, 129601]) {
      const error = await rejectionOf(
        stsAs(alice).send(new GetSessionTokenCommand({ DurationSeconds })),
      );
      expect(error.name).toBe('ValidationError');
      expect(error.$metadata.httpStatusCode).toBe(400);
    }
  });

  it('gives credentials that call STS, but not IAM without MFA, nor GetSessionToken', async () => {
    const { Credentials } = await stsAs(alice).send(new GetSessionTokenCommand({}));
    const session = fromSts(Credentials!);
    const identity = await stsAs(session).send(new GetCallerIdentityCommand({}));
    expect(identity.Arn).toBe(`${ARN}:user/staff/alice`);

    const iamError = await rejectionOf(iamAs(session).send(new ListUsersCommand({})));
    expect(iamError.name).toBe('InvalidClientTokenId');
    expect(iamError.$metadata.httpStatusCode).toBe(403);

    const again = await rejectionOf(stsAs(session).send(new GetSessionTokenCommand({})));
    expect(again.name).toBe('AccessDenied');
    expect(again.message).toBe('Cannot call GetSessionToken with session credentials');
  });

  it('passes an MFA-protected action only with a session made with a valid code', async () => {
    const longTerm = await rejectionOf(iamAs(alice).send(new ListUsersCommand({})));
    expect(longTerm.name).toBe('AccessDenied');

    const wrong = await rejectionOf(
      stsAs(alice).send(
        new GetSessionTokenCommand({ SerialNumber: aliceSerial, TokenCode: '000000' }),
      ),
    );
    expect(wrong.name).toBe('AccessDenied');
    expect(wrong.message).toBe(
      'MultiFactorAuthentication failed with invalid MFA one time pass code. ',
    );

    const { Credentials } = await stsAs(alice).send(
      new GetSessionTokenCommand({
        SerialNumber: aliceSerial,
        TokenCode: codeAt(aliceSeed, Date.now()),
      }),
    );
    const listed = await iamAs(fromSts(Credentials!)).send(new ListUsersCommand({}));
    expect(listed.Users?.map((user) => user.UserName)).toContain('alice');
  });

  it('refuses a serial number that is not the caller device', async () => {
    const error = await rejectionOf(
      stsAs(TEST_ROOT_KEY).send(
        new GetSessionTokenCommand({ SerialNumber: aliceSerial, TokenCode: '123456' }),
      ),
    );
    expect(error.name).toBe('AccessDenied');
    expect(error.message).toMatch(/^MultiFactorAuthentication failed, unable to validate/);
  });
});

describe('temporary credentials', () => {
  it('need their own session token: missing, forged or borrowed: InvalidClientTokenId', async () => {
    const first = fromSts((await stsAs(alice).send(new GetSessionTokenCommand({}))).Credentials!);
    const second = fromSts((await stsAs(alice).send(new GetSessionTokenCommand({}))).Credentials!);
    const attempts: AnyCredentials[] = [
      { accessKeyId: first.accessKeyId, secretAccessKey: first.secretAccessKey },
      { ...first, sessionToken: first.sessionToken!.replace(/^./, (c) => (c === 'A' ? 'B' : 'A')) },
      { ...first, sessionToken: second.sessionToken },
    ];
    for (const credentials of attempts) {
      const error = await rejectionOf(stsAs(credentials).send(new GetCallerIdentityCommand({})));
      expect(error.name).toBe('InvalidClientTokenId');
      expect(error.message).toBe('The security token included in the request is invalid.');
    }
  });

  it('expire: ExpiredToken (403) once the account clock passes Expiration', async () => {
    const { Credentials } = await stsAs(alice).send(
      new GetSessionTokenCommand({ DurationSeconds: 900 }),
    );
    const session = fromSts(Credentials!);
    await stsAs(session).send(new GetCallerIdentityCommand({}));
    clockOffsetMs = 16 * 60 * 1000;
    try {
      const error = await rejectionOf(stsAs(session).send(new GetCallerIdentityCommand({})));
      expect(error.name).toBe('ExpiredToken');
      expect(error.$metadata.httpStatusCode).toBe(403);
      expect(error.message).toBe('The security token included in the request is expired');
    } finally {
      clockOffsetMs = 0;
    }
  });
});

describe('AssumeRole', () => {
  beforeAll(async () => {
    await iam.send(
      new CreateRoleCommand({
        RoleName: 'auditor',
        Path: '/ops/',
        AssumeRolePolicyDocument: trustPolicy(`${ARN}:user/staff/alice`),
        MaxSessionDuration: 7200,
      }),
    );
    await iam.send(
      new PutRolePolicyCommand({
        RoleName: 'auditor',
        PolicyName: 'list',
        PolicyDocument: allow('iam:ListUsers'),
      }),
    );
    await iam.send(
      new CreateRoleCommand({
        RoleName: 'account-trusted',
        AssumeRolePolicyDocument: trustPolicy(TEST_ACCOUNT_ID),
      }),
    );
    await iam.send(
      new CreateRoleCommand({
        RoleName: 'vendor',
        AssumeRolePolicyDocument: trustPolicy(`${ARN}:user/staff/alice`, {
          StringEquals: { 'sts:ExternalId': 'vendor-123' },
        }),
      }),
    );
  });

  it('returns the session ARN and ID and ASIA credentials for one hour by default', async () => {
    const out = await stsAs(alice).send(
      new AssumeRoleCommand({ RoleArn: `${ARN}:role/ops/auditor`, RoleSessionName: 'audit-1' }),
    );
    expect(out.AssumedRoleUser?.Arn).toBe(
      `arn:aws:sts::${TEST_ACCOUNT_ID}:assumed-role/auditor/audit-1`,
    );
    expect(out.AssumedRoleUser?.AssumedRoleId).toMatch(/^AROA[A-Z2-7]{17}:audit-1$/);
    expect(out.Credentials?.AccessKeyId).toMatch(/^ASIA/);
    expect(hours(out.Credentials?.Expiration)).toBeCloseTo(1, 1);

    const session = fromSts(out.Credentials!);
    const identity = await stsAs(session).send(new GetCallerIdentityCommand({}));
    expect(identity.Arn).toBe(out.AssumedRoleUser?.Arn);
    expect(identity.UserId).toBe(out.AssumedRoleUser?.AssumedRoleId);
    const listed = await iamAs(session).send(new ListUsersCommand({}));
    expect(listed.Users?.length).toBeGreaterThan(0);
  });

  it('answers one AccessDenied for a role that does not trust the caller or does not exist', async () => {
    await iam.send(new CreateUserCommand({ UserName: 'mallory' }));
    const { AccessKey } = await iam.send(new CreateAccessKeyCommand({ UserName: 'mallory' }));
    const mallory = {
      accessKeyId: AccessKey!.AccessKeyId!,
      secretAccessKey: AccessKey!.SecretAccessKey!,
    };
    for (const RoleArn of [`${ARN}:role/ops/auditor`, `${ARN}:role/ghost`]) {
      const error = await rejectionOf(
        stsAs(mallory).send(new AssumeRoleCommand({ RoleArn, RoleSessionName: 'x1' })),
      );
      expect(error.name).toBe('AccessDenied');
      expect(error.$metadata.httpStatusCode).toBe(403);
      expect(error.message).toBe(
        `User: ${ARN}:user/mallory is not authorized to perform: sts:AssumeRole ` +
          `on resource: ${RoleArn}`,
      );
    }
  });

  it('refuses root credentials', async () => {
    const error = await rejectionOf(
      stsAs(TEST_ROOT_KEY).send(
        new AssumeRoleCommand({ RoleArn: `${ARN}:role/ops/auditor`, RoleSessionName: 'root' }),
      ),
    );
    expect(error.name).toBe('AccessDenied');
    expect(error.message).toBe('Roles may not be assumed by root accounts.');
  });

  it('needs an identity policy too when the trust policy names only the account', async () => {
    const RoleArn = `${ARN}:role/account-trusted`;
    const before = await rejectionOf(
      stsAs(alice).send(new AssumeRoleCommand({ RoleArn, RoleSessionName: 'acct' })),
    );
    expect(before.name).toBe('AccessDenied');
    await iam.send(
      new PutUserPolicyCommand({
        UserName: 'alice',
        PolicyName: 'assume',
        PolicyDocument: allow('sts:AssumeRole'),
      }),
    );
    const out = await stsAs(alice).send(
      new AssumeRoleCommand({ RoleArn, RoleSessionName: 'acct' }),
    );
    expect(out.AssumedRoleUser?.Arn).toMatch(/assumed-role\/account-trusted\/acct$/);
  });

  it('checks ExternalId through the trust policy condition', async () => {
    const RoleArn = `${ARN}:role/vendor`;
    const without = await rejectionOf(
      stsAs(alice).send(new AssumeRoleCommand({ RoleArn, RoleSessionName: 'vx' })),
    );
    expect(without.name).toBe('AccessDenied');
    const out = await stsAs(alice).send(
      new AssumeRoleCommand({ RoleArn, RoleSessionName: 'vx', ExternalId: 'vendor-123' }),
    );
    expect(out.Credentials?.AccessKeyId).toMatch(/^ASIA/);
  });

  it('bounds DurationSeconds by MaxSessionDuration, and by one hour when chaining', async () => {
    const RoleArn = `${ARN}:role/ops/auditor`;
    const longest = await stsAs(alice).send(
      new AssumeRoleCommand({ RoleArn, RoleSessionName: 'long', DurationSeconds: 7200 }),
    );
    expect(hours(longest.Credentials?.Expiration)).toBeCloseTo(2, 1);

    const tooLong = await rejectionOf(
      stsAs(alice).send(
        new AssumeRoleCommand({ RoleArn, RoleSessionName: 'l', DurationSeconds: 7201 }),
      ),
    );
    expect(tooLong.name).toBe('ValidationError');

    const badName = await rejectionOf(
      stsAs(alice).send(new AssumeRoleCommand({ RoleArn, RoleSessionName: 'a' })),
    );
    expect(badName.name).toBe('ValidationError');

    await iam.send(
      new PutRolePolicyCommand({
        RoleName: 'auditor',
        PolicyName: 'chain',
        PolicyDocument: allow('sts:AssumeRole'),
      }),
    );
    await iam.send(
      new CreateRoleCommand({
        RoleName: 'chained',
        AssumeRolePolicyDocument: trustPolicy(`${ARN}:role/ops/auditor`),
        MaxSessionDuration: 7200,
      }),
    );
    const chain = stsAs(fromSts(longest.Credentials!));
    const chained = await rejectionOf(
      chain.send(
        new AssumeRoleCommand({
          RoleArn: `${ARN}:role/chained`,
          RoleSessionName: 'ch',
          DurationSeconds: 3601,
        }),
      ),
    );
    expect(chained.name).toBe('ValidationError');
    expect(chained.message).toMatch(/1 hour session limit for roles assumed by role chaining/);
    const ok = await chain.send(
      new AssumeRoleCommand({ RoleArn: `${ARN}:role/chained`, RoleSessionName: 'cc' }),
    );
    expect(ok.AssumedRoleUser?.Arn).toMatch(/assumed-role\/chained\/cc$/);
  });
});

describe('GetAccessKeyInfo', () => {
  it('names this account for its long-term and temporary keys', async () => {
    const { Credentials } = await stsAs(alice).send(new GetSessionTokenCommand({}));
    for (const AccessKeyId of [alice.accessKeyId, Credentials!.AccessKeyId!]) {
      const out = await stsAs(TEST_ROOT_KEY).send(new GetAccessKeyInfoCommand({ AccessKeyId }));
      expect(out.Account).toBe(TEST_ACCOUNT_ID);
    }
  });

  it('decodes the account AWS encodes in a key ID it issued elsewhere', async () => {
    const out = await stsAs(TEST_ROOT_KEY).send(
      new GetAccessKeyInfoCommand({ AccessKeyId: 'ASIAQNZGKIQY56JQ7WML' }),
    );
    expect(out.Account).toBe('029608264753');
  });
});
