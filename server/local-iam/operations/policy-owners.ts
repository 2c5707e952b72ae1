import { groupArn, roleArn, userArn } from '../arns.ts';
import { NoSuchEntityError } from '../errors.ts';
import { checkModifiableRole } from './role-protection.ts';
import type { PolicyOwner } from '../store/policy-links.ts';
import type { Store } from '../store/store.ts';
import type { OperationContext } from './types.ts';
import { checkName, MAX_GROUP_NAME, MAX_ROLE_NAME, MAX_USER_NAME } from './validation.ts';

/** A user, group or role that holds policies, by the fields the policy operations show. */
export interface Owner {
  type: PolicyOwner;
  pk: number;
  name: string;
  id: string;
  path: string;
  arn: string;
}

const PARAMETERS = { user: 'UserName', group: 'GroupName', role: 'RoleName' } as const;
const MAX_NAMES = { user: MAX_USER_NAME, group: MAX_GROUP_NAME, role: MAX_ROLE_NAME } as const;

/** The owner of the given type with that name, or undefined. */
export function findOwner(
  store: Store,
  accountId: string,
  type: PolicyOwner,
  name: string,
): Owner | undefined {
  if (type === 'user') {
    const user = store.users.byName(name);
    return (
      user && {
        type,
        pk: user.pk,
        name: user.userName,
        id: user.userId,
        path: user.path,
        arn: userArn(accountId, user.path, user.userName),
      }
    );
  }
  if (type === 'group') {
    const group = store.groups.byName(name);
    return (
      group && {
        type,
        pk: group.pk,
        name: group.groupName,
        id: group.groupId,
        path: group.path,
        arn: groupArn(accountId, group.path, group.groupName),
      }
    );
  }
  const role = store.roles.byName(name);
  return (
    role && {
      type,
      pk: role.pk,
      name: role.roleName,
      id: role.roleId,
      path: role.path,
      arn: roleArn(accountId, role.path, role.roleName),
    }
  );
}

/** The owner a request names (`UserName`, `GroupName` or `RoleName`), with IAM's NoSuchEntity. */
export function requireOwner(context: OperationContext, type: PolicyOwner): Owner {
  const parameter = PARAMETERS[type];
  const name = checkName(context.params.require(parameter), parameter, MAX_NAMES[type]);
  const owner = findOwner(context.store, context.accountId, type, name);
  if (!owner) throw new NoSuchEntityError(`The ${type} with name ${name} cannot be found.`);
  return owner;
}

/** Like `requireOwner`, for writes: a service-linked role's policies change only through AWS. */
export function requireModifiableOwner(context: OperationContext, type: PolicyOwner): Owner {
  const owner = requireOwner(context, type);
  if (type === 'role') {
    const role = context.store.roles.byName(owner.name);
    if (role) checkModifiableRole(role);
  }
  return owner;
}

/** `user` → `User`, as operation names and quota names spell the owner type. */
export function ownerTypeName(type: PolicyOwner): 'User' | 'Group' | 'Role' {
  return type === 'user' ? 'User' : type === 'group' ? 'Group' : 'Role';
}

/**
 * What keeps a user, group or role from being deleted on the policy side: inline policies first,
 * then attached managed policies, with IAM's wording.
 * https://docs.aws.amazon.com/IAM/latest/APIReference/API_DeleteUser.html
 */
export function policyDeleteBlocker(
  store: Store,
  type: PolicyOwner,
  pk: number,
): string | undefined {
  if (store.policyLinks.inlineList(type, pk).length > 0) return 'must delete policies first';
  if (store.policyLinks.attached(type, pk).length > 0) return 'must detach all policies first';
  return undefined;
}
