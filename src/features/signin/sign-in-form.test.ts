import { describe, expect, it } from 'vitest';
import { emptySignInForm, validateSignInForm, type SignInForm } from './sign-in-form.ts';

const valid: SignInForm = {
  ...emptySignInForm(),
  accessKeyId: 'AKIAEXAMPLEKEY000001',
  secretAccessKey: 'fake-secret',
};

describe('validateSignInForm', () => {
  it('accepts a complete root form with no account field', () => {
    expect(validateSignInForm(valid)).toEqual({});
  });

  it('asks for every empty required field', () => {
    const errors = validateSignInForm({ ...emptySignInForm(), style: 'iam-user' });
    expect(Object.keys(errors).sort()).toEqual(['accessKeyId', 'account', 'secretAccessKey']);
  });

  it('checks the account as 12 digits or an alias', () => {
    const iamUser = { ...valid, style: 'iam-user' as const };
    expect(validateSignInForm({ ...iamUser, account: '123456789012' })).toEqual({});
    expect(validateSignInForm({ ...iamUser, account: 'demo-org' })).toEqual({});
    expect(validateSignInForm({ ...iamUser, account: '12345' }).account).toMatch(/12 digits/);
    expect(validateSignInForm({ ...iamUser, account: 'bad_alias' }).account).toMatch(/alias/);
  });

  it('checks the key ID shape, the secret and the MFA code', () => {
    expect(validateSignInForm({ ...valid, accessKeyId: 'short' }).accessKeyId).toMatch(/16–128/);
    expect(validateSignInForm({ ...valid, accessKeyId: 'AKIA-WITH-DASHES0' }).accessKeyId).toMatch(
      /letters and digits/,
    );
    expect(validateSignInForm({ ...valid, secretAccessKey: 'a b' }).secretAccessKey).toMatch(
      /no spaces/,
    );
    expect(validateSignInForm({ ...valid, mfaCode: '12345' }).mfaCode).toMatch(/6 digits/);
    expect(validateSignInForm({ ...valid, mfaCode: '123456' })).toEqual({});
  });

  it('needs a usable URL for a custom endpoint', () => {
    const custom = { ...valid, targetKind: 'custom' as const };
    expect(validateSignInForm({ ...custom, customEndpoint: '' }).customEndpoint).toBeDefined();
    expect(
      validateSignInForm({ ...custom, customEndpoint: 'not a url' }).customEndpoint,
    ).toBeDefined();
    expect(validateSignInForm({ ...custom, customEndpoint: 'ftp://x/' }).customEndpoint).toMatch(
      /http/,
    );
    expect(
      validateSignInForm({ ...custom, customEndpoint: 'http://u:p@127.0.0.1:5055/' })
        .customEndpoint,
    ).toMatch(/credentials out/);
    expect(validateSignInForm({ ...custom, customEndpoint: 'http://127.0.0.1:5055/' })).toEqual({});
  });

  it('opens the IAM-user style with the account filled in from an alias URL', () => {
    expect(emptySignInForm('demo-org')).toMatchObject({ style: 'iam-user', account: 'demo-org' });
  });

  it('needs a region of the chosen AWS partition', () => {
    const aws = { ...valid, targetKind: 'aws' as const };
    expect(validateSignInForm({ ...aws, partition: 'aws', region: 'eu-west-1' })).toEqual({});
    expect(validateSignInForm({ ...aws, partition: 'aws-cn', region: 'eu-west-1' }).region).toMatch(
      /AWS China/,
    );
    expect(
      validateSignInForm({ ...aws, partition: 'aws-us-gov', region: 'us-gov-east-1' }),
    ).toEqual({});
    expect(validateSignInForm({ ...aws, partition: 'aws', region: '' }).region).toBeDefined();
  });
});
