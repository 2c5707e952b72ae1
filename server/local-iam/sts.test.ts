import { CreateAccessKeyCommand, CreateUserCommand } from '@aws-sdk/client-iam';
import { GetCallerIdentityCommand } from '@aws-sdk/client-sts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, TEST_ACCOUNT_ID, type Harness } from './test/harness.ts';

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(() => harness.close());

describe('GetCallerIdentity', () => {
  it('answers for the root user with the account ID and the root ARN', async () => {
    const identity = await harness.sts().send(new GetCallerIdentityCommand({}));
    expect(identity).toMatchObject({
      UserId: TEST_ACCOUNT_ID,
      Account: TEST_ACCOUNT_ID,
      Arn: `arn:aws:iam::${TEST_ACCOUNT_ID}:root`,
    });
  });

  it('answers for an IAM user with its AIDA ID and its ARN with path', async () => {
    const iam = harness.iam();
    const { User } = await iam.send(
      new CreateUserCommand({ UserName: 'caller-user', Path: '/team/a/' }),
    );
    const { AccessKey } = await iam.send(new CreateAccessKeyCommand({ UserName: 'caller-user' }));
    const identity = await harness
      .sts({ accessKeyId: AccessKey!.AccessKeyId!, secretAccessKey: AccessKey!.SecretAccessKey! })
      .send(new GetCallerIdentityCommand({}));

    expect(identity.UserId).toBe(User!.UserId);
    expect(identity.UserId).toMatch(/^AIDA[A-Z2-7]{17}$/);
    expect(identity.Account).toBe(TEST_ACCOUNT_ID);
    expect(identity.Arn).toBe(`arn:aws:iam::${TEST_ACCOUNT_ID}:user/team/a/caller-user`);
  });
});
