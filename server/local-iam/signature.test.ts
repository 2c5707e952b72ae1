import {
  AttachUserPolicyCommand,
  CreateAccessKeyCommand,
  CreateUserCommand,
  GetAccessKeyLastUsedCommand,
  ListUsersCommand,
  UpdateAccessKeyCommand,
} from '@aws-sdk/client-iam';
import { GetCallerIdentityCommand } from '@aws-sdk/client-sts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  rejectionOf,
  startHarness,
  TEST_ROOT_KEY,
  type Credentials,
  type Harness,
} from './test/harness.ts';
import { errorOf, post, send, signedRequest, type RawResponse } from './test/raw.ts';

const LIST_USERS = { Action: 'ListUsers', Version: '2010-05-08' };
const MISMATCH =
  'The request signature we calculated does not match the signature you provided. ' +
  'Check your AWS Secret Access Key and signing method. ' +
  'Consult the service documentation for details.';
const INVALID_TOKEN = 'The security token included in the request is invalid.';

let harness: Harness;
let userKey: Credentials;

beforeAll(async () => {
  harness = await startHarness();
  const iam = harness.iam();
  await iam.send(new CreateUserCommand({ UserName: 'signer' }));
  const { AccessKey } = await iam.send(new CreateAccessKeyCommand({ UserName: 'signer' }));
  userKey = { accessKeyId: AccessKey!.AccessKeyId!, secretAccessKey: AccessKey!.SecretAccessKey! };
});
afterAll(() => harness.close());

function expectError(response: RawResponse, status: number, code: string, message?: string) {
  expect(response.status).toBe(status);
  const error = errorOf(response);
  expect(error.Code).toBe(code);
  if (message !== undefined) expect(error.Message).toBe(message);
}

describe('a correctly signed request', () => {
  it('is accepted with any region in the credential scope', async () => {
    for (const region of ['us-east-1', 'eu-west-3', 'ap-southeast-2']) {
      const response = await post(harness.endpoint, LIST_USERS, { region });
      expect(response.status).toBe(200);
    }
  });

  it('is accepted with and without x-amz-content-sha256', async () => {
    for (const applyChecksum of [true, false]) {
      const response = await post(harness.endpoint, LIST_USERS, { applyChecksum });
      expect(response.status).toBe(200);
    }
  });

  it('records the key as last used, with service and region', async () => {
    await post(harness.endpoint, LIST_USERS, { credentials: userKey, region: 'eu-central-1' });
    const iam = harness.iam();
    const used = await iam.send(
      new GetAccessKeyLastUsedCommand({ AccessKeyId: userKey.accessKeyId }),
    );
    expect(used.UserName).toBe('signer');
    expect(used.AccessKeyLastUsed).toMatchObject({ ServiceName: 'iam', Region: 'eu-central-1' });
    expect(Date.now() - used.AccessKeyLastUsed!.LastUsedDate!.getTime()).toBeLessThan(60_000);

    await harness.sts(userKey).send(new GetCallerIdentityCommand({}));
    const again = await iam.send(
      new GetAccessKeyLastUsedCommand({ AccessKeyId: userKey.accessKeyId }),
    );
    expect(again.AccessKeyLastUsed).toMatchObject({ ServiceName: 'sts', Region: 'us-east-1' });
  });
});

describe('tampering', () => {
  it('rejects a body changed after signing (with the payload hash header)', async () => {
    const request = await signedRequest(harness.endpoint, LIST_USERS);
    request.body = request.body.replace('ListUsers', 'ListRoles');
    expectError(await send(request), 403, 'SignatureDoesNotMatch', MISMATCH);
  });

  it('rejects a body changed after signing (without the payload hash header)', async () => {
    const request = await signedRequest(harness.endpoint, LIST_USERS, { applyChecksum: false });
    request.body += '&PathPrefix=%2Fother%2F';
    expectError(await send(request), 403, 'SignatureDoesNotMatch', MISMATCH);
  });

  it('rejects a payload hash header that does not match the body', async () => {
    const request = await signedRequest(harness.endpoint, LIST_USERS);
    request.headers['x-amz-content-sha256'] = '0'.repeat(64);
    expectError(await send(request), 403, 'SignatureDoesNotMatch', MISMATCH);
  });

  it('rejects a signed header changed after signing', async () => {
    const request = await signedRequest(harness.endpoint, LIST_USERS);
    request.headers['content-type'] = 'application/x-www-form-urlencoded';
    expectError(await send(request), 403, 'SignatureDoesNotMatch', MISMATCH);
  });

  it('rejects an X-Amz-Date changed after signing', async () => {
    const request = await signedRequest(harness.endpoint, LIST_USERS);
    const date = request.headers['x-amz-date']!;
    const earlier = String(Number(date.slice(13, 15)) === 0 ? 1 : 0).padStart(2, '0');
    request.headers['x-amz-date'] = date.slice(0, 13) + earlier + 'Z';
    expectError(await send(request), 403, 'SignatureDoesNotMatch', MISMATCH);
  });

  it('rejects a signature made with the wrong secret', async () => {
    const response = await post(harness.endpoint, LIST_USERS, {
      credentials: { accessKeyId: TEST_ROOT_KEY.accessKeyId, secretAccessKey: 'x'.repeat(40) },
    });
    expectError(response, 403, 'SignatureDoesNotMatch', MISMATCH);
  });

  it('rejects a request to another path than the one signed', async () => {
    const request = await signedRequest(`${harness.origin}/`, LIST_USERS);
    request.url = harness.endpoint;
    expectError(await send(request), 403, 'SignatureDoesNotMatch', MISMATCH);
  });
});

describe('the clock', () => {
  it('rejects a request signed 20 minutes ago as expired', async () => {
    const signingDate = new Date(Date.now() - 20 * 60 * 1000);
    const response = await post(harness.endpoint, LIST_USERS, { signingDate });
    expectError(response, 403, 'SignatureDoesNotMatch');
    expect(errorOf(response).Message).toMatch(
      new RegExp(
        '^Signature expired: \\d{8}T\\d{6}Z is now earlier than \\d{8}T\\d{6}Z ' +
          '\\(\\d{8}T\\d{6}Z - 15 min\\.\\)$',
      ),
    );
  });

  it('rejects a request signed 20 minutes ahead as not yet current', async () => {
    const signingDate = new Date(Date.now() + 20 * 60 * 1000);
    const response = await post(harness.endpoint, LIST_USERS, { signingDate });
    expectError(response, 403, 'SignatureDoesNotMatch');
    expect(errorOf(response).Message).toMatch(/^Signature not yet current: /);
  });

  it('accepts a request signed 10 minutes off', async () => {
    for (const offset of [-10, 10]) {
      const signingDate = new Date(Date.now() + offset * 60 * 1000);
      expect((await post(harness.endpoint, LIST_USERS, { signingDate })).status).toBe(200);
    }
  });
});

describe('keys', () => {
  it('rejects an unknown access key with InvalidClientTokenId', async () => {
    const response = await post(harness.endpoint, LIST_USERS, {
      credentials: { accessKeyId: 'AKIAUNKNOWNKEY000000', secretAccessKey: 'y'.repeat(40) },
    });
    expectError(response, 403, 'InvalidClientTokenId', INVALID_TOKEN);
  });

  it('rejects an inactive key (InvalidClientTokenId), accepts it again once active', async () => {
    const iam = harness.iam();
    const { AccessKey } = await iam.send(new CreateAccessKeyCommand({ UserName: 'signer' }));
    await iam.send(
      new AttachUserPolicyCommand({
        UserName: 'signer',
        PolicyArn: 'arn:aws:iam::aws:policy/IAMReadOnlyAccess',
      }),
    );
    const key = {
      accessKeyId: AccessKey!.AccessKeyId!,
      secretAccessKey: AccessKey!.SecretAccessKey!,
    };
    const update = (Status: 'Active' | 'Inactive') =>
      iam.send(
        new UpdateAccessKeyCommand({ UserName: 'signer', AccessKeyId: key.accessKeyId, Status }),
      );

    await update('Inactive');
    const refused = await post(harness.endpoint, LIST_USERS, { credentials: key });
    expectError(refused, 403, 'InvalidClientTokenId', INVALID_TOKEN);

    await update('Active');
    expect((await post(harness.endpoint, LIST_USERS, { credentials: key })).status).toBe(200);
  });

  it('rejects a session token sent with a long-term key', async () => {
    const request = await signedRequest(harness.endpoint, LIST_USERS);
    request.headers['x-amz-security-token'] = 'not-a-session';
    expectError(await send(request), 403, 'InvalidClientTokenId', INVALID_TOKEN);
  });

  it('raises the errors through the SDK with their codes and statuses', async () => {
    const unknown = await rejectionOf(
      harness
        .iam({ accessKeyId: 'AKIAUNKNOWNKEY000000', secretAccessKey: 'y'.repeat(40) })
        .send(new ListUsersCommand({})),
    );
    expect(unknown.name).toBe('InvalidClientTokenId');
    expect(unknown.$metadata.httpStatusCode).toBe(403);

    const wrongSecret = await rejectionOf(
      harness
        .sts({ accessKeyId: userKey.accessKeyId, secretAccessKey: 'z'.repeat(40) })
        .send(new GetCallerIdentityCommand({})),
    );
    expect(wrongSecret.name).toBe('SignatureDoesNotMatch');
    expect(wrongSecret.message).toBe(MISMATCH);
  });
});

describe('the Authorization header', () => {
  it('is required: MissingAuthenticationToken (403)', async () => {
    const response = await fetch(harness.endpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams(LIST_USERS).toString(),
    });
    const raw = { status: response.status, headers: response.headers, text: await response.text() };
    expectError(raw, 403, 'MissingAuthenticationToken', 'Request is missing Authentication Token');
  });

  it('must be complete: IncompleteSignature (400)', async () => {
    const request = await signedRequest(harness.endpoint, LIST_USERS);
    request.headers.authorization = request.headers.authorization!.replace(/, Signature=\w+/, '');
    expectError(await send(request), 400, 'IncompleteSignature');
  });

  it('must be scoped to iam or sts', async () => {
    const response = await post(harness.endpoint, LIST_USERS, { service: 's3' });
    expectError(response, 403, 'SignatureDoesNotMatch');
  });
});
