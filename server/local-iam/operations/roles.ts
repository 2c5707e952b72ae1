import { roleArn } from '../arns.ts';
import {
  DeleteConflictError,
  EntityAlreadyExistsError,
  NoSuchEntityError,
  ValidationError,
} from '../errors.ts';
import { newUniqueId } from '../ids.ts';
import type { RoleRecord } from '../store/roles.ts';
import type { Store } from '../store/store.ts';
import type { Tag } from '../store/tags.ts';
import type { XmlObject } from '../xml/serialize.ts';
import { readPage } from './paging.ts';
import { listTags, putTags, readTagKeys, readTags, tagsOrNothing } from './tags.ts';
import { checkTrustPolicy, encodePolicyDocument } from './trust-policy.ts';
import { resolveTrustPrincipals, trustPolicyText } from './trust-principals.ts';
import { policyDeleteBlocker } from './policy-owners.ts';
import { checkModifiableRole, checkRolePathAllowed } from './role-protection.ts';
import type { OperationContext, OperationTable } from './types.ts';
import {
  checkDescription,
  checkName,
  checkPath,
  checkPathPrefix,
  MAX_ROLE_NAME,
  readInteger,
} from './validation.ts';

/**
 * MaxSessionDuration is one to twelve hours, in seconds; one hour when not given.
 * https://docs.aws.amazon.com/IAM/latest/APIReference/API_CreateRole.html
 */
const MIN_SESSION_DURATION = 3600;
const MAX_SESSION_DURATION = 43200;

export function roleView(
  store: Store,
  accountId: string,
  role: RoleRecord,
  tags?: Tag[],
): XmlObject {
  return {
    Path: role.path,
    RoleName: role.roleName,
    RoleId: role.roleId,
    Arn: roleArn(accountId, role.path, role.roleName),
    CreateDate: role.createDate,
    AssumeRolePolicyDocument: encodePolicyDocument(trustPolicyText(store, accountId, role)),
    Description: role.description,
    MaxSessionDuration: role.maxSessionDuration,
    Tags: tags,
  };
}

export function requireRole(store: Store, roleName: string): RoleRecord {
  const role = store.roles.byName(roleName);
  if (!role) throw new NoSuchEntityError(`The role with name ${roleName} cannot be found.`);
  return role;
}

function readRoleName(context: OperationContext): string {
  return checkName(context.params.require('RoleName'), 'RoleName', MAX_ROLE_NAME);
}

function readMaxSessionDuration(context: OperationContext): number | undefined {
  const value = readInteger(context.params, 'MaxSessionDuration');
  if (value === undefined) return undefined;
  if (value < MIN_SESSION_DURATION || value > MAX_SESSION_DURATION) {
    const bound =
      value < MIN_SESSION_DURATION
        ? `greater than or equal to ${MIN_SESSION_DURATION}`
        : `less than or equal to ${MAX_SESSION_DURATION}`;
    throw new ValidationError(
      `1 validation error detected: Value '${value}' at 'maxSessionDuration' failed to ` +
        `satisfy constraint: Member must have value ${bound}`,
    );
  }
  return value;
}

function readDescription(context: OperationContext): string | undefined {
  const description = context.params.get('Description');
  return description === undefined ? undefined : checkDescription(description);
}

function createRole(context: OperationContext): XmlObject {
  const { store, params, now, accountId } = context;
  const roleName = readRoleName(context);
  const path = checkPath(params.get('Path') ?? '/');
  checkRolePathAllowed(path);
  const document = checkTrustPolicy(
    params.require('AssumeRolePolicyDocument'),
    'AssumeRolePolicyDocument',
  );
  const description = readDescription(context);
  const maxSessionDuration = readMaxSessionDuration(context) ?? MIN_SESSION_DURATION;
  const tags = readTags(params);

  const role = store.transaction(() => {
    const existing = store.roles.byName(roleName);
    if (existing) {
      throw new EntityAlreadyExistsError(`Role with name ${existing.roleName} already exists.`);
    }
    const principals = resolveTrustPrincipals(store, accountId, document);
    const created = store.roles.insert({
      roleId: newUniqueId('AROA'),
      roleName,
      path,
      assumeRolePolicyDocument: document,
      description,
      maxSessionDuration,
      createDate: now,
    });
    store.trustPrincipals.replace(created.pk, principals);
    store.tags.put('role', created.pk, tags);
    return created;
  });
  return { Role: roleView(store, accountId, role, tags.length > 0 ? tags : undefined) };
}

/** GetRole adds RoleLastUsed, empty until roles can be assumed. */
function getRole(context: OperationContext): XmlObject {
  const { store, accountId } = context;
  const role = requireRole(store, readRoleName(context));
  return {
    Role: {
      ...roleView(store, accountId, role, tagsOrNothing(store, 'role', role.pk)),
      RoleLastUsed: {},
    },
  };
}

function listRoles(context: OperationContext): XmlObject {
  const { store, params, accountId } = context;
  const pathPrefix = checkPathPrefix(params.get('PathPrefix'));
  const page = readPage(
    params,
    (after, limit) => store.roles.list(pathPrefix, after, limit),
    (role) => role.roleName.toLowerCase(),
  );
  return {
    Roles: page.items.map((role) => roleView(store, accountId, role)),
    IsTruncated: page.IsTruncated,
    Marker: page.Marker,
  };
}

function updateRole(context: OperationContext): undefined {
  const { store } = context;
  const role = requireRole(store, readRoleName(context));
  checkModifiableRole(role);
  const description = readDescription(context);
  const maxSessionDuration = readMaxSessionDuration(context);
  store.transaction(() => store.roles.update(role, { description, maxSessionDuration }));
  return undefined;
}

function updateRoleDescription(context: OperationContext): XmlObject {
  const { store, params, accountId } = context;
  const role = requireRole(store, readRoleName(context));
  checkModifiableRole(role);
  const description = checkDescription(params.require('Description'));
  const updated = store.transaction(() => store.roles.update(role, { description }));
  return { Role: roleView(store, accountId, updated, tagsOrNothing(store, 'role', role.pk)) };
}

function updateAssumeRolePolicy(context: OperationContext): undefined {
  const { store, params, accountId } = context;
  const role = requireRole(store, readRoleName(context));
  checkModifiableRole(role);
  const document = checkTrustPolicy(params.require('PolicyDocument'), 'PolicyDocument');
  store.transaction(() => {
    const principals = resolveTrustPrincipals(store, accountId, document);
    store.roles.update(role, { assumeRolePolicyDocument: document });
    store.trustPrincipals.replace(role.pk, principals);
  });
  return undefined;
}

function deleteRole(context: OperationContext): undefined {
  const { store } = context;
  const roleName = readRoleName(context);
  store.transaction(() => {
    const role = requireRole(store, roleName);
    checkModifiableRole(role);
    const policyBlocker = policyDeleteBlocker(store, 'role', role.pk);
    if (policyBlocker) throw new DeleteConflictError(`Cannot delete entity, ${policyBlocker}.`);
    store.tags.removeAll('role', role.pk);
    store.roles.delete(role.pk);
  });
  return undefined;
}

function tagRole(context: OperationContext): undefined {
  const { store, params } = context;
  const role = requireRole(store, readRoleName(context));
  const tags = readTags(params, true);
  store.transaction(() => putTags(store, 'role', role.pk, tags));
  return undefined;
}

function untagRole(context: OperationContext): undefined {
  const { store, params } = context;
  const role = requireRole(store, readRoleName(context));
  const keys = readTagKeys(params);
  store.transaction(() => store.tags.remove('role', role.pk, keys));
  return undefined;
}

function listRoleTags(context: OperationContext): XmlObject {
  const { store, params } = context;
  const role = requireRole(store, readRoleName(context));
  return listTags(store, params, 'role', role.pk);
}

export const roleOperations: OperationTable = {
  CreateRole: createRole,
  GetRole: getRole,
  ListRoles: listRoles,
  UpdateRole: updateRole,
  UpdateRoleDescription: updateRoleDescription,
  UpdateAssumeRolePolicy: updateAssumeRolePolicy,
  DeleteRole: deleteRole,
  TagRole: tagRole,
  UntagRole: untagRole,
  ListRoleTags: listRoleTags,
};
