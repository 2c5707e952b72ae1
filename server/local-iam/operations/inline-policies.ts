import { NoSuchEntityError } from '../errors.ts';
import type { PolicyOwner } from '../store/policy-links.ts';
import type { XmlObject } from '../xml/serialize.ts';
import { readPageOf } from './paging.ts';
import { checkInlineDocument, MAX_POLICY_NAME } from './policy-documents.ts';
import { ownerTypeName, requireModifiableOwner, requireOwner } from './policy-owners.ts';
import { encodePolicyDocument } from './trust-policy.ts';
import type { OperationContext, OperationTable } from './types.ts';
import { checkName } from './validation.ts';

function readPolicyName(context: OperationContext): string {
  return checkName(context.params.require('PolicyName'), 'PolicyName', MAX_POLICY_NAME);
}

function noPolicy(type: PolicyOwner, policyName: string): NoSuchEntityError {
  return new NoSuchEntityError(`The ${type} policy with name ${policyName} cannot be found.`);
}

/** Put replaces a policy of the same name; the owner's inline policies share one size quota. */
function put(type: PolicyOwner) {
  return (context: OperationContext): undefined => {
    const { store, params } = context;
    const policyName = readPolicyName(context);
    const document = params.require('PolicyDocument');
    store.transaction(() => {
      const owner = requireModifiableOwner(context, type);
      const others = store.policyLinks
        .inlineList(type, owner.pk)
        .filter((policy) => policy.policyName.toLowerCase() !== policyName.toLowerCase())
        .map((policy) => policy.document);
      checkInlineDocument(document, type, owner.name, others);
      store.policyLinks.putInline(type, owner.pk, { policyName, document });
    });
    return undefined;
  };
}

/** The document comes back URL-encoded, as IAM sends every policy document. */
function get(type: PolicyOwner) {
  return (context: OperationContext): XmlObject => {
    const policyName = readPolicyName(context);
    const owner = requireOwner(context, type);
    const policy = context.store.policyLinks.inline(type, owner.pk, policyName);
    if (!policy) throw noPolicy(type, policyName);
    return {
      [`${ownerTypeName(type)}Name`]: owner.name,
      PolicyName: policy.policyName,
      PolicyDocument: encodePolicyDocument(policy.document),
    };
  };
}

function remove(type: PolicyOwner) {
  return (context: OperationContext): undefined => {
    const { store } = context;
    const policyName = readPolicyName(context);
    store.transaction(() => {
      const owner = requireModifiableOwner(context, type);
      if (!store.policyLinks.deleteInline(type, owner.pk, policyName)) {
        throw noPolicy(type, policyName);
      }
    });
    return undefined;
  };
}

function list(type: PolicyOwner) {
  return (context: OperationContext): XmlObject => {
    const owner = requireOwner(context, type);
    const names = context.store.policyLinks
      .inlineList(type, owner.pk)
      .map((policy) => policy.policyName);
    const page = readPageOf(context.params, names, (name) => name.toLowerCase());
    return { PolicyNames: page.items, IsTruncated: page.IsTruncated, Marker: page.Marker };
  };
}

export const inlinePolicyOperations: OperationTable = {
  PutUserPolicy: put('user'),
  PutGroupPolicy: put('group'),
  PutRolePolicy: put('role'),
  GetUserPolicy: get('user'),
  GetGroupPolicy: get('group'),
  GetRolePolicy: get('role'),
  DeleteUserPolicy: remove('user'),
  DeleteGroupPolicy: remove('group'),
  DeleteRolePolicy: remove('role'),
  ListUserPolicies: list('user'),
  ListGroupPolicies: list('group'),
  ListRolePolicies: list('role'),
};
