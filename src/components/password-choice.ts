import {
  DEFAULT_PASSWORD_LENGTH,
  generatePassword,
  validatePassword,
  validatePasswordLength,
} from './validation/password.ts';

/** What the console-password fields hold; the password itself is made only at submit. */
export interface PasswordChoice {
  mode: 'generated' | 'custom';
  length: string;
  custom: string;
  PasswordResetRequired: boolean;
}

export const DEFAULT_PASSWORD_CHOICE: PasswordChoice = {
  mode: 'generated',
  length: String(DEFAULT_PASSWORD_LENGTH),
  custom: '',
  PasswordResetRequired: true,
};

export function passwordChoiceErrors(choice: PasswordChoice): { length?: string; custom?: string } {
  return choice.mode === 'generated'
    ? { length: validatePasswordLength(choice.length) }
    : { custom: validatePassword(choice.custom) };
}

export function passwordChoiceIsValid(choice: PasswordChoice): boolean {
  const errors = passwordChoiceErrors(choice);
  return errors.length === undefined && errors.custom === undefined;
}

export function resolvePassword(choice: PasswordChoice): string {
  return choice.mode === 'generated' ? generatePassword(Number(choice.length)) : choice.custom;
}
