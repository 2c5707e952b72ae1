import { execFile, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { Secret, TOTP } from 'otpauth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, TEST_ACCOUNT_ID, TEST_ROOT_KEY, type Harness } from './test/harness.ts';

/**
 * Sessions, MFA and service-linked roles through the AWS CLI, as scripts drive them. Skipped
 * where the CLI is not installed.
 */
const hasAwsCli = spawnSync('aws', ['--version'], { stdio: 'ignore' }).status === 0;
if (!hasAwsCli) console.warn('aws-cli-credentials.test.ts: `aws` is not installed; skipped.');
const run = promisify(execFile);

interface CliCredentials {
  accessKeyId: string;
  secretAccessKey: string;
  sessionToken?: string;
}

let harness: Harness;
let workDir: string;

beforeAll(async () => {
  if (!hasAwsCli) return;
  harness = await startHarness();
  workDir = mkdtempSync(join(tmpdir(), 'iam-cli-'));
});
afterAll(async () => {
  if (!hasAwsCli) return;
  await harness.close();
  rmSync(workDir, { recursive: true, force: true });
});

/** Runs `aws …` with only these credentials: no config files, no instance metadata. */
async function aws(args: string[], credentials: CliCredentials = TEST_ROOT_KEY) {
  const env = Object.fromEntries(
    Object.entries(process.env).filter(([name]) => !name.startsWith('AWS_')),
  );
  const { stdout } = await run(
    'aws',
    [...args, '--endpoint-url', harness.origin, '--output', 'json'],
    {
      timeout: 60_000,
      env: {
        ...env,
        AWS_ACCESS_KEY_ID: credentials.accessKeyId,
        AWS_SECRET_ACCESS_KEY: credentials.secretAccessKey,
        ...(credentials.sessionToken ? { AWS_SESSION_TOKEN: credentials.sessionToken } : {}),
        AWS_DEFAULT_REGION: 'us-east-1',
        AWS_CONFIG_FILE: '/dev/null',
        AWS_SHARED_CREDENTIALS_FILE: '/dev/null',
        AWS_EC2_METADATA_DISABLED: 'true',
        AWS_PAGER: '',
      },
    },
  );
  return stdout.trim() === '' ? {} : JSON.parse(stdout);
}

// Each `aws` call takes a second or two, more while the other suites run beside it.
describe.skipIf(!hasAwsCli)(
  'AWS CLI: MFA, sessions and service-linked roles',
  { timeout: 60_000 },
  () => {
    it('creates and enables a virtual MFA device from the seed file the CLI writes', async () => {
      await aws(['iam', 'create-user', '--user-name', 'cli-mfa']);
      const outfile = join(workDir, 'seed.txt');
      const created = await aws([
        'iam',
        'create-virtual-mfa-device',
        '--virtual-mfa-device-name',
        'cli-mfa',
        '--outfile',
        outfile,
        '--bootstrap-method',
        'Base32StringSeed',
      ]);
      const serial = created.VirtualMFADevice.SerialNumber as string;
      expect(serial).toBe(`arn:aws:iam::${TEST_ACCOUNT_ID}:mfa/cli-mfa`);
      const totp = new TOTP({ secret: Secret.fromBase32(readFileSync(outfile, 'ascii').trim()) });
      const now = Date.now();
      await aws([
        'iam',
        'enable-mfa-device',
        '--user-name',
        'cli-mfa',
        '--serial-number',
        serial,
        '--authentication-code1',
        totp.generate({ timestamp: now - 30_000 }),
        '--authentication-code2',
        totp.generate({ timestamp: now }),
      ]);
      const listed = await aws([
        'iam',
        'list-virtual-mfa-devices',
        '--assignment-status',
        'Assigned',
      ]);
      expect(listed.VirtualMFADevices[0].User.UserName).toBe('cli-mfa');
    });

    it('gets a session token and uses it for STS', async () => {
      const { Credentials } = await aws(['sts', 'get-session-token', '--duration-seconds', '900']);
      expect(Credentials.AccessKeyId).toMatch(/^ASIA/);
      const identity = await aws(['sts', 'get-caller-identity'], {
        accessKeyId: Credentials.AccessKeyId,
        secretAccessKey: Credentials.SecretAccessKey,
        sessionToken: Credentials.SessionToken,
      });
      expect(identity.Arn).toBe(`arn:aws:iam::${TEST_ACCOUNT_ID}:root`);
    });

    it('creates a service-linked role and deletes it through its deletion task', async () => {
      const { Role } = await aws([
        'iam',
        'create-service-linked-role',
        '--aws-service-name',
        'elasticbeanstalk.amazonaws.com',
      ]);
      expect(Role.Path).toBe('/aws-service-role/elasticbeanstalk.amazonaws.com/');
      expect(Role.AssumeRolePolicyDocument.Statement[0].Principal.Service).toEqual([
        'elasticbeanstalk.amazonaws.com',
      ]);
      const { DeletionTaskId } = await aws([
        'iam',
        'delete-service-linked-role',
        '--role-name',
        Role.RoleName,
      ]);
      const status = await aws([
        'iam',
        'get-service-linked-role-deletion-status',
        '--deletion-task-id',
        DeletionTaskId,
      ]);
      expect(status.Status).toBe('SUCCEEDED');
    });
  },
);
