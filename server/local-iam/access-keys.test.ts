import {
  AttachUserPolicyCommand,
  CreateAccessKeyCommand,
  CreateUserCommand,
  DeleteAccessKeyCommand,
  GetAccessKeyLastUsedCommand,
  IAMClient,
  LimitExceededException,
  ListAccessKeysCommand,
  NoSuchEntityException,
  UpdateAccessKeyCommand,
} from '@aws-sdk/client-iam';
import { GetCallerIdentityCommand } from '@aws-sdk/client-sts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rejectionOf, startHarness, TEST_ROOT_KEY, type Harness } from './test/harness.ts';
import { post } from './test/raw.ts';

let harness: Harness;
let iam: IAMClient;
beforeAll(async () => {
  harness = await startHarness();
  iam = harness.iam();
  await iam.send(new CreateUserCommand({ UserName: 'key-holder' }));
});
afterAll(() => harness.close());

const createKey = (UserName?: string) =>
  iam.send(new CreateAccessKeyCommand({ UserName })).then((out) => out.AccessKey!);

describe('CreateAccessKey', () => {
  it('returns an AKIA key ID of 20 characters and a secret of 40, active', async () => {
    const key = await createKey('key-holder');
    expect(key.UserName).toBe('key-holder');
    expect(key.AccessKeyId).toMatch(/^AKIA[A-Z2-7]{16}$/);
    expect(key.SecretAccessKey).toHaveLength(40);
    expect(key.Status).toBe('Active');
    expect(key.CreateDate).toBeInstanceOf(Date);
  });

  it('refuses a third key, active or inactive, with LimitExceeded (409)', async () => {
    const second = await createKey('key-holder');
    await iam.send(
      new UpdateAccessKeyCommand({
        UserName: 'key-holder',
        AccessKeyId: second.AccessKeyId,
        Status: 'Inactive',
      }),
    );
    const error = await rejectionOf(createKey('key-holder'));
    expect(error).toBeInstanceOf(LimitExceededException);
    expect(error.$metadata.httpStatusCode).toBe(409);
    expect(error.message).toBe('Cannot exceed quota for AccessKeysPerUser: 2');
  });

  it('answers NoSuchEntity for a user that does not exist', async () => {
    await expect(createKey('ghost')).rejects.toBeInstanceOf(NoSuchEntityException);
  });

  it('creates a key for the caller when UserName is omitted', async () => {
    await iam.send(new CreateUserCommand({ UserName: 'self-service' }));
    const first = await createKey('self-service');
    // A new user may do nothing until a policy allows it, even on its own keys.
    await iam.send(
      new AttachUserPolicyCommand({
        UserName: 'self-service',
        PolicyArn: 'arn:aws:iam::aws:policy/IAMFullAccess',
      }),
    );
    const asUser = harness.iam({
      accessKeyId: first.AccessKeyId!,
      secretAccessKey: first.SecretAccessKey!,
    });
    const { AccessKey } = await asUser.send(new CreateAccessKeyCommand({}));
    expect(AccessKey!.UserName).toBe('self-service');
  });

  it('creates root keys for the root caller, within the same quota of two', async () => {
    const rootKey = await createKey();
    expect(rootKey.UserName).toBeUndefined();
    const identity = await harness
      .sts({ accessKeyId: rootKey.AccessKeyId!, secretAccessKey: rootKey.SecretAccessKey! })
      .send(new GetCallerIdentityCommand({}));
    expect(identity.Arn).toMatch(/:root$/);

    await expect(createKey()).rejects.toBeInstanceOf(LimitExceededException);
    await iam.send(new DeleteAccessKeyCommand({ AccessKeyId: rootKey.AccessKeyId }));
  });
});

describe('ListAccessKeys', () => {
  it('lists a user’s keys without any secret', async () => {
    const { AccessKeyMetadata, IsTruncated } = await iam.send(
      new ListAccessKeysCommand({ UserName: 'key-holder' }),
    );
    expect(IsTruncated).toBe(false);
    expect(AccessKeyMetadata).toHaveLength(2);
    expect(AccessKeyMetadata!.map((key) => key.Status).sort()).toEqual(['Active', 'Inactive']);
    for (const key of AccessKeyMetadata!) {
      expect(Object.keys(key).sort()).toEqual(['AccessKeyId', 'CreateDate', 'Status', 'UserName']);
    }
  });

  it('never carries a secret in the XML either', async () => {
    const response = await post(harness.endpoint, {
      Action: 'ListAccessKeys',
      UserName: 'key-holder',
      Version: '2010-05-08',
    });
    expect(response.text).not.toContain('SecretAccessKey');
  });

  it('lists the root user’s own keys for the root caller', async () => {
    const { AccessKeyMetadata } = await iam.send(new ListAccessKeysCommand({}));
    expect(AccessKeyMetadata!.map((key) => key.AccessKeyId)).toEqual([TEST_ROOT_KEY.accessKeyId]);
  });

  it('pages with MaxItems and Marker', async () => {
    const first = await iam.send(
      new ListAccessKeysCommand({ UserName: 'key-holder', MaxItems: 1 }),
    );
    expect(first.IsTruncated).toBe(true);
    const second = await iam.send(
      new ListAccessKeysCommand({ UserName: 'key-holder', MaxItems: 1, Marker: first.Marker }),
    );
    expect(second.IsTruncated).toBe(false);
    expect(second.Marker).toBeUndefined();
    expect(second.AccessKeyMetadata![0]!.AccessKeyId).not.toBe(
      first.AccessKeyMetadata![0]!.AccessKeyId,
    );
  });
});

describe('UpdateAccessKey and DeleteAccessKey', () => {
  it('refuses a key that belongs to another user with NoSuchEntity', async () => {
    await iam.send(new CreateUserCommand({ UserName: 'other' }));
    const { AccessKeyMetadata } = await iam.send(
      new ListAccessKeysCommand({ UserName: 'key-holder' }),
    );
    const AccessKeyId = AccessKeyMetadata![0]!.AccessKeyId!;
    const error = await rejectionOf(
      iam.send(new UpdateAccessKeyCommand({ UserName: 'other', AccessKeyId, Status: 'Inactive' })),
    );
    expect(error).toBeInstanceOf(NoSuchEntityException);
    expect(error.message).toBe(`The Access Key with id ${AccessKeyId} cannot be found.`);
    await expect(
      iam.send(new DeleteAccessKeyCommand({ UserName: 'other', AccessKeyId })),
    ).rejects.toBeInstanceOf(NoSuchEntityException);
  });

  it('refuses a status other than Active or Inactive', async () => {
    const response = await post(harness.endpoint, {
      Action: 'UpdateAccessKey',
      AccessKeyId: TEST_ROOT_KEY.accessKeyId,
      Status: 'Disabled',
      Version: '2010-05-08',
    });
    expect(response.status).toBe(400);
    expect(response.text).toContain('<Code>ValidationError</Code>');
  });

  it('deletes a key so that it no longer authenticates', async () => {
    await iam.send(new CreateUserCommand({ UserName: 'short-lived' }));
    const key = await createKey('short-lived');
    const credentials = { accessKeyId: key.AccessKeyId!, secretAccessKey: key.SecretAccessKey! };
    await harness.sts(credentials).send(new GetCallerIdentityCommand({}));

    await iam.send(
      new DeleteAccessKeyCommand({ UserName: 'short-lived', AccessKeyId: key.AccessKeyId }),
    );
    const error = await rejectionOf(
      harness.sts(credentials).send(new GetCallerIdentityCommand({})),
    );
    expect(error.name).toBe('InvalidClientTokenId');
    const { AccessKeyMetadata } = await iam.send(
      new ListAccessKeysCommand({ UserName: 'short-lived' }),
    );
    expect(AccessKeyMetadata).toEqual([]);
  });
});

describe('GetAccessKeyLastUsed', () => {
  it('answers N/A for service and region, and no date, for a key never used', async () => {
    await iam.send(new CreateUserCommand({ UserName: 'idle' }));
    const key = await createKey('idle');
    const used = await iam.send(new GetAccessKeyLastUsedCommand({ AccessKeyId: key.AccessKeyId }));
    expect(used.UserName).toBe('idle');
    expect(used.AccessKeyLastUsed).toEqual({ ServiceName: 'N/A', Region: 'N/A' });
  });

  it('answers NoSuchEntity for a key that does not exist', async () => {
    await expect(
      iam.send(new GetAccessKeyLastUsedCommand({ AccessKeyId: 'AKIADOESNOTEXIST0000' })),
    ).rejects.toBeInstanceOf(NoSuchEntityException);
  });
});
