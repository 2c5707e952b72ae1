import type { IAMClient } from '@aws-sdk/client-iam';
import { useQueryClient } from '@tanstack/react-query';
import { useGuardedMutation } from '../../aws/guarded-mutation.ts';
import { policyKeys } from '../../aws/query-keys.ts';
import { ownerKeys, type PolicyOwner } from './policy-owner.ts';
import {
  sendPolicyRequest,
  type AttachPolicyRequest,
  type DeleteInlinePolicyRequest,
  type DetachPolicyRequest,
  type PutInlinePolicyRequest,
} from './policy-requests.ts';

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
  return useGuardedMutation({
    mutationFn: async (requests: AttachPolicyRequest[]) => {
      const failures: AttachFailure[] = [];
      for (const request of requests) {
        try {
          await sendPolicyRequest(iam, request);
        } catch (error) {
          failures.push({ PolicyArn: request.input.PolicyArn ?? '', error });
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
  return useGuardedMutation({
    mutationFn: (request: DetachPolicyRequest) => sendPolicyRequest(iam, request),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: ownerKeys(owner).attachedPolicies }),
        queryClient.invalidateQueries({ queryKey: policyKeys.lists() }),
      ]),
  });
}

export function usePutInlinePolicy(iam: IAMClient, owner: PolicyOwner) {
  const queryClient = useQueryClient();
  return useGuardedMutation({
    mutationFn: (request: PutInlinePolicyRequest) => sendPolicyRequest(iam, request),
    // The names list is a prefix of each document's key, so this refreshes both.
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ownerKeys(owner).inlinePolicies }),
  });
}

export function useDeleteInlinePolicy(iam: IAMClient, owner: PolicyOwner) {
  const queryClient = useQueryClient();
  return useGuardedMutation({
    mutationFn: (request: DeleteInlinePolicyRequest) => sendPolicyRequest(iam, request),
    onSuccess: async (_output, request) => {
      const PolicyName = request.input.PolicyName ?? '';
      queryClient.removeQueries({ queryKey: ownerKeys(owner).inlinePolicy(PolicyName) });
      await queryClient.invalidateQueries({
        queryKey: ownerKeys(owner).inlinePolicies,
        exact: true,
      });
    },
  });
}
