import type { IamRequest } from '../../../code/iam-request.ts';
import type { PasswordChoice } from '../../../components/password-choice.ts';

export type ConsolePasswordRequest = Extract<
  IamRequest,
  { Action: 'CreateLoginProfile' | 'UpdateLoginProfile' }
>;

/**
 * Enable is CreateLoginProfile, reset is UpdateLoginProfile, each with the password already
 * made: the value shown as code (the password as a placeholder) is the value sent.
 */
export function consolePasswordRequest(
  mode: 'enable' | 'reset',
  UserName: string,
  choice: PasswordChoice,
  Password: string,
): ConsolePasswordRequest {
  const input = { UserName, Password, PasswordResetRequired: choice.PasswordResetRequired };
  const PasswordLength = choice.mode === 'generated' ? Number(choice.length) : undefined;
  return mode === 'enable'
    ? { Action: 'CreateLoginProfile', input, PasswordLength }
    : { Action: 'UpdateLoginProfile', input, PasswordLength };
}
