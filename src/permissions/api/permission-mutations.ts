import type { IAMClient } from '@aws-sdk/client-iam';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { policyKeys } from '../../aws/query-keys.ts';
import { ownerKeys, ownerOperations, type PolicyOwner } from './policy-owner.ts';

export interface AttachFailure {
  PolicyArn: string;
  error: unknown;
}

/**
 * Attaches each policy in turn (IAM takes one a call). A refusal for one, such as the quota of
 * ten managed policies an identity, is reported without hiding the others' success.
 */
export function useAttachPolicies(iam: IAMClient, owner: PolicyOwner) {
  const queryClient = useQueryClient();
  const operations = ownerOperations(iam, owner);
  return useMutation({
    mutationFn: async (PolicyArns: string[]) => {
      const failures: AttachFailure[] = [];
      for (const PolicyArn of PolicyArns) {
        try {
          await operations.attachPolicy(PolicyArn);
        } catch (error) {
          failures.push({ PolicyArn, error });
        }
      }
      return failures;
    },
    // AttachmentCount in the policy list changes along with the owner's attachments.
    onSettled: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: ownerKeys(owner).attachedPolicies }),
        queryClient.invalidateQueries({ queryKey: policyKeys.lists() }),
      ]),
  });
}

export function useDetachPolicy(iam: IAMClient, owner: PolicyOwner) {
  const queryClient = useQueryClient();
  const operations = ownerOperations(iam, owner);
  return useMutation({
    mutationFn: (PolicyArn: string) => operations.detachPolicy(PolicyArn),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: ownerKeys(owner).attachedPolicies }),
        queryClient.invalidateQueries({ queryKey: policyKeys.lists() }),
      ]),
  });
}

export function usePutInlinePolicy(iam: IAMClient, owner: PolicyOwner) {
  const queryClient = useQueryClient();
  const operations = ownerOperations(iam, owner);
  return useMutation({
    mutationFn: (input: { PolicyName: string; PolicyDocument: string }) =>
      operations.putInlinePolicy(input.PolicyName, input.PolicyDocument),
    // The names list is a prefix of each document's key, so this refreshes both.
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ownerKeys(owner).inlinePolicies }),
  });
}

export function useDeleteInlinePolicy(iam: IAMClient, owner: PolicyOwner) {
  const queryClient = useQueryClient();
  const operations = ownerOperations(iam, owner);
  return useMutation({
    mutationFn: (PolicyName: string) => operations.deleteInlinePolicy(PolicyName),
    onSuccess: async (_output, PolicyName) => {
      queryClient.removeQueries({ queryKey: ownerKeys(owner).inlinePolicy(PolicyName) });
      await queryClient.invalidateQueries({
        queryKey: ownerKeys(owner).inlinePolicies,
        exact: true,
      });
    },
  });
}
