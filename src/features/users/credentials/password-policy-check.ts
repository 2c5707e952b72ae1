import type { PasswordPolicy } from '@aws-sdk/client-iam';
import type { PasswordChoice } from '../../../components/password-choice.ts';
import { PASSWORD_SYMBOLS } from '../../../components/validation/password.ts';

const RULES: {
  field: keyof Pick<
    PasswordPolicy,
    | 'RequireUppercaseCharacters'
    | 'RequireLowercaseCharacters'
    | 'RequireNumbers'
    | 'RequireSymbols'
  >;
  test: RegExp;
  text: string;
}[] = [
  { field: 'RequireUppercaseCharacters', test: /[A-Z]/, text: 'an uppercase letter' },
  { field: 'RequireLowercaseCharacters', test: /[a-z]/, text: 'a lowercase letter' },
  { field: 'RequireNumbers', test: /[0-9]/, text: 'a digit' },
  {
    field: 'RequireSymbols',
    test: new RegExp(`[${PASSWORD_SYMBOLS.replace(/[\]\\^-]/g, '\\$&')}]`),
    text: `a symbol (${PASSWORD_SYMBOLS})`,
  },
];

/**
 * What the account's own password policy would refuse in the chosen password, before IAM is
 * asked. With no policy (GetAccountPasswordPolicy answered NoSuchEntity) AWS's default applies,
 * which the password fields already check. A generated password holds every character class,
 * so only its length can fall short.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_passwords_account-policy.html
 */
export function passwordPolicyProblems(
  choice: PasswordChoice,
  policy: PasswordPolicy | null,
): string[] {
  if (!policy) return [];
  const minimum = policy.MinimumPasswordLength ?? 0;

  if (choice.mode === 'generated') {
    return Number(choice.length) < minimum
      ? [`The account's password policy asks for at least ${minimum} characters.`]
      : [];
  }

  const password = choice.custom;
  const problems: string[] = [];
  if (password.length < minimum) {
    problems.push(`The account's password policy asks for at least ${minimum} characters.`);
  }
  for (const rule of RULES) {
    if (policy[rule.field] && !rule.test.test(password)) {
      problems.push(`The account's password policy asks for ${rule.text}.`);
    }
  }
  return problems;
}

export function describePasswordPolicy(policy: PasswordPolicy | null): string {
  if (!policy) return "AWS's default: 8 or more characters with three of the four kinds.";
  const needs = RULES.filter((rule) => policy[rule.field]).map((rule) => rule.text);
  const minimum = policy.MinimumPasswordLength ?? 6;
  return `At least ${minimum} characters${needs.length ? `, with ${needs.join(', ')}` : ''}.`;
}
