import { AccessDeniedError, InvalidUserTypeError, NoSuchEntityError } from '../errors.ts';
import { checkPasswordParameter, verifyPassword } from './passwords.ts';
import { hashNewPassword, rememberPassword } from './password-policy.ts';
import type { OperationContext, OperationTable } from './types.ts';
import { requireSameUser } from './users.ts';

/**
 * An IAM user changes its own console password: the old one must match, the new one must meet
 * the account password policy, and a required reset is then done. Only IAM users have such a
 * password; the root user and role sessions get InvalidUserType.
 * https://docs.aws.amazon.com/IAM/latest/APIReference/API_ChangePassword.html
 */
async function changePassword(context: OperationContext): Promise<undefined> {
  const { store, params, caller, now } = context;
  const oldPassword = params.require('OldPassword');
  const newPassword = params.require('NewPassword');
  checkPasswordParameter(oldPassword, 'oldPassword');
  if (caller.kind !== 'user') {
    throw new InvalidUserTypeError('Only IAM users can change their password with ChangePassword.');
  }

  const user = caller.user;
  const profile = store.loginProfiles.get(user.pk);
  if (!profile) {
    throw new NoSuchEntityError(`Login Profile for User ${user.userName} cannot be found.`);
  }
  if (!(await verifyPassword(oldPassword, profile.passwordHash))) {
    throw new AccessDeniedError('The old password is incorrect.');
  }
  const passwordHash = await hashNewPassword(context, newPassword, user.pk, 'newPassword');

  store.transaction(() => {
    requireSameUser(store, user);
    const current = store.loginProfiles.get(user.pk);
    if (!current) {
      throw new NoSuchEntityError(`Login Profile for User ${user.userName} cannot be found.`);
    }
    store.loginProfiles.update({ ...current, passwordHash, passwordResetRequired: false });
    rememberPassword(store, user.pk, passwordHash, now);
  });
  return undefined;
}

export const changePasswordOperations: OperationTable = {
  ChangePassword: changePassword,
};
