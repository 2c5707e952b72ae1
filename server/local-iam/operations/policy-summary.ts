import {
  InlinePolicySizeLimits,
  ManagedPolicySizeLimit,
  TrustPolicySizeLimit,
} from '../policy/size.ts';
import type { Store } from '../store/store.ts';
import { MAX_ATTACHED_POLICIES } from './attached-policies.ts';
import { MAX_POLICY_VERSIONS } from './policy-versions.ts';

/**
 * GetAccountSummary's policy entries: the account's customer managed policies and their
 * versions, with IAM's default quotas for policies, versions, attachments and sizes.
 * https://docs.aws.amazon.com/IAM/latest/APIReference/API_GetAccountSummary.html
 */
export function policySummaryEntries(store: Store): [string, number][] {
  const policies = store.policies.list('/');
  const versions = policies.reduce((sum, p) => sum + store.policies.versions(p.pk).length, 0);
  return [
    ['Policies', policies.length],
    ['PoliciesQuota', 1500],
    ['PolicyVersionsInUse', versions],
    ['PolicyVersionsInUseQuota', 10000],
    ['VersionsPerPolicyQuota', MAX_POLICY_VERSIONS],
    ['PolicySizeQuota', ManagedPolicySizeLimit],
    ['AttachedPoliciesPerUserQuota', MAX_ATTACHED_POLICIES],
    ['AttachedPoliciesPerGroupQuota', MAX_ATTACHED_POLICIES],
    ['AttachedPoliciesPerRoleQuota', MAX_ATTACHED_POLICIES],
    ['UserPolicySizeQuota', InlinePolicySizeLimits.user],
    ['GroupPolicySizeQuota', InlinePolicySizeLimits.group],
    ['RolePolicySizeQuota', InlinePolicySizeLimits.role],
    ['AssumeRolePolicySizeQuota', TrustPolicySizeLimit],
  ];
}
