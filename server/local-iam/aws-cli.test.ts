import { execFile, spawnSync } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createConsoleMiddleware } from '../app.ts';
import { openLocalAccount, type LocalAccount } from './index.ts';
import { TEST_ACCOUNT_ID, TEST_ROOT_KEY, type Credentials } from './test/harness.ts';

/**
 * The seed tutorial's own commands, run with the AWS CLI against the console's routes
 * (`--endpoint-url` posts to `/`). Skipped where the CLI is not installed.
 */
const hasAwsCli = spawnSync('aws', ['--version'], { stdio: 'ignore' }).status === 0;
const run = promisify(execFile);

let account: LocalAccount;
let server: Server;
let endpointUrl: string;

beforeAll(async () => {
  if (!hasAwsCli) return;
  account = openLocalAccount({
    accountId: TEST_ACCOUNT_ID,
    rootAccessKeyId: TEST_ROOT_KEY.accessKeyId,
    rootSecretAccessKey: TEST_ROOT_KEY.secretAccessKey,
    demo: true,
  });
  const middleware = createConsoleMiddleware({ account });
  server = createServer((req, res) =>
    middleware(req, res, () => {
      res.statusCode = 404;
      res.end();
    }),
  );
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  endpointUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  if (!hasAwsCli) return;
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  account.close();
});

/** Runs `aws …` with only these credentials: no config files, no instance metadata. */
async function aws(args: string[], credentials: Credentials = TEST_ROOT_KEY): Promise<unknown> {
  const env = Object.fromEntries(
    Object.entries(process.env).filter(([name]) => !name.startsWith('AWS_')),
  );
  const { stdout } = await run(
    'aws',
    [...args, '--endpoint-url', endpointUrl, '--output', 'json'],
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
  return JSON.parse(stdout);
}

const title = hasAwsCli
  ? 'the seed’s AWS CLI commands'
  : 'the seed’s AWS CLI commands (skipped: `aws` is not on PATH)';

// Each `aws` start costs a second or more of CPU; with other suites in parallel, 5 s is too short.
describe.skipIf(!hasAwsCli)(title, { timeout: 60_000 }, () => {
  it('aws iam get-user --user-name techsquawks-user', async () => {
    const out = await aws(['iam', 'get-user', '--user-name', 'techsquawks-user']);
    expect(out).toMatchObject({
      User: {
        Path: '/',
        UserName: 'techsquawks-user',
        Arn: `arn:aws:iam::${TEST_ACCOUNT_ID}:user/techsquawks-user`,
        Tags: [{ Key: 'Team', Value: 'platform' }],
      },
    });
  });

  it('aws iam list-users --path-prefix /example/path/2/', async () => {
    const out = (await aws(['iam', 'list-users', '--path-prefix', '/example/path/2/'])) as {
      Users: { UserName: string; Arn: string }[];
    };
    expect(out.Users.map((user) => user.UserName)).toEqual([
      'techsquawks-user-2',
      'techsquawks-user-2a',
    ]);
    expect(out.Users[0]!.Arn).toBe(
      `arn:aws:iam::${TEST_ACCOUNT_ID}:user/example/path/2/techsquawks-user-2`,
    );
  });

  it('aws iam create-access-key, then aws sts get-caller-identity with the new key', async () => {
    const created = (await aws([
      'iam',
      'create-access-key',
      '--user-name',
      'techsquawks-user-2',
    ])) as { AccessKey: { AccessKeyId: string; SecretAccessKey: string } };
    const identity = await aws(['sts', 'get-caller-identity'], {
      accessKeyId: created.AccessKey.AccessKeyId,
      secretAccessKey: created.AccessKey.SecretAccessKey,
    });
    expect(identity).toMatchObject({
      Account: TEST_ACCOUNT_ID,
      Arn: `arn:aws:iam::${TEST_ACCOUNT_ID}:user/example/path/2/techsquawks-user-2`,
      UserId: expect.stringMatching(/^AIDA/),
    });
  });

  it('aws iam list-groups shows the demo groups', async () => {
    const out = (await aws(['iam', 'list-groups'])) as { Groups: { GroupName: string }[] };
    expect(out.Groups.map((group) => group.GroupName)).toEqual(['Admins', 'Developers', 'Devops']);
  });

  it('aws iam get-role decodes the URL-encoded trust policy', async () => {
    const out = (await aws(['iam', 'get-role', '--role-name', 'ec2-app-server'])) as {
      Role: { AssumeRolePolicyDocument: unknown };
    };
    expect(out.Role.AssumeRolePolicyDocument).toMatchObject({
      Statement: [{ Principal: { Service: 'ec2.amazonaws.com' }, Action: 'sts:AssumeRole' }],
    });
  });

  it('reports an IAM error with its code', async () => {
    const failure = await aws(['iam', 'get-user', '--user-name', 'nobody']).then(
      () => undefined,
      (error: { stderr: string }) => error.stderr,
    );
    expect(failure).toContain('(NoSuchEntity)');
    expect(failure).toContain('The user with name nobody cannot be found.');
  });
});
