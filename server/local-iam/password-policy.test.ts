import {
  ChangePasswordCommand,
  CreateAccessKeyCommand,
  CreateLoginProfileCommand,
  CreateUserCommand,
  DeleteAccountPasswordPolicyCommand,
  GetAccountPasswordPolicyCommand,
  GetLoginProfileCommand,
  IAMClient,
  InvalidUserTypeException,
  NoSuchEntityException,
  PasswordPolicyViolationException,
  PutUserPolicyCommand,
  UpdateAccountPasswordPolicyCommand,
  UpdateLoginProfileCommand,
} from '@aws-sdk/client-iam';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { rejectionOf, startHarness, TEST_ACCOUNT_ID, type Harness } from './test/harness.ts';

let harness: Harness;
let iam: IAMClient;
beforeAll(async () => {
  harness = await startHarness();
  iam = harness.iam();
});
afterAll(() => harness.close());
beforeEach(async () => {
  await iam.send(new DeleteAccountPasswordPolicyCommand({})).catch(() => undefined);
});

let users = 0;
/** A user with a login profile and an access key, signing as itself. */
async function userWithPassword(Password: string) {
  const UserName = `pw-user-${++users}`;
  await iam.send(new CreateUserCommand({ UserName }));
  await iam.send(
    new CreateLoginProfileCommand({ UserName, Password, PasswordResetRequired: true }),
  );
  const { AccessKey } = await iam.send(new CreateAccessKeyCommand({ UserName }));
  const client = harness.iam({
    accessKeyId: AccessKey!.AccessKeyId!,
    secretAccessKey: AccessKey!.SecretAccessKey!,
  });
  return { UserName, client };
}

describe('account password policy', () => {
  it('answers NoSuchEntity (404) while none is set, for Get and Delete', async () => {
    const error = await rejectionOf(iam.send(new GetAccountPasswordPolicyCommand({})));
    expect(error).toBeInstanceOf(NoSuchEntityException);
    expect(error.$metadata.httpStatusCode).toBe(404);
    expect(error.message).toBe(
      `The Password Policy with domain name ${TEST_ACCOUNT_ID} cannot be found.`,
    );
    const deleted = await rejectionOf(iam.send(new DeleteAccountPasswordPolicyCommand({})));
    expect(deleted).toBeInstanceOf(NoSuchEntityException);
  });

  it('replaces the whole policy on each update', async () => {
    await iam.send(
      new UpdateAccountPasswordPolicyCommand({
        MinimumPasswordLength: 14,
        RequireSymbols: true,
        MaxPasswordAge: 90,
        PasswordReusePrevention: 5,
      }),
    );
    const first = await iam.send(new GetAccountPasswordPolicyCommand({}));
    expect(first.PasswordPolicy).toMatchObject({
      MinimumPasswordLength: 14,
      RequireSymbols: true,
      RequireNumbers: false,
      ExpirePasswords: true,
      MaxPasswordAge: 90,
      PasswordReusePrevention: 5,
      AllowUsersToChangePassword: false,
      HardExpiry: false,
    });

    await iam.send(new UpdateAccountPasswordPolicyCommand({ RequireNumbers: true }));
    const second = await iam.send(new GetAccountPasswordPolicyCommand({}));
    expect(second.PasswordPolicy).toMatchObject({
      MinimumPasswordLength: 6,
      RequireSymbols: false,
      RequireNumbers: true,
      ExpirePasswords: false,
    });
    expect(second.PasswordPolicy!.MaxPasswordAge).toBeUndefined();
  });

  it.each([
    [{ MinimumPasswordLength: 5 }, "Value '5' at 'minimumPasswordLength'"],
    [{ MinimumPasswordLength: 129 }, "Value '129' at 'minimumPasswordLength'"],
    [{ MaxPasswordAge: 1096 }, "Value '1096' at 'maxPasswordAge'"],
    [{ PasswordReusePrevention: 25 }, "Value '25' at 'passwordReusePrevention'"],
  ])('refuses %j with ValidationError', async (input, message) => {
    const error = await rejectionOf(iam.send(new UpdateAccountPasswordPolicyCommand(input)));
    expect(error.name).toBe('ValidationError');
    expect(error.message).toContain(message);
  });

  it('is enforced on CreateLoginProfile and UpdateLoginProfile', async () => {
    await iam.send(
      new UpdateAccountPasswordPolicyCommand({
        MinimumPasswordLength: 12,
        RequireUppercaseCharacters: true,
        RequireNumbers: true,
      }),
    );
    await iam.send(new CreateUserCommand({ UserName: 'pw-enforced' }));
    const error = await rejectionOf(
      iam.send(new CreateLoginProfileCommand({ UserName: 'pw-enforced', Password: 'short' })),
    );
    expect(error).toBeInstanceOf(PasswordPolicyViolationException);
    expect(error.message).toBe(
      'Password does not conform to the account password policy requirements: ' +
        'Password should have a minimum length of 12; ' +
        'Password should have at least one uppercase letter; ' +
        'Password should have at least one number',
    );
    expect(error.message).not.toContain('short');

    // Below IAM's default rules (three character classes), but the account policy allows it.
    await iam.send(
      new CreateLoginProfileCommand({ UserName: 'pw-enforced', Password: 'ALLCAPSWITH1' }),
    );
    const update = await rejectionOf(
      iam.send(
        new UpdateLoginProfileCommand({ UserName: 'pw-enforced', Password: 'NoDigitsHere!' }),
      ),
    );
    expect(update).toBeInstanceOf(PasswordPolicyViolationException);
  });

  it("counts only the policy's symbols: a dot, tilde or space is not one", async () => {
    await iam.send(new UpdateAccountPasswordPolicyCommand({ RequireSymbols: true }));
    await iam.send(new CreateUserCommand({ UserName: 'pw-symbols' }));
    const error = await rejectionOf(
      iam.send(
        new CreateLoginProfileCommand({ UserName: 'pw-symbols', Password: 'Dot.Tilde~ 1a' }),
      ),
    );
    expect(error).toBeInstanceOf(PasswordPolicyViolationException);
    expect(error.message).toContain('Password should have at least one symbol');
    await iam.send(new CreateLoginProfileCommand({ UserName: 'pw-symbols', Password: "Quote'1a" }));
  });
});

describe('ChangePassword', () => {
  it('needs a policy, checks the old password, clears PasswordResetRequired', async () => {
    const { UserName, client } = await userWithPassword('Initial-Passw0rd');
    const change = (OldPassword: string, NewPassword: string) =>
      client.send(new ChangePasswordCommand({ OldPassword, NewPassword }));

    const denied = await rejectionOf(change('Initial-Passw0rd', 'Second-Passw0rd'));
    expect(denied.name).toBe('AccessDenied');
    expect(denied.message).toContain('iam:ChangePassword');

    await iam.send(
      new PutUserPolicyCommand({
        UserName,
        PolicyName: 'change-own-password',
        PolicyDocument: JSON.stringify({
          Version: '2012-10-17',
          Statement: [
            {
              Effect: 'Allow',
              Action: 'iam:ChangePassword',
              Resource: `arn:aws:iam::${TEST_ACCOUNT_ID}:user/\${aws:username}`,
            },
          ],
        }),
      }),
    );
    const wrong = await rejectionOf(change('not-the-password', 'Second-Passw0rd'));
    expect(wrong.name).toBe('AccessDenied');
    const weak = await rejectionOf(change('Initial-Passw0rd', 'weak'));
    expect(weak).toBeInstanceOf(PasswordPolicyViolationException);

    await change('Initial-Passw0rd', 'Second-Passw0rd');
    const { LoginProfile } = await iam.send(new GetLoginProfileCommand({ UserName }));
    expect(LoginProfile!.PasswordResetRequired).toBe(false);
    await change('Second-Passw0rd', 'Third-Passw0rd');
  });

  it('is allowed to every user by AllowUsersToChangePassword', async () => {
    const { client } = await userWithPassword('Initial-Passw0rd');
    await iam.send(new UpdateAccountPasswordPolicyCommand({ AllowUsersToChangePassword: true }));
    await client.send(
      new ChangePasswordCommand({
        OldPassword: 'Initial-Passw0rd',
        NewPassword: 'Changed-Passw0rd',
      }),
    );
    const { PasswordPolicy } = await client.send(new GetAccountPasswordPolicyCommand({}));
    expect(PasswordPolicy!.AllowUsersToChangePassword).toBe(true);
  });

  it('refuses earlier passwords under PasswordReusePrevention', async () => {
    const { client } = await userWithPassword('First-Passw0rd');
    await iam.send(
      new UpdateAccountPasswordPolicyCommand({
        AllowUsersToChangePassword: true,
        PasswordReusePrevention: 2,
      }),
    );
    const change = (OldPassword: string, NewPassword: string) =>
      client.send(new ChangePasswordCommand({ OldPassword, NewPassword }));
    await change('First-Passw0rd', 'Second-Passw0rd');
    const reuse = await rejectionOf(change('Second-Passw0rd', 'First-Passw0rd'));
    expect(reuse).toBeInstanceOf(PasswordPolicyViolationException);
    await change('Second-Passw0rd', 'Third-Passw0rd');
    // Two back is now out of the window of two.
    await change('Third-Passw0rd', 'First-Passw0rd');
  });

  it('refuses the root user with InvalidUserType', async () => {
    const error = await rejectionOf(
      iam.send(new ChangePasswordCommand({ OldPassword: 'x-Passw0rd', NewPassword: 'y-Passw0rd' })),
    );
    expect(error).toBeInstanceOf(InvalidUserTypeException);
  });
});
