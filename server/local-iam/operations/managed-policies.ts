import {
  DeleteConflictError,
  EntityAlreadyExistsError,
  InvalidInputError,
  NoSuchEntityError,
} from '../errors.ts';
import { newUniqueId } from '../ids.ts';
import { managedPolicies } from '../policy/managed.ts';
import type { PolicyRecord } from '../store/policies.ts';
import type { Store } from '../store/store.ts';
import type { Tag } from '../store/tags.ts';
import type { XmlObject } from '../xml/serialize.ts';
import { readPageOf } from './paging.ts';
import { customerPolicyArn, findPolicy, type ResolvedPolicy } from './policy-arns.ts';
import { checkManagedDocument, MAX_POLICY_NAME } from './policy-documents.ts';
import { listTags, putTags, readTagKeys, readTags, tagsOrNothing } from './tags.ts';
import type { OperationContext, OperationTable } from './types.ts';
import {
  checkDescription,
  checkLength,
  checkName,
  checkPath,
  checkPathPrefix,
  readBoolean,
} from './validation.ts';

/**
 * The `Policy` structure. Description and Tags appear in CreatePolicy and GetPolicy, never in
 * ListPolicies. https://docs.aws.amazon.com/IAM/latest/APIReference/API_Policy.html
 */
export function policyView(
  store: Store,
  resolved: ResolvedPolicy,
  detail: { description?: boolean; tags?: Tag[] } = {},
): XmlObject {
  const common = {
    AttachmentCount: store.policyLinks.attachmentCount(resolved.arn),
    PermissionsBoundaryUsageCount: 0,
    IsAttachable: true,
  };
  if (resolved.kind === 'aws') {
    const { policy } = resolved;
    return {
      PolicyName: policy.PolicyName,
      PolicyId: policy.PolicyId,
      Arn: policy.Arn,
      Path: policy.Path,
      DefaultVersionId: policy.DefaultVersionId,
      ...common,
      Description: detail.description ? policy.Description : undefined,
      CreateDate: policy.CreateDate,
      UpdateDate: policy.UpdateDate,
    };
  }
  const { record } = resolved;
  return {
    PolicyName: record.policyName,
    PolicyId: record.policyId,
    Arn: resolved.arn,
    Path: record.path,
    DefaultVersionId: record.defaultVersionId,
    ...common,
    Description: detail.description ? record.description : undefined,
    CreateDate: record.createDate,
    UpdateDate: record.updateDate,
    Tags: detail.tags,
  };
}

/**
 * PolicyArn: 20–2048 characters shaped like an ARN, else IAM's InvalidInput.
 * https://docs.aws.amazon.com/IAM/latest/APIReference/API_GetPolicy.html
 */
export function readPolicyArn(context: OperationContext): string {
  const policyArn = context.params.require('PolicyArn');
  checkLength(policyArn, 'PolicyArn', 20, 2048);
  if (!/^arn:aws:iam::(\d{12}|aws):policy\/\S+$/.test(policyArn)) {
    throw new InvalidInputError(`ARN ${policyArn} is not valid.`);
  }
  return policyArn;
}

export function policyNotFound(policyArn: string): NoSuchEntityError {
  return new NoSuchEntityError(`Policy ${policyArn} was not found.`);
}

/** The customer managed policy an ARN names; AWS managed policies cannot be changed. */
export function requireCustomerPolicy(context: OperationContext): PolicyRecord {
  const policyArn = readPolicyArn(context);
  const found = findPolicy(context.store, context.accountId, policyArn);
  if (!found) throw policyNotFound(policyArn);
  if (found.kind === 'aws') {
    throw new InvalidInputError(`${policyArn} is an AWS managed policy and cannot be changed.`);
  }
  return found.record;
}

function createPolicy(context: OperationContext): XmlObject {
  const { store, params, now, accountId } = context;
  const policyName = checkName(params.require('PolicyName'), 'PolicyName', MAX_POLICY_NAME);
  const path = checkPath(params.get('Path') ?? '/');
  const document = checkManagedDocument(params.require('PolicyDocument'));
  const description = params.get('Description');
  if (description !== undefined) checkDescription(description);
  const tags = readTags(params);

  const record = store.transaction(() => {
    const existing = store.policies.byName(policyName);
    if (existing) {
      throw new EntityAlreadyExistsError(
        `A policy called ${existing.policyName} already exists. Duplicate names are not allowed.`,
      );
    }
    const created = store.policies.insert(
      { policyId: newUniqueId('ANPA'), policyName, path, description, createDate: now },
      document,
    );
    store.tags.put('policy', created.pk, tags);
    return created;
  });
  const arn = customerPolicyArn(accountId, record.path, record.policyName);
  const resolved: ResolvedPolicy = { kind: 'customer', arn, record };
  return {
    Policy: policyView(store, resolved, {
      description: true,
      tags: tags.length > 0 ? tags : undefined,
    }),
  };
}

function getPolicy(context: OperationContext): XmlObject {
  const { store, accountId } = context;
  const policyArn = readPolicyArn(context);
  const found = findPolicy(store, accountId, policyArn);
  if (!found) throw policyNotFound(policyArn);
  const tags = found.kind === 'customer' ? tagsOrNothing(store, 'policy', found.record.pk) : [];
  return { Policy: policyView(store, found, { description: true, tags }) };
}

type Scope = 'All' | 'AWS' | 'Local';

function readScope(context: OperationContext): Scope {
  const scope = context.params.get('Scope') ?? 'All';
  if (scope !== 'All' && scope !== 'AWS' && scope !== 'Local') {
    throw new InvalidInputError(
      `1 validation error detected: Value '${scope}' at 'scope' failed to satisfy constraint: ` +
        'Member must satisfy enum value set: [All, AWS, Local]',
    );
  }
  return scope;
}

function readUsageFilter(context: OperationContext): string | undefined {
  const filter = context.params.get('PolicyUsageFilter');
  if (filter !== undefined && filter !== 'PermissionsPolicy' && filter !== 'PermissionsBoundary') {
    throw new InvalidInputError(
      `1 validation error detected: Value '${filter}' at 'policyUsageFilter' failed to ` +
        'satisfy constraint: Member must satisfy enum value set: ' +
        '[PermissionsPolicy, PermissionsBoundary]',
    );
  }
  return filter;
}

/**
 * ListPolicies over AWS's catalogue and the account's own, by name. Permissions boundaries are
 * not modelled, so no policy is in use as one.
 */
function listPolicies(context: OperationContext): XmlObject {
  const { store, params, accountId } = context;
  const scope = readScope(context);
  const onlyAttached = readBoolean(params, 'OnlyAttached') ?? false;
  const pathPrefix = checkPathPrefix(params.get('PathPrefix'));
  const usage = readUsageFilter(context);
  const counts = store.policyLinks.attachmentCounts();

  const candidates: ResolvedPolicy[] = [];
  if (scope !== 'Local') {
    for (const policy of managedPolicies().list()) {
      if (policy.Path.startsWith(pathPrefix)) {
        candidates.push({ kind: 'aws', arn: policy.Arn, policy });
      }
    }
  }
  if (scope !== 'AWS') {
    for (const record of store.policies.list(pathPrefix)) {
      const arn = customerPolicyArn(accountId, record.path, record.policyName);
      candidates.push({ kind: 'customer', arn, record });
    }
  }
  const listed = candidates
    .filter(
      (policy) => !onlyAttached || (usage !== 'PermissionsBoundary' && counts.has(policy.arn)),
    )
    .map((policy) => ({ policy, key: `${nameOf(policy).toLowerCase()}\u0000${policy.arn}` }))
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));

  const page = readPageOf(params, listed, (item) => item.key);
  return {
    Policies: page.items.map((item) => policyView(store, item.policy)),
    IsTruncated: page.IsTruncated,
    Marker: page.Marker,
  };
}

function nameOf(policy: ResolvedPolicy): string {
  return policy.kind === 'aws' ? policy.policy.PolicyName : policy.record.policyName;
}

/**
 * A policy must be detached from every user, group and role, and have no version but its
 * default, before it can be deleted.
 * https://docs.aws.amazon.com/IAM/latest/APIReference/API_DeletePolicy.html
 */
function deletePolicy(context: OperationContext): undefined {
  const { store, accountId } = context;
  store.transaction(() => {
    const record = requireCustomerPolicy(context);
    const arn = customerPolicyArn(accountId, record.path, record.policyName);
    if (store.policyLinks.attachmentCount(arn) > 0) {
      throw new DeleteConflictError('Cannot delete a policy attached to entities.');
    }
    if (store.policies.versions(record.pk).length > 1) {
      throw new DeleteConflictError(
        "This policy has more than one version. Before you delete a policy, you must delete the policy's versions. The default version is deleted with the policy.",
      );
    }
    store.tags.removeAll('policy', record.pk);
    store.policies.delete(record.pk);
  });
  return undefined;
}

function tagPolicy(context: OperationContext): undefined {
  const { store, params } = context;
  const record = requireCustomerPolicy(context);
  const tags = readTags(params, true);
  store.transaction(() => putTags(store, 'policy', record.pk, tags));
  return undefined;
}

function untagPolicy(context: OperationContext): undefined {
  const { store, params } = context;
  const record = requireCustomerPolicy(context);
  const keys = readTagKeys(params);
  store.transaction(() => store.tags.remove('policy', record.pk, keys));
  return undefined;
}

function listPolicyTags(context: OperationContext): XmlObject {
  const { store, params } = context;
  const record = requireCustomerPolicy(context);
  return listTags(store, params, 'policy', record.pk);
}

export const managedPolicyOperations: OperationTable = {
  CreatePolicy: createPolicy,
  GetPolicy: getPolicy,
  ListPolicies: listPolicies,
  DeletePolicy: deletePolicy,
  TagPolicy: tagPolicy,
  UntagPolicy: untagPolicy,
  ListPolicyTags: listPolicyTags,
};
