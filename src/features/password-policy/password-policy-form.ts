import type { PasswordPolicy, UpdateAccountPasswordPolicyCommandInput } from '@aws-sdk/client-iam';

/**
 * UpdateAccountPasswordPolicy's ranges. A parameter left out is not kept but reset to its
 * default, so the form always sends every field.
 * https://docs.aws.amazon.com/IAM/latest/APIReference/API_UpdateAccountPasswordPolicy.html
 */
export const MINIMUM_PASSWORD_LENGTH = { min: 6, max: 128 };
export const MAX_PASSWORD_AGE = { min: 1, max: 1095 };
export const PASSWORD_REUSE_PREVENTION = { min: 1, max: 24 };

/** The form's state: numbers stay text while typed; expiry and reuse are switched on apart. */
export interface PasswordPolicyForm {
  MinimumPasswordLength: string;
  RequireUppercaseCharacters: boolean;
  RequireLowercaseCharacters: boolean;
  RequireNumbers: boolean;
  RequireSymbols: boolean;
  AllowUsersToChangePassword: boolean;
  expirePasswords: boolean;
  MaxPasswordAge: string;
  HardExpiry: boolean;
  preventReuse: boolean;
  PasswordReusePrevention: string;
}

export type PasswordPolicyFormErrors = Partial<
  Record<'MinimumPasswordLength' | 'MaxPasswordAge' | 'PasswordReusePrevention', string>
>;

/** What the console proposes for an account without a policy: IAM's defaults, made explicit. */
export const NEW_PASSWORD_POLICY_FORM: PasswordPolicyForm = {
  MinimumPasswordLength: '8',
  RequireUppercaseCharacters: true,
  RequireLowercaseCharacters: true,
  RequireNumbers: true,
  RequireSymbols: true,
  AllowUsersToChangePassword: true,
  expirePasswords: false,
  MaxPasswordAge: '90',
  HardExpiry: false,
  preventReuse: false,
  PasswordReusePrevention: '5',
};

export function formFromPolicy(policy: PasswordPolicy): PasswordPolicyForm {
  const maxAge = policy.MaxPasswordAge ?? 0;
  const reuse = policy.PasswordReusePrevention ?? 0;
  return {
    MinimumPasswordLength: String(policy.MinimumPasswordLength ?? MINIMUM_PASSWORD_LENGTH.min),
    RequireUppercaseCharacters: policy.RequireUppercaseCharacters ?? false,
    RequireLowercaseCharacters: policy.RequireLowercaseCharacters ?? false,
    RequireNumbers: policy.RequireNumbers ?? false,
    RequireSymbols: policy.RequireSymbols ?? false,
    AllowUsersToChangePassword: policy.AllowUsersToChangePassword ?? false,
    expirePasswords: maxAge > 0,
    MaxPasswordAge: String(maxAge > 0 ? maxAge : NEW_PASSWORD_POLICY_FORM.MaxPasswordAge),
    HardExpiry: policy.HardExpiry ?? false,
    preventReuse: reuse > 0,
    PasswordReusePrevention: String(
      reuse > 0 ? reuse : NEW_PASSWORD_POLICY_FORM.PasswordReusePrevention,
    ),
  };
}

function integerError(
  text: string,
  range: { min: number; max: number },
  noun: string,
): string | undefined {
  const value = text.trim();
  if (value === '') return `Enter ${noun}.`;
  if (!/^\d+$/.test(value)) return `Enter a whole number from ${range.min} to ${range.max}.`;
  const number = Number(value);
  if (number < range.min || number > range.max) {
    return `Must be from ${range.min} to ${range.max}.`;
  }
  return undefined;
}

export function validatePasswordPolicyForm(form: PasswordPolicyForm): PasswordPolicyFormErrors {
  const errors: PasswordPolicyFormErrors = {
    MinimumPasswordLength: integerError(
      form.MinimumPasswordLength,
      MINIMUM_PASSWORD_LENGTH,
      'a minimum length',
    ),
    MaxPasswordAge: form.expirePasswords
      ? integerError(form.MaxPasswordAge, MAX_PASSWORD_AGE, 'a number of days')
      : undefined,
    PasswordReusePrevention: form.preventReuse
      ? integerError(
          form.PasswordReusePrevention,
          PASSWORD_REUSE_PREVENTION,
          'a number of passwords',
        )
      : undefined,
  };
  for (const key of Object.keys(errors) as (keyof PasswordPolicyFormErrors)[]) {
    if (errors[key] === undefined) delete errors[key];
  }
  return errors;
}

/**
 * The request for a valid form. Expiry and reuse switched off are left out: IAM then stores
 * "never expire" and "reuse allowed" (0 is outside the accepted ranges).
 */
export function requestFromForm(form: PasswordPolicyForm): UpdateAccountPasswordPolicyCommandInput {
  return {
    MinimumPasswordLength: Number(form.MinimumPasswordLength.trim()),
    RequireUppercaseCharacters: form.RequireUppercaseCharacters,
    RequireLowercaseCharacters: form.RequireLowercaseCharacters,
    RequireNumbers: form.RequireNumbers,
    RequireSymbols: form.RequireSymbols,
    AllowUsersToChangePassword: form.AllowUsersToChangePassword,
    MaxPasswordAge: form.expirePasswords ? Number(form.MaxPasswordAge.trim()) : undefined,
    HardExpiry: form.expirePasswords ? form.HardExpiry : false,
    PasswordReusePrevention: form.preventReuse
      ? Number(form.PasswordReusePrevention.trim())
      : undefined,
  };
}
