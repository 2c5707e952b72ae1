import {
  CreateLoginProfileCommand,
  CreateUserCommand,
  DeleteLoginProfileCommand,
  EntityAlreadyExistsException,
  GetLoginProfileCommand,
  IAMClient,
  NoSuchEntityException,
  PasswordPolicyViolationException,
  UpdateLoginProfileCommand,
} from '@aws-sdk/client-iam';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashPassword, verifyPassword } from './operations/passwords.ts';
import { rejectionOf, startHarness, type Harness } from './test/harness.ts';
import { post } from './test/raw.ts';

const PASSWORD = 'Corr3ct-Horse';

let harness: Harness;
let iam: IAMClient;
beforeAll(async () => {
  harness = await startHarness({ alias: 'login-tests' });
  iam = harness.iam();
  await iam.send(new CreateUserCommand({ UserName: 'console-user' }));
});
afterAll(() => harness.close());

describe('the login profile lifecycle', () => {
  it('has none at first: GetLoginProfile answers NoSuchEntity (404)', async () => {
    const error = await rejectionOf(
      iam.send(new GetLoginProfileCommand({ UserName: 'console-user' })),
    );
    expect(error).toBeInstanceOf(NoSuchEntityException);
    expect(error.$metadata.httpStatusCode).toBe(404);
    expect(error.message).toBe('Login Profile for User console-user cannot be found.');
  });

  it('creates one: UserName, CreateDate, PasswordResetRequired, never the password', async () => {
    const response = await post(harness.endpoint, {
      Action: 'CreateLoginProfile',
      UserName: 'console-user',
      Password: PASSWORD,
      PasswordResetRequired: 'true',
      Version: '2010-05-08',
    });
    expect(response.status).toBe(200);
    expect(response.text).toMatch(
      /<LoginProfile><UserName>console-user<\/UserName><CreateDate>[^<]+<\/CreateDate>/,
    );
    expect(response.text).toContain('<PasswordResetRequired>true</PasswordResetRequired>');
    expect(response.text).not.toContain(PASSWORD);
    expect(response.text).not.toContain('Password>');
  });

  it('refuses a second create with EntityAlreadyExists (409)', async () => {
    const error = await rejectionOf(
      iam.send(new CreateLoginProfileCommand({ UserName: 'console-user', Password: PASSWORD })),
    );
    expect(error).toBeInstanceOf(EntityAlreadyExistsException);
    expect(error.$metadata.httpStatusCode).toBe(409);
  });

  it('answers GetLoginProfile with the stored fields', async () => {
    const { LoginProfile } = await iam.send(
      new GetLoginProfileCommand({ UserName: 'console-user' }),
    );
    expect(LoginProfile).toMatchObject({ UserName: 'console-user', PasswordResetRequired: true });
    expect(LoginProfile!.CreateDate).toBeInstanceOf(Date);
  });

  it('updates with an empty result, keeping the fields left out', async () => {
    const response = await post(harness.endpoint, {
      Action: 'UpdateLoginProfile',
      UserName: 'console-user',
      Password: 'N3w-Passw0rd',
      Version: '2010-05-08',
    });
    expect(response.text).toMatch(/^<UpdateLoginProfileResponse [^>]+><ResponseMetadata>/);
    const { LoginProfile } = await iam.send(
      new GetLoginProfileCommand({ UserName: 'console-user' }),
    );
    expect(LoginProfile!.PasswordResetRequired).toBe(true);

    await iam.send(
      new UpdateLoginProfileCommand({ UserName: 'console-user', PasswordResetRequired: false }),
    );
    const after = await iam.send(new GetLoginProfileCommand({ UserName: 'console-user' }));
    expect(after.LoginProfile!.PasswordResetRequired).toBe(false);
  });

  it('deletes it, after which Get and Delete answer NoSuchEntity', async () => {
    await iam.send(new DeleteLoginProfileCommand({ UserName: 'console-user' }));
    await expect(
      iam.send(new GetLoginProfileCommand({ UserName: 'console-user' })),
    ).rejects.toBeInstanceOf(NoSuchEntityException);
    await expect(
      iam.send(new DeleteLoginProfileCommand({ UserName: 'console-user' })),
    ).rejects.toBeInstanceOf(NoSuchEntityException);
    await expect(
      iam.send(new UpdateLoginProfileCommand({ UserName: 'console-user', Password: PASSWORD })),
    ).rejects.toBeInstanceOf(NoSuchEntityException);
  });

  it('answers NoSuchEntity for a user that does not exist', async () => {
    await expect(
      iam.send(new CreateLoginProfileCommand({ UserName: 'ghost', Password: PASSWORD })),
    ).rejects.toBeInstanceOf(NoSuchEntityException);
  });

  it('requires a UserName from the root user', async () => {
    const error = await rejectionOf(iam.send(new GetLoginProfileCommand({})));
    expect(error.name).toBe('ValidationError');
  });
});

describe('the default password policy', () => {
  beforeAll(async () => {
    await iam.send(new CreateUserCommand({ UserName: 'policy-user' }));
  });

  it.each([
    ['Sh0rt!', 'minimum length of 8'],
    ['alllowercase1', 'at least three of'],
    ['NoDigitsOrSymbols', 'at least three of'],
    ['login-tests', 'at least three of'],
  ])('refuses %j with PasswordPolicyViolation, not echoing it', async (Password, problem) => {
    const error = await rejectionOf(
      iam.send(new CreateLoginProfileCommand({ UserName: 'policy-user', Password })),
    );
    expect(error).toBeInstanceOf(PasswordPolicyViolationException);
    expect(error.$metadata.httpStatusCode).toBe(400);
    expect(error.message).toContain(problem);
    expect(error.message).not.toContain(Password);
  });

  it('refuses the account alias as a password, whatever the case', async () => {
    await harness.iam().send(new CreateUserCommand({ UserName: 'alias-user' }));
    const error = await rejectionOf(
      iam.send(new CreateLoginProfileCommand({ UserName: 'alias-user', Password: 'LOGIN-TESTS' })),
    );
    expect(error).toBeInstanceOf(PasswordPolicyViolationException);
  });

  it('accepts three character classes out of four', async () => {
    for (const [UserName, Password] of [
      ['three-a', 'lower-and-1'],
      ['three-b', 'UPPER_lower'],
    ]) {
      await iam.send(new CreateUserCommand({ UserName }));
      await iam.send(new CreateLoginProfileCommand({ UserName, Password }));
    }
  });

  it('refuses a password over 128 characters with ValidationError', async () => {
    const error = await rejectionOf(
      iam.send(
        new CreateLoginProfileCommand({ UserName: 'policy-user', Password: 'Aa1!'.repeat(33) }),
      ),
    );
    expect(error.name).toBe('ValidationError');
  });
});

describe('password storage', () => {
  it('keeps a salted scrypt hash that verifies the password and nothing else', async () => {
    const first = await hashPassword(PASSWORD);
    const second = await hashPassword(PASSWORD);
    expect(first).toMatch(/^scrypt\$16384\$8\$1\$[A-Za-z0-9+/=]+\$[A-Za-z0-9+/=]+$/);
    expect(first).not.toBe(second);
    expect(first).not.toContain(PASSWORD);
    expect(await verifyPassword(PASSWORD, first)).toBe(true);
    expect(await verifyPassword('Corr3ct-Horse!', first)).toBe(false);
  });
});
