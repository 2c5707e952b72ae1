import { LimitExceededError, NoSuchEntityError, ValidationError } from '../errors.ts';
import type { PolicyOwner } from '../store/policy-links.ts';
import type { XmlObject } from '../xml/serialize.ts';
import { policyNotFound, readPolicyArn } from './managed-policies.ts';
import { readPageOf } from './paging.ts';
import { findPolicy } from './policy-arns.ts';
import { findOwner, ownerTypeName, requireModifiableOwner, requireOwner } from './policy-owners.ts';
import type { OperationContext, OperationTable } from './types.ts';
import { checkPathPrefix } from './validation.ts';

/**
 * Ten managed policies a user, group or role by default.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_iam-quotas.html
 */
export const MAX_ATTACHED_POLICIES = 10;

/** Attaching a policy already attached is not an error in IAM; the eleventh policy is. */
function attach(type: PolicyOwner) {
  return (context: OperationContext): undefined => {
    const { store, accountId } = context;
    const policyArn = readPolicyArn(context);
    store.transaction(() => {
      const owner = requireModifiableOwner(context, type);
      if (!findPolicy(store, accountId, policyArn)) {
        throw new NoSuchEntityError(`Policy ${policyArn} does not exist or is not attachable.`);
      }
      const attached = store.policyLinks.attached(type, owner.pk);
      if (attached.includes(policyArn)) return;
      if (attached.length >= MAX_ATTACHED_POLICIES) {
        throw new LimitExceededError(
          `Cannot exceed quota for PoliciesPer${ownerTypeName(type)}: ${MAX_ATTACHED_POLICIES}`,
        );
      }
      store.policyLinks.attach(type, owner.pk, policyArn);
    });
    return undefined;
  };
}

function detach(type: PolicyOwner) {
  return (context: OperationContext): undefined => {
    const { store } = context;
    const policyArn = readPolicyArn(context);
    store.transaction(() => {
      const owner = requireModifiableOwner(context, type);
      if (!store.policyLinks.detach(type, owner.pk, policyArn)) throw policyNotFound(policyArn);
    });
    return undefined;
  };
}

/** AttachedPolicies by policy name; PathPrefix filters on the policies' paths. */
function listAttached(type: PolicyOwner) {
  return (context: OperationContext): XmlObject => {
    const { store, params, accountId } = context;
    const pathPrefix = checkPathPrefix(params.get('PathPrefix'));
    const owner = requireOwner(context, type);
    const attached = store.policyLinks
      .attached(type, owner.pk)
      .flatMap((arn) => {
        const found = findPolicy(store, accountId, arn);
        if (!found) return [];
        const [name, path] =
          found.kind === 'aws'
            ? [found.policy.PolicyName, found.policy.Path]
            : [found.record.policyName, found.record.path];
        return path.startsWith(pathPrefix) ? [{ PolicyName: name, PolicyArn: arn }] : [];
      })
      .sort((a, b) => compare(sortKey(a), sortKey(b)));
    const page = readPageOf(params, attached, sortKey);
    return { AttachedPolicies: page.items, IsTruncated: page.IsTruncated, Marker: page.Marker };
  };
}

function sortKey(policy: { PolicyName: string; PolicyArn: string }): string {
  return `${policy.PolicyName.toLowerCase()}\u0000${policy.PolicyArn}`;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

const ENTITY_FILTERS: Record<string, PolicyOwner | undefined> = {
  User: 'user',
  Group: 'group',
  Role: 'role',
  LocalManagedPolicy: undefined,
  AWSManagedPolicy: undefined,
};

/**
 * The users, groups and roles a managed policy is attached to, each list by name, paged as one
 * list. EntityFilter picks one kind; PathPrefix filters on the entities' paths.
 * https://docs.aws.amazon.com/IAM/latest/APIReference/API_ListEntitiesForPolicy.html
 */
function listEntitiesForPolicy(context: OperationContext): XmlObject {
  const { store, params, accountId } = context;
  const policyArn = readPolicyArn(context);
  const filter = params.get('EntityFilter');
  if (filter !== undefined && !Object.hasOwn(ENTITY_FILTERS, filter)) {
    throw new ValidationError(
      `1 validation error detected: Value '${filter}' at 'entityFilter' failed to satisfy ` +
        'constraint: Member must satisfy enum value set: ' +
        '[LocalManagedPolicy, Group, AWSManagedPolicy, User, Role]',
    );
  }
  const pathPrefix = checkPathPrefix(params.get('PathPrefix'));
  if (!findPolicy(store, accountId, policyArn)) throw policyNotFound(policyArn);

  const only = filter === undefined ? undefined : ENTITY_FILTERS[filter];
  const order: PolicyOwner[] = ['group', 'user', 'role'];
  const entities = store.policyLinks
    .attachedNames(policyArn)
    .filter((entity) => filter === undefined || entity.entityType === only)
    .flatMap((entity) => {
      const owner = findOwner(store, accountId, entity.entityType, entity.name);
      return owner && owner.path.startsWith(pathPrefix) ? [owner] : [];
    })
    .map((owner) => ({
      owner,
      key: `${order.indexOf(owner.type)}:${owner.name.toLowerCase()}`,
    }))
    .sort((a, b) => compare(a.key, b.key));

  const page = readPageOf(params, entities, (entity) => entity.key);
  const of = (type: PolicyOwner) => page.items.filter((item) => item.owner.type === type);
  return {
    PolicyGroups: of('group').map(({ owner }) => ({ GroupName: owner.name, GroupId: owner.id })),
    PolicyUsers: of('user').map(({ owner }) => ({ UserName: owner.name, UserId: owner.id })),
    PolicyRoles: of('role').map(({ owner }) => ({ RoleName: owner.name, RoleId: owner.id })),
    IsTruncated: page.IsTruncated,
    Marker: page.Marker,
  };
}

export const attachedPolicyOperations: OperationTable = {
  AttachUserPolicy: attach('user'),
  AttachGroupPolicy: attach('group'),
  AttachRolePolicy: attach('role'),
  DetachUserPolicy: detach('user'),
  DetachGroupPolicy: detach('group'),
  DetachRolePolicy: detach('role'),
  ListAttachedUserPolicies: listAttached('user'),
  ListAttachedGroupPolicies: listAttached('group'),
  ListAttachedRolePolicies: listAttached('role'),
  ListEntitiesForPolicy: listEntitiesForPolicy,
};
