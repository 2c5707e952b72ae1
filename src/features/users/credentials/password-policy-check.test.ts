import { describe, expect, it } from 'vitest';
import { DEFAULT_PASSWORD_CHOICE } from '../../../components/password-choice.ts';
import { describePasswordPolicy, passwordPolicyProblems } from './password-policy-check.ts';

const strict = {
  MinimumPasswordLength: 20,
  RequireSymbols: true,
  RequireNumbers: true,
  RequireUppercaseCharacters: true,
  RequireLowercaseCharacters: false,
};
const custom = (password: string) => ({
  ...DEFAULT_PASSWORD_CHOICE,
  mode: 'custom' as const,
  custom: password,
});

describe('passwordPolicyProblems', () => {
  it('finds nothing to add when the account has no policy', () => {
    expect(passwordPolicyProblems(custom('short'), null)).toEqual([]);
  });

  it('checks a generated password by its length only', () => {
    expect(passwordPolicyProblems({ ...DEFAULT_PASSWORD_CHOICE, length: '15' }, strict)).toEqual([
      "The account's password policy asks for at least 20 characters.",
    ]);
    expect(passwordPolicyProblems({ ...DEFAULT_PASSWORD_CHOICE, length: '20' }, strict)).toEqual(
      [],
    );
  });

  it('names each class a typed password lacks', () => {
    expect(passwordPolicyProblems(custom('lowercase-only-but-long'), strict)).toEqual([
      "The account's password policy asks for an uppercase letter.",
      "The account's password policy asks for a digit.",
    ]);
    expect(passwordPolicyProblems(custom('Abcdefghijklmnopqrs1]'), strict)).toEqual([]);
    expect(passwordPolicyProblems(custom('Abcdefghijklmnopqrs1~'), strict)).toContain(
      `The account's password policy asks for a symbol (!@#$%^&*()_+-=[]{}|').`,
    );
  });

  it('describes the policy in force', () => {
    expect(describePasswordPolicy(null)).toMatch(/default/);
    expect(describePasswordPolicy(strict)).toBe(
      "At least 20 characters, with an uppercase letter, a digit, a symbol (!@#$%^&*()_+-=[]{}|').",
    );
  });
});
