import type { AttachedPolicy, IAMClient } from '@aws-sdk/client-iam';
import { useQueries, useQuery } from '@tanstack/react-query';
import { groupsForUserQuery } from '../aws/list-queries.ts';
import { attachedPoliciesQuery, inlinePolicyNamesQuery } from './api/permission-queries.ts';
import type { PolicyOwner } from './api/policy-owner.ts';

export type PolicyType = 'AWS managed' | 'Customer managed' | 'Inline';

export interface PolicyRow {
  id: string;
  PolicyName: string;
  /** Managed policies only. */
  PolicyArn?: string;
  type: PolicyType;
  /** The group the policy comes through; undefined when it is the owner's own. */
  GroupName?: string;
}

/** AWS managed policies live in the "aws" account: arn:aws:iam::aws:policy/… */
export function managedPolicyType(PolicyArn: string | undefined): PolicyType {
  return PolicyArn?.split(':')[4] === 'aws' ? 'AWS managed' : 'Customer managed';
}

interface PolicyLists {
  attached: { PolicyName?: string; PolicyArn?: string }[] | undefined;
  inline: string[] | undefined;
}

function toRows({ attached, inline }: PolicyLists, GroupName?: string): PolicyRow[] {
  const via = GroupName ?? '';
  return [
    ...(attached ?? []).map((policy) => ({
      id: `${via}|managed|${policy.PolicyArn ?? ''}`,
      PolicyName: policy.PolicyName ?? '',
      PolicyArn: policy.PolicyArn,
      type: managedPolicyType(policy.PolicyArn),
      GroupName,
    })),
    ...(inline ?? []).map((PolicyName) => ({
      id: `${via}|inline|${PolicyName}`,
      PolicyName,
      type: 'Inline' as const,
      GroupName,
    })),
  ];
}

/**
 * The owner's own policies and, for a user, those of each group it belongs to: a user's
 * permissions are the union of both.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/id_groups.html
 */
export function usePolicyRows(iam: IAMClient, owner: PolicyOwner) {
  const attached = useQuery(attachedPoliciesQuery(iam, owner));
  const inline = useQuery(inlinePolicyNamesQuery(iam, owner));
  const groups = useQuery({
    ...groupsForUserQuery(iam, owner.name),
    enabled: owner.kind === 'user',
  });

  const GroupNames = owner.kind === 'user' ? (groups.data ?? []).map((g) => g.GroupName ?? '') : [];
  const inherited = useQueries({
    queries: GroupNames.flatMap((name) => [
      attachedPoliciesQuery(iam, { kind: 'group', name }),
      inlinePolicyNamesQuery(iam, { kind: 'group', name }),
    ]),
    combine: (results) => ({
      rows: GroupNames.flatMap((GroupName, i) => {
        const attachedData = results[2 * i]?.data;
        const inlineData = results[2 * i + 1]?.data;
        return toRows(
          {
            attached: Array.isArray(attachedData) ? (attachedData as AttachedPolicy[]) : undefined,
            inline: Array.isArray(inlineData) ? (inlineData as string[]) : undefined,
          },
          GroupName,
        );
      }),
      pending: results.some((result) => result.isPending),
      failed: results.filter((result) => result.error != null),
    }),
  });

  const own = owner.kind === 'user' ? [attached, inline, groups] : [attached, inline];
  const failedOwn = own.filter((query) => query.error != null);
  const error = failedOwn[0]?.error ?? inherited.failed[0]?.error ?? null;
  return {
    rows: [...toRows({ attached: attached.data, inline: inline.data }), ...inherited.rows],
    pending: attached.isPending || inline.isPending,
    inheritedPending: (owner.kind === 'user' && groups.isPending) || inherited.pending,
    error,
    retry: () => {
      failedOwn.forEach((query) => void query.refetch());
      inherited.failed.forEach((query) => void query.refetch());
    },
  };
}
