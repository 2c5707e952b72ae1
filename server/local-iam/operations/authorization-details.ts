import { groupArn, roleArn, userArn } from '../arns.ts';
import { ValidationError } from '../errors.ts';
import { managedPolicies } from '../policy/managed.ts';
import type { PolicyOwner } from '../store/policy-links.ts';
import type { Store } from '../store/store.ts';
import type { XmlObject } from '../xml/serialize.ts';
import { policyView } from './managed-policies.ts';
import { readPageOf } from './paging.ts';
import { customerPolicyArn, findPolicy, type ResolvedPolicy } from './policy-arns.ts';
import { tagsOrNothing } from './tags.ts';
import { encodePolicyDocument } from './trust-policy.ts';
import { trustPolicyText } from './trust-principals.ts';
import type { OperationContext, OperationTable } from './types.ts';

type EntityFilter = 'User' | 'Group' | 'Role' | 'LocalManagedPolicy' | 'AWSManagedPolicy';
const FILTERS: readonly EntityFilter[] = [
  'User',
  'Group',
  'Role',
  'LocalManagedPolicy',
  'AWSManagedPolicy',
];

interface Item {
  kind: EntityFilter;
  key: string;
  view: () => XmlObject;
}

function readFilter(context: OperationContext): Set<EntityFilter> {
  const given = context.params.list('Filter');
  if (given === undefined || given.length === 0) return new Set(FILTERS);
  for (const value of given) {
    if (!FILTERS.includes(value as EntityFilter)) {
      throw new ValidationError(
        `1 validation error detected: Value '[${given.join(', ')}]' at 'filter' failed to ` +
          'satisfy constraint: Member must satisfy constraint: [Member must satisfy enum value ' +
          'set: [LocalManagedPolicy, Group, AWSManagedPolicy, User, Role]]',
      );
    }
  }
  return new Set(given as EntityFilter[]);
}

function inlineList(store: Store, owner: PolicyOwner, pk: number): XmlObject[] {
  return store.policyLinks.inlineList(owner, pk).map((policy) => ({
    PolicyName: policy.policyName,
    PolicyDocument: encodePolicyDocument(policy.document),
  }));
}

function attachedList(store: Store, accountId: string, owner: PolicyOwner, pk: number) {
  return store.policyLinks.attached(owner, pk).flatMap((arn) => {
    const found = findPolicy(store, accountId, arn);
    if (!found) return [];
    const name = found.kind === 'aws' ? found.policy.PolicyName : found.record.policyName;
    return [{ PolicyName: name, PolicyArn: arn }];
  });
}

/** A managed policy with every version and its URL-encoded document. */
function policyDetail(store: Store, resolved: ResolvedPolicy): XmlObject {
  const versions =
    resolved.kind === 'aws'
      ? (managedPolicies().versions(resolved.arn) ?? [])
      : store.policies.versions(resolved.record.pk).map((version) => ({
          Document: version.document,
          VersionId: version.versionId,
          IsDefaultVersion: version.versionId === resolved.record.defaultVersionId,
          CreateDate: version.createDate,
        }));
  return {
    ...policyView(store, resolved),
    PolicyVersionList: versions.map((version) => ({
      Document: encodePolicyDocument(version.Document),
      VersionId: version.VersionId,
      IsDefaultVersion: version.IsDefaultVersion,
      CreateDate: version.CreateDate,
    })),
  };
}

/** Everything the filter asks for, in one order that paging can resume from. */
function collect(store: Store, accountId: string, filter: Set<EntityFilter>): Item[] {
  const items: Item[] = [];
  const everything = 1_000_000;
  if (filter.has('User')) {
    for (const user of store.users.list('/', '', everything)) {
      items.push({
        kind: 'User',
        key: `1:${user.userName.toLowerCase()}`,
        view: () => ({
          Path: user.path,
          UserName: user.userName,
          UserId: user.userId,
          Arn: userArn(accountId, user.path, user.userName),
          CreateDate: user.createDate,
          UserPolicyList: inlineList(store, 'user', user.pk),
          GroupList: store.groups.groupsOfUser(user.pk).map((group) => group.groupName),
          AttachedManagedPolicies: attachedList(store, accountId, 'user', user.pk),
          Tags: tagsOrNothing(store, 'user', user.pk),
        }),
      });
    }
  }
  if (filter.has('Group')) {
    for (const group of store.groups.list('/', '', everything)) {
      items.push({
        kind: 'Group',
        key: `2:${group.groupName.toLowerCase()}`,
        view: () => ({
          Path: group.path,
          GroupName: group.groupName,
          GroupId: group.groupId,
          Arn: groupArn(accountId, group.path, group.groupName),
          CreateDate: group.createDate,
          GroupPolicyList: inlineList(store, 'group', group.pk),
          AttachedManagedPolicies: attachedList(store, accountId, 'group', group.pk),
        }),
      });
    }
  }
  if (filter.has('Role')) {
    for (const role of store.roles.list('/', '', everything)) {
      items.push({
        kind: 'Role',
        key: `3:${role.roleName.toLowerCase()}`,
        view: () => ({
          Path: role.path,
          RoleName: role.roleName,
          RoleId: role.roleId,
          Arn: roleArn(accountId, role.path, role.roleName),
          CreateDate: role.createDate,
          AssumeRolePolicyDocument: encodePolicyDocument(trustPolicyText(store, accountId, role)),
          // Instance profiles are not modelled by the local account.
          InstanceProfileList: [],
          RolePolicyList: inlineList(store, 'role', role.pk),
          AttachedManagedPolicies: attachedList(store, accountId, 'role', role.pk),
          Tags: tagsOrNothing(store, 'role', role.pk),
          RoleLastUsed: {},
        }),
      });
    }
  }
  if (filter.has('LocalManagedPolicy')) {
    for (const record of store.policies.list('/')) {
      const arn = customerPolicyArn(accountId, record.path, record.policyName);
      items.push({
        kind: 'LocalManagedPolicy',
        key: `4:${record.policyName.toLowerCase()}`,
        view: () => policyDetail(store, { kind: 'customer', arn, record }),
      });
    }
  }
  // AWS managed policies appear only when something in the account uses them.
  if (filter.has('AWSManagedPolicy')) {
    for (const arn of [...store.policyLinks.attachmentCounts().keys()].sort()) {
      const found = findPolicy(store, accountId, arn);
      if (found?.kind !== 'aws') continue;
      items.push({
        kind: 'AWSManagedPolicy',
        key: `5:${arn}`,
        view: () => policyDetail(store, found),
      });
    }
  }
  return items.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

/**
 * Every user, group, role and managed policy with their relationships, in one paged list.
 * https://docs.aws.amazon.com/IAM/latest/APIReference/API_GetAccountAuthorizationDetails.html
 */
function getAccountAuthorizationDetails(context: OperationContext): XmlObject {
  const { store, accountId, params } = context;
  const items = collect(store, accountId, readFilter(context));
  const page = readPageOf(params, items, (item) => item.key);
  const of = (kind: EntityFilter) =>
    page.items.filter((item) => item.kind === kind).map((item) => item.view());
  return {
    UserDetailList: of('User'),
    GroupDetailList: of('Group'),
    RoleDetailList: of('Role'),
    Policies: [...of('LocalManagedPolicy'), ...of('AWSManagedPolicy')],
    IsTruncated: page.IsTruncated,
    Marker: page.Marker,
  };
}

export const authorizationDetailsOperations: OperationTable = {
  GetAccountAuthorizationDetails: getAccountAuthorizationDetails,
};
