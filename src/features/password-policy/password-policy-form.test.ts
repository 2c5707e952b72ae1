import { describe, expect, it } from 'vitest';
import {
  formFromPolicy,
  NEW_PASSWORD_POLICY_FORM,
  requestFromForm,
  validatePasswordPolicyForm,
} from './password-policy-form.ts';

const form = NEW_PASSWORD_POLICY_FORM;

describe('validatePasswordPolicyForm', () => {
  it.each([
    ['5', 'Must be from 6 to 128.'],
    ['129', 'Must be from 6 to 128.'],
    ['', 'Enter a minimum length.'],
    ['8.5', 'Enter a whole number from 6 to 128.'],
    ['-8', 'Enter a whole number from 6 to 128.'],
  ])('refuses a minimum length of %j', (MinimumPasswordLength, message) => {
    expect(validatePasswordPolicyForm({ ...form, MinimumPasswordLength })).toEqual({
      MinimumPasswordLength: message,
    });
  });

  it('accepts both ends of every range', () => {
    for (const [length, age, reuse] of [
      ['6', '1', '1'],
      ['128', '1095', '24'],
    ] as const) {
      const errors = validatePasswordPolicyForm({
        ...form,
        MinimumPasswordLength: length,
        expirePasswords: true,
        MaxPasswordAge: age,
        preventReuse: true,
        PasswordReusePrevention: reuse,
      });
      expect(errors).toEqual({});
    }
  });

  it('checks expiry days and reuse count only when they are switched on', () => {
    const off = { ...form, MaxPasswordAge: '0', PasswordReusePrevention: '25' };
    expect(validatePasswordPolicyForm(off)).toEqual({});
    expect(
      validatePasswordPolicyForm({ ...off, expirePasswords: true, preventReuse: true }),
    ).toEqual({
      MaxPasswordAge: 'Must be from 1 to 1095.',
      PasswordReusePrevention: 'Must be from 1 to 24.',
    });
  });
});

describe('requestFromForm', () => {
  it('sends every field, leaving out expiry and reuse when they are off', () => {
    expect(requestFromForm({ ...form, MinimumPasswordLength: ' 14 ', HardExpiry: true })).toEqual({
      MinimumPasswordLength: 14,
      RequireUppercaseCharacters: true,
      RequireLowercaseCharacters: true,
      RequireNumbers: true,
      RequireSymbols: true,
      AllowUsersToChangePassword: true,
      MaxPasswordAge: undefined,
      HardExpiry: false,
      PasswordReusePrevention: undefined,
    });
  });

  it('round-trips a policy read from GetAccountPasswordPolicy', () => {
    const policy = {
      MinimumPasswordLength: 12,
      RequireSymbols: false,
      RequireNumbers: true,
      RequireUppercaseCharacters: true,
      RequireLowercaseCharacters: false,
      AllowUsersToChangePassword: true,
      ExpirePasswords: true,
      MaxPasswordAge: 60,
      PasswordReusePrevention: 3,
      HardExpiry: true,
    };
    const { ExpirePasswords: _derived, ...request } = policy;
    expect(requestFromForm(formFromPolicy(policy))).toEqual(request);
  });
});
