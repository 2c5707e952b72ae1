import { groupArn } from '../arns.ts';
import {
  DeleteConflictError,
  EntityAlreadyExistsError,
  LimitExceededError,
  NoSuchEntityError,
} from '../errors.ts';
import { newUniqueId } from '../ids.ts';
import type { GroupRecord } from '../store/groups.ts';
import type { Store } from '../store/store.ts';
import type { XmlObject } from '../xml/serialize.ts';
import { readPage, readPageOf } from './paging.ts';
import { policyDeleteBlocker } from './policy-owners.ts';
import type { OperationContext, OperationTable } from './types.ts';
import { requireUser, userView } from './users.ts';
import {
  checkName,
  checkPath,
  checkPathPrefix,
  MAX_GROUP_NAME,
  MAX_USER_NAME,
} from './validation.ts';

/**
 * A user belongs to at most ten groups.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_iam-quotas.html
 */
export const MAX_GROUPS_PER_USER = 10;

function groupView(accountId: string, group: GroupRecord): XmlObject {
  return {
    Path: group.path,
    GroupName: group.groupName,
    GroupId: group.groupId,
    Arn: groupArn(accountId, group.path, group.groupName),
    CreateDate: group.createDate,
  };
}

function requireGroup(store: Store, groupName: string): GroupRecord {
  const group = store.groups.byName(groupName);
  if (!group) throw new NoSuchEntityError(`The group with name ${groupName} cannot be found.`);
  return group;
}

function readGroupName(context: OperationContext): string {
  return checkName(context.params.require('GroupName'), 'GroupName', MAX_GROUP_NAME);
}

function readUserName(context: OperationContext): string {
  return checkName(context.params.require('UserName'), 'UserName', MAX_USER_NAME);
}

function groupExists(group: GroupRecord): EntityAlreadyExistsError {
  return new EntityAlreadyExistsError(`Group with name ${group.groupName} already exists.`);
}

function createGroup(context: OperationContext): XmlObject {
  const { store, params, now, accountId } = context;
  const groupName = readGroupName(context);
  const path = checkPath(params.get('Path') ?? '/');

  const group = store.transaction(() => {
    const existing = store.groups.byName(groupName);
    if (existing) throw groupExists(existing);
    return store.groups.insert({ groupId: newUniqueId('AGPA'), groupName, path, createDate: now });
  });
  return { Group: groupView(accountId, group) };
}

/** GetGroup pages through the group's members, by user name. */
function getGroup(context: OperationContext): XmlObject {
  const { store, params, accountId } = context;
  const group = requireGroup(store, readGroupName(context));
  const page = readPage(
    params,
    (after, limit) => store.groups.members(group.pk, after, limit),
    (user) => user.userName.toLowerCase(),
  );
  return {
    Group: groupView(accountId, group),
    Users: page.items.map((user) => userView(accountId, user)),
    IsTruncated: page.IsTruncated,
    Marker: page.Marker,
  };
}

function listGroups(context: OperationContext): XmlObject {
  const { store, params, accountId } = context;
  const pathPrefix = checkPathPrefix(params.get('PathPrefix'));
  const page = readPage(
    params,
    (after, limit) => store.groups.list(pathPrefix, after, limit),
    (group) => group.groupName.toLowerCase(),
  );
  return {
    Groups: page.items.map((group) => groupView(accountId, group)),
    IsTruncated: page.IsTruncated,
    Marker: page.Marker,
  };
}

function updateGroup(context: OperationContext): undefined {
  const { store, params } = context;
  const group = requireGroup(store, readGroupName(context));
  const newGroupName = params.get('NewGroupName');
  const newPath = params.get('NewPath');
  if (newGroupName !== undefined) checkName(newGroupName, 'NewGroupName', MAX_GROUP_NAME);
  if (newPath !== undefined) checkPath(newPath, 'NewPath');

  store.transaction(() => {
    const clash = newGroupName === undefined ? undefined : store.groups.byName(newGroupName);
    if (clash && clash.pk !== group.pk) throw groupExists(clash);
    store.groups.update(group.pk, newGroupName ?? group.groupName, newPath ?? group.path);
  });
  return undefined;
}

/**
 * A group must have no members, inline policies or attached policies before it can be deleted.
 * https://docs.aws.amazon.com/IAM/latest/APIReference/API_DeleteGroup.html
 */
function deleteGroup(context: OperationContext): undefined {
  const { store } = context;
  const groupName = readGroupName(context);
  store.transaction(() => {
    const group = requireGroup(store, groupName);
    if (store.groups.memberCount(group.pk) > 0) {
      throw new DeleteConflictError('Cannot delete entity, must remove users from group first.');
    }
    const policyBlocker = policyDeleteBlocker(store, 'group', group.pk);
    if (policyBlocker) throw new DeleteConflictError(`Cannot delete entity, ${policyBlocker}.`);
    store.groups.delete(group.pk);
  });
  return undefined;
}

/** Adding a member twice is not an error in IAM; the eleventh group is. */
function addUserToGroup(context: OperationContext): undefined {
  const { store } = context;
  const groupName = readGroupName(context);
  const userName = readUserName(context);
  store.transaction(() => {
    const group = requireGroup(store, groupName);
    const user = requireUser(store, userName);
    const groups = store.groups.groupsOfUser(user.pk);
    if (groups.some((member) => member.pk === group.pk)) return;
    if (groups.length >= MAX_GROUPS_PER_USER) {
      throw new LimitExceededError(`Cannot exceed quota for GroupsPerUser: ${MAX_GROUPS_PER_USER}`);
    }
    store.groups.addMember(group.pk, user.pk);
  });
  return undefined;
}

function removeUserFromGroup(context: OperationContext): undefined {
  const { store } = context;
  const groupName = readGroupName(context);
  const userName = readUserName(context);
  store.transaction(() => {
    const group = requireGroup(store, groupName);
    const user = requireUser(store, userName);
    if (!store.groups.removeMember(group.pk, user.pk)) {
      throw new NoSuchEntityError(
        `The user with name ${user.userName} cannot be found in group ${group.groupName}.`,
      );
    }
  });
  return undefined;
}

function listGroupsForUser(context: OperationContext): XmlObject {
  const { store, params, accountId } = context;
  const user = requireUser(store, readUserName(context));
  const page = readPageOf(params, store.groups.groupsOfUser(user.pk), (group) =>
    group.groupName.toLowerCase(),
  );
  return {
    Groups: page.items.map((group) => groupView(accountId, group)),
    IsTruncated: page.IsTruncated,
    Marker: page.Marker,
  };
}

export const groupOperations: OperationTable = {
  CreateGroup: createGroup,
  GetGroup: getGroup,
  ListGroups: listGroups,
  UpdateGroup: updateGroup,
  DeleteGroup: deleteGroup,
  AddUserToGroup: addUserToGroup,
  RemoveUserFromGroup: removeUserFromGroup,
  ListGroupsForUser: listGroupsForUser,
};
