import { EntityAlreadyExistsError, NoSuchEntityError } from '../errors.ts';
import type { LoginProfileRecord } from '../store/login-profiles.ts';
import type { UserRecord } from '../store/users.ts';
import type { XmlObject } from '../xml/serialize.ts';
import { hashNewPassword, rememberPassword } from './password-policy.ts';
import type { OperationContext, OperationTable } from './types.ts';
import { requireSameUser, targetIamUser } from './users.ts';
import { readBoolean } from './validation.ts';

function noProfile(user: UserRecord): NoSuchEntityError {
  return new NoSuchEntityError(`Login Profile for User ${user.userName} cannot be found.`);
}

function profileView(user: UserRecord, profile: LoginProfileRecord): XmlObject {
  return {
    LoginProfile: {
      UserName: user.userName,
      CreateDate: profile.createDate,
      PasswordResetRequired: profile.passwordResetRequired,
    },
  };
}

async function createLoginProfile(context: OperationContext): Promise<XmlObject> {
  const { store, params, now } = context;
  const user = targetIamUser(context);
  const password = params.require('Password');
  const passwordResetRequired = readBoolean(params, 'PasswordResetRequired') ?? false;
  if (store.loginProfiles.get(user.pk)) throw profileExists(user);
  const passwordHash = await hashNewPassword(context, password, user.pk);

  const profile = { userPk: user.pk, passwordHash, passwordResetRequired, createDate: now };
  store.transaction(() => {
    // Checked again: another request may have created one while the hash was computed.
    requireSameUser(store, user);
    if (store.loginProfiles.get(user.pk)) throw profileExists(user);
    store.loginProfiles.insert(profile);
    rememberPassword(store, user.pk, passwordHash, now);
  });
  return profileView(user, profile);
}

function profileExists(user: UserRecord): EntityAlreadyExistsError {
  return new EntityAlreadyExistsError(`Login Profile for user ${user.userName} already exists.`);
}

function getLoginProfile(context: OperationContext): XmlObject {
  const user = targetIamUser(context);
  const profile = context.store.loginProfiles.get(user.pk);
  if (!profile) throw noProfile(user);
  return profileView(user, profile);
}

/** Fields the request leaves out keep their values; IAM answers with an empty result. */
async function updateLoginProfile(context: OperationContext): Promise<undefined> {
  const { store, params, now } = context;
  const user = targetIamUser(context);
  const password = params.get('Password');
  const passwordResetRequired = readBoolean(params, 'PasswordResetRequired');
  if (!store.loginProfiles.get(user.pk)) throw noProfile(user);
  const passwordHash =
    password === undefined ? undefined : await hashNewPassword(context, password, user.pk);

  store.transaction(() => {
    requireSameUser(store, user);
    const current = store.loginProfiles.get(user.pk);
    if (!current) throw noProfile(user);
    store.loginProfiles.update({
      ...current,
      passwordHash: passwordHash ?? current.passwordHash,
      passwordResetRequired: passwordResetRequired ?? current.passwordResetRequired,
    });
    if (passwordHash !== undefined) rememberPassword(store, user.pk, passwordHash, now);
  });
  return undefined;
}

function deleteLoginProfile(context: OperationContext): undefined {
  const user = targetIamUser(context);
  if (!context.store.loginProfiles.get(user.pk)) throw noProfile(user);
  context.store.loginProfiles.delete(user.pk);
  return undefined;
}

export const loginProfileOperations: OperationTable = {
  CreateLoginProfile: createLoginProfile,
  GetLoginProfile: getLoginProfile,
  UpdateLoginProfile: updateLoginProfile,
  DeleteLoginProfile: deleteLoginProfile,
};
