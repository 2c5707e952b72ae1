import { ListPoliciesCommand, type IAMClient } from '@aws-sdk/client-iam';
import { queryOptions } from '@tanstack/react-query';
import { listAll } from '../../aws/paging.ts';
import { decodePolicyDocument } from '../../aws/policy-document.ts';
import { policyKeys, type PolicyListParams } from '../../aws/query-keys.ts';
import { ownerKeys, ownerOperations, type PolicyOwner } from './policy-owner.ts';

export function attachedPoliciesQuery(iam: IAMClient, owner: PolicyOwner) {
  const operations = ownerOperations(iam, owner);
  return queryOptions({
    queryKey: ownerKeys(owner).attachedPolicies,
    queryFn: () =>
      listAll(
        (Marker) => operations.listAttachedPolicies(Marker),
        (page) => page.AttachedPolicies,
      ),
  });
}

export function inlinePolicyNamesQuery(iam: IAMClient, owner: PolicyOwner) {
  const operations = ownerOperations(iam, owner);
  return queryOptions({
    queryKey: ownerKeys(owner).inlinePolicies,
    queryFn: () =>
      listAll(
        (Marker) => operations.listInlinePolicyNames(Marker),
        (page) => page.PolicyNames,
      ),
  });
}

/** The inline policy's document, decoded from the URL-encoded form IAM returns, and indented. */
export function inlinePolicyQuery(iam: IAMClient, owner: PolicyOwner, PolicyName: string) {
  const operations = ownerOperations(iam, owner);
  return queryOptions({
    queryKey: ownerKeys(owner).inlinePolicy(PolicyName),
    queryFn: async () => {
      const output = await operations.getInlinePolicy(PolicyName);
      return decodePolicyDocument(output.PolicyDocument ?? '');
    },
  });
}

/** Every managed policy the account can attach: AWS managed and customer managed. */
export function managedPoliciesQuery(iam: IAMClient, params: PolicyListParams) {
  return queryOptions({
    queryKey: policyKeys.list(params),
    queryFn: () =>
      listAll(
        (Marker) =>
          iam.send(new ListPoliciesCommand({ Scope: params.Scope, Marker, MaxItems: 1000 })),
        (page) => page.Policies,
      ),
  });
}
