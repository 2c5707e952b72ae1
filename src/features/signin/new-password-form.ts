import { MAX_PASSWORD_LENGTH } from '../../components/validation/password.ts';

export interface NewPasswordForm {
  newPassword: string;
  confirmPassword: string;
}

export type NewPasswordErrors = Partial<Record<keyof NewPasswordForm, string>>;

/**
 * Checks what the browser can know; the account password policy is checked by ChangePassword
 * itself, whose PasswordPolicyViolation message is shown as it comes.
 */
export function validateNewPassword(form: NewPasswordForm, oldPassword: string): NewPasswordErrors {
  const errors: NewPasswordErrors = {};
  if (form.newPassword === '') errors.newPassword = 'Enter a new password.';
  else if (form.newPassword.length > MAX_PASSWORD_LENGTH) {
    errors.newPassword = `A password can have at most ${MAX_PASSWORD_LENGTH} characters.`;
  } else if (form.newPassword === oldPassword) {
    errors.newPassword = 'Choose a password different from the current one.';
  }
  if (form.confirmPassword !== form.newPassword) {
    errors.confirmPassword = 'The two passwords do not match.';
  }
  return errors;
}
