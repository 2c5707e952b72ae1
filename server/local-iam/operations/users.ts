import { rootArn, userArn } from '../arns.ts';
import {
  DeleteConflictError,
  EntityAlreadyExistsError,
  NoSuchEntityError,
  ValidationError,
} from '../errors.ts';
import type { Store } from '../store/store.ts';
import type { UserRecord } from '../store/users.ts';
import { newUniqueId } from '../ids.ts';
import type { XmlObject } from '../xml/serialize.ts';
import { readPage } from './paging.ts';
import { listTags, putTags, readTagKeys, readTags, tagsOrNothing } from './tags.ts';
import { policyDeleteBlocker } from './policy-owners.ts';
import type { OperationContext, OperationTable } from './types.ts';
import { checkName, checkPath, checkPathPrefix, MAX_USER_NAME } from './validation.ts';

/** The `User` structure, in the order IAM writes its fields. */
export function userView(accountId: string, user: UserRecord, tags?: XmlObject[]): XmlObject {
  return {
    Path: user.path,
    UserName: user.userName,
    UserId: user.userId,
    Arn: userArn(accountId, user.path, user.userName),
    CreateDate: user.createDate,
    PasswordLastUsed: user.passwordLastUsed,
    Tags: tags,
  };
}

export function requireUser(store: Store, userName: string): UserRecord {
  const user = store.users.byName(userName);
  if (!user) throw new NoSuchEntityError(`The user with name ${userName} cannot be found.`);
  return user;
}

/**
 * The same user again, inside a write that follows an await (a password hash): meanwhile it
 * may have been deleted and its row number taken by a user created since, so it is matched
 * by its UserId, never by row number or name alone.
 */
export function requireSameUser(store: Store, user: UserRecord): UserRecord {
  const current = store.users.byPk(user.pk);
  if (!current || current.userId !== user.userId) {
    throw new NoSuchEntityError(`The user with name ${user.userName} cannot be found.`);
  }
  return current;
}

/**
 * The user a request names, or the calling user when `UserName` is omitted, as IAM resolves
 * it from the signing key. Undefined means the root user.
 */
export function targetUser(context: OperationContext): UserRecord | undefined {
  const userName = context.params.get('UserName');
  if (userName !== undefined) {
    return requireUser(context.store, checkName(userName, 'UserName', MAX_USER_NAME));
  }
  const { caller } = context;
  if (caller.kind === 'root') return undefined;
  if (caller.kind === 'assumed-role') {
    throw new ValidationError('Must specify userName when calling with non-User credentials');
  }
  return requireUser(context.store, caller.user.userName);
}

/** Like `targetUser`, for actions on IAM users only: the root user must name one. */
export function targetIamUser(context: OperationContext): UserRecord {
  const { params, caller } = context;
  const userName =
    params.get('UserName') ??
    (caller.kind === 'user' ? caller.user.userName : params.require('UserName'));
  return requireUser(context.store, checkName(userName, 'UserName', MAX_USER_NAME));
}

function readUserName(context: OperationContext, parameter = 'UserName'): string {
  return checkName(context.params.require(parameter), parameter, MAX_USER_NAME);
}

function createUser(context: OperationContext): XmlObject {
  const { store, params, now, accountId } = context;
  const userName = readUserName(context);
  const path = checkPath(params.get('Path') ?? '/');
  const tags = readTags(params);

  const user = store.transaction(() => {
    const existing = store.users.byName(userName);
    if (existing) {
      throw new EntityAlreadyExistsError(`User with name ${existing.userName} already exists.`);
    }
    const created = store.users.insert({
      userId: newUniqueId('AIDA'),
      userName,
      path,
      createDate: now,
    });
    store.tags.put('user', created.pk, tags);
    return created;
  });
  return { User: userView(accountId, user, tags.length > 0 ? tags : undefined) };
}

function getUser(context: OperationContext): XmlObject {
  const { store, accountId } = context;
  const user = targetUser(context);
  if (!user) {
    // The root user has no name or path: GetUser answers with the account ID and root ARN.
    // https://docs.aws.amazon.com/IAM/latest/APIReference/API_GetUser.html
    const account = store.account.get();
    return {
      User: { UserId: accountId, Arn: rootArn(accountId), CreateDate: account?.createDate },
    };
  }
  return { User: userView(accountId, user, tagsOrNothing(store, 'user', user.pk)) };
}

function listUsers(context: OperationContext): XmlObject {
  const { store, params, accountId } = context;
  const pathPrefix = checkPathPrefix(params.get('PathPrefix'));
  const page = readPage(
    params,
    (after, limit) => store.users.list(pathPrefix, after, limit),
    (user) => user.userName.toLowerCase(),
  );
  return {
    Users: page.items.map((user) => userView(accountId, user)),
    IsTruncated: page.IsTruncated,
    Marker: page.Marker,
  };
}

function updateUser(context: OperationContext): undefined {
  const { store, params } = context;
  const user = requireUser(store, readUserName(context));
  const newUserName = params.get('NewUserName');
  const newPath = params.get('NewPath');
  if (newUserName !== undefined) checkName(newUserName, 'NewUserName', MAX_USER_NAME);
  if (newPath !== undefined) checkPath(newPath, 'NewPath');

  store.transaction(() => {
    const clash = newUserName === undefined ? undefined : store.users.byName(newUserName);
    if (clash && clash.pk !== user.pk) {
      throw new EntityAlreadyExistsError(`User with name ${clash.userName} already exists.`);
    }
    store.users.update(user.pk, newUserName ?? user.userName, newPath ?? user.path);
  });
  return undefined;
}

/**
 * IAM refuses to delete a user while credentials or memberships hang off it, naming the first
 * blocker it finds; tags do not block.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/id_users_remove.html
 */
function deleteUserBlocker(store: Store, user: UserRecord): string | undefined {
  if (store.loginProfiles.get(user.pk)) return 'must delete login profile first';
  if (store.accessKeys.ofOwner(user.pk).length > 0) return 'must delete access keys first';
  // Messages as IAM sends them; SSH keys get IAM's generic wording (seen in the field, e.g.
  // https://github.com/rebuy-de/aws-nuke/pull/319).
  if (store.signingCertificates.ofOwner(user.pk).length > 0) {
    return 'must delete certificates first';
  }
  if (store.sshPublicKeys.ofUser(user.pk).length > 0) {
    return 'must remove referenced objects first';
  }
  if (store.mfaDevices.assignedTo(user.pk).length > 0) return 'must delete MFA device first';
  const policyBlocker = policyDeleteBlocker(store, 'user', user.pk);
  if (policyBlocker) return policyBlocker;
  if (store.groups.groupsOfUser(user.pk).length > 0)
    return 'must remove user from all groups first';
  return undefined;
}

function deleteUser(context: OperationContext): undefined {
  const { store } = context;
  const userName = readUserName(context);
  store.transaction(() => {
    const user = requireUser(store, userName);
    const blocker = deleteUserBlocker(store, user);
    if (blocker) throw new DeleteConflictError(`Cannot delete entity, ${blocker}.`);
    store.tags.removeAll('user', user.pk);
    store.users.delete(user.pk);
  });
  return undefined;
}

function tagUser(context: OperationContext): undefined {
  const { store, params } = context;
  const user = requireUser(store, readUserName(context));
  const tags = readTags(params, true);
  store.transaction(() => putTags(store, 'user', user.pk, tags));
  return undefined;
}

function untagUser(context: OperationContext): undefined {
  const { store, params } = context;
  const user = requireUser(store, readUserName(context));
  const keys = readTagKeys(params);
  store.transaction(() => store.tags.remove('user', user.pk, keys));
  return undefined;
}

function listUserTags(context: OperationContext): XmlObject {
  const { store, params } = context;
  const user = requireUser(store, readUserName(context));
  return listTags(store, params, 'user', user.pk);
}

export const userOperations: OperationTable = {
  CreateUser: createUser,
  GetUser: getUser,
  ListUsers: listUsers,
  UpdateUser: updateUser,
  DeleteUser: deleteUser,
  TagUser: tagUser,
  UntagUser: untagUser,
  ListUserTags: listUserTags,
};
