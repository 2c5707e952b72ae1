import { describe, expect, it, vi } from 'vitest';
import { customTarget, localTarget } from '../../session/targets.ts';
import { validateNewPassword } from './new-password-form.ts';
import { signInWithPassword } from './password-sign-in.ts';
import { emptySignInForm, validateSignInForm } from './sign-in-form.ts';

const target = localTarget('http://127.0.0.1:8080');
const input = { account: 'demo-org', userName: 'alice', password: 'Passw0rd!x', mfaCode: '' };
const credentials = {
  AccessKeyId: 'ASIAEXAMPLE000000001',
  SecretAccessKey: 'fake-secret',
  SessionToken: 'fake-token',
  Expiration: '2030-01-01T00:00:00.000Z',
};
const identity = {
  Account: '123456789012',
  Arn: 'arn:aws:iam::123456789012:user/alice',
  UserId: 'AIDAEXAMPLE',
};

function answering(status: number, body: unknown) {
  return vi.fn(async () => new Response(JSON.stringify(body), { status }));
}

describe('signInWithPassword', () => {
  it('posts JSON to /local-aws/_console-signin, never the password in the URL', async () => {
    const fetchImpl = answering(200, { credentials, identity, passwordResetRequired: false });
    const result = await signInWithPassword({ ...input, mfaCode: ' 123456 ' }, target, fetchImpl);

    const [url, init] = fetchImpl.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe('http://127.0.0.1:8080/local-aws/_console-signin');
    expect(url).not.toContain('Passw0rd');
    expect(JSON.parse(init.body as string)).toEqual({
      accountIdOrAlias: 'demo-org',
      userName: 'alice',
      password: 'Passw0rd!x',
      mfaCode: '123456',
    });
    expect(result).toEqual({
      kind: 'signed-in',
      session: { target, credentials, identity, style: 'iam-user', mfaAuthenticated: false },
    });
  });

  it('tells an MFA prompt and a required reset apart from a sign-in', async () => {
    const mfa = await signInWithPassword(input, target, answering(401, { mfaRequired: true }));
    expect(mfa).toEqual({ kind: 'mfa-required' });

    const reset = await signInWithPassword(
      input,
      target,
      answering(200, { credentials, identity, passwordResetRequired: true }),
    );
    expect(reset.kind).toBe('password-reset-required');
  });

  it("shows the server's one generic refusal", async () => {
    const refused = answering(401, { message: 'Your authentication information is incorrect.' });
    await expect(signInWithPassword(input, target, refused)).rejects.toMatchObject({
      Code: 'SignInFailed',
      message: 'Your authentication information is incorrect.',
    });
  });

  it('refuses to send a password anywhere but the local account', async () => {
    const fetchImpl = answering(200, {});
    await expect(
      signInWithPassword(input, customTarget('http://127.0.0.1:5000/'), fetchImpl),
    ).rejects.toMatchObject({ Code: 'PasswordSignInUnavailable' });
    expect(fetchImpl).not.toHaveBeenCalled();
  });
});

describe('the password form', () => {
  const form = { ...emptySignInForm('demo-org'), credentialKind: 'password' as const };

  it('asks for a user name and password instead of keys', () => {
    expect(validateSignInForm(form)).toEqual({
      userName: 'Enter a user name.',
      password: 'Enter your password.',
    });
  });

  it('says password sign-in is only for the local account on other targets', () => {
    const errors = validateSignInForm({
      ...form,
      targetKind: 'custom',
      customEndpoint: 'http://127.0.0.1:5000/',
      userName: 'alice',
      password: 'x',
    });
    expect(errors.credentialKind).toMatch(/only for the local account/);
  });
});

describe('validateNewPassword', () => {
  it('wants a new password, different from the old one, typed twice the same', () => {
    expect(validateNewPassword({ newPassword: '', confirmPassword: '' }, 'old')).toEqual({
      newPassword: 'Enter a new password.',
    });
    expect(validateNewPassword({ newPassword: 'old', confirmPassword: 'old' }, 'old')).toEqual({
      newPassword: 'Choose a password different from the current one.',
    });
    expect(
      validateNewPassword({ newPassword: 'N3w-pass!', confirmPassword: 'N3w' }, 'old'),
    ).toEqual({ confirmPassword: 'The two passwords do not match.' });
    expect(
      validateNewPassword({ newPassword: 'N3w-pass!', confirmPassword: 'N3w-pass!' }, 'old'),
    ).toEqual({});
  });
});
