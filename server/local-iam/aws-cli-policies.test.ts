import { execFile, spawnSync } from 'node:child_process';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  startHarness,
  TEST_ACCOUNT_ID,
  TEST_ROOT_KEY,
  type Credentials,
  type Harness,
} from './test/harness.ts';

/**
 * The seed's permission story through the AWS CLI: a new user is refused, a group with
 * IAMReadOnlyAccess lets it list users but not create them. Skipped where `aws` is not installed.
 */
const hasAwsCli = spawnSync('aws', ['--version'], { stdio: 'ignore' }).status === 0;
const run = promisify(execFile);

let harness: Harness;
beforeAll(async () => {
  if (hasAwsCli) harness = await startHarness();
});
afterAll(async () => {
  if (hasAwsCli) await harness.close();
});

interface CliResult {
  ok: boolean;
  json?: Record<string, unknown>;
  stderr: string;
}

/** Runs `aws …` with only these credentials: no config files, no instance metadata. */
async function aws(args: string[], credentials: Credentials = TEST_ROOT_KEY): Promise<CliResult> {
  const env = Object.fromEntries(
    Object.entries(process.env).filter(([name]) => !name.startsWith('AWS_')),
  );
  try {
    const { stdout } = await run(
      'aws',
      [...args, '--endpoint-url', harness.endpoint, '--output', 'json'],
      {
        timeout: 60_000,
        env: {
          ...env,
          AWS_ACCESS_KEY_ID: credentials.accessKeyId,
          AWS_SECRET_ACCESS_KEY: credentials.secretAccessKey,
          AWS_DEFAULT_REGION: 'us-east-1',
          AWS_CONFIG_FILE: '/dev/null',
          AWS_SHARED_CREDENTIALS_FILE: '/dev/null',
          AWS_EC2_METADATA_DISABLED: 'true',
          AWS_PAGER: '',
        },
      },
    );
    return { ok: true, json: stdout.trim() ? JSON.parse(stdout) : undefined, stderr: '' };
  } catch (error) {
    return { ok: false, stderr: String((error as { stderr?: string }).stderr ?? error) };
  }
}

const title = hasAwsCli
  ? 'AWS CLI: policies and permissions'
  : 'AWS CLI: policies and permissions (skipped: `aws` is not on PATH)';

describe.skipIf(!hasAwsCli)(title, { timeout: 60_000 }, () => {
  it('refuses a new user, then IAMReadOnlyAccess via a group lets it list but not create', async () => {
    await aws(['iam', 'create-user', '--user-name', 'cli-newcomer']);
    const key = (await aws(['iam', 'create-access-key', '--user-name', 'cli-newcomer'])).json!
      .AccessKey as { AccessKeyId: string; SecretAccessKey: string };
    const as = { accessKeyId: key.AccessKeyId, secretAccessKey: key.SecretAccessKey };

    const refused = await aws(['iam', 'list-users'], as);
    expect(refused.ok).toBe(false);
    expect(refused.stderr).toContain('(AccessDenied)');
    expect(refused.stderr).toContain(
      `User: arn:aws:iam::${TEST_ACCOUNT_ID}:user/cli-newcomer is not authorized to perform: ` +
        'iam:ListUsers',
    );

    await aws(['iam', 'create-group', '--group-name', 'cli-readers']);
    const policyArn = 'arn:aws:iam::aws:policy/IAMReadOnlyAccess';
    await aws([
      'iam',
      'attach-group-policy',
      '--group-name',
      'cli-readers',
      '--policy-arn',
      policyArn,
    ]);
    await aws([
      'iam',
      'add-user-to-group',
      '--group-name',
      'cli-readers',
      '--user-name',
      'cli-newcomer',
    ]);

    const listed = await aws(['iam', 'list-users'], as);
    expect(listed.ok).toBe(true);
    const created = await aws(['iam', 'create-user', '--user-name', 'cli-intruder'], as);
    expect(created.ok).toBe(false);
    expect(created.stderr).toContain('iam:CreateUser');
  });

  it('creates a customer managed policy and reads its version decoded by the CLI', async () => {
    const document = JSON.stringify({
      Version: '2012-10-17',
      Statement: [{ Effect: 'Allow', Action: 's3:GetObject', Resource: '*' }],
    });
    const created = await aws([
      'iam',
      'create-policy',
      '--policy-name',
      'CliPolicy',
      '--policy-document',
      document,
    ]);
    const arn = (created.json!.Policy as { Arn: string }).Arn;
    const version = await aws([
      'iam',
      'get-policy-version',
      '--policy-arn',
      arn,
      '--version-id',
      'v1',
    ]);
    expect((version.json!.PolicyVersion as { Document: unknown }).Document).toEqual(
      JSON.parse(document),
    );
    const missing = await aws(['iam', 'get-account-password-policy']);
    expect(missing.stderr).toContain('(NoSuchEntity)');
  });
});
