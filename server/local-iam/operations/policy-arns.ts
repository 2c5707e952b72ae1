import { NoSuchEntityError } from '../errors.ts';
import { managedPolicies, type ManagedPolicy } from '../policy/managed.ts';
import type { PolicyRecord } from '../store/policies.ts';
import type { Store } from '../store/store.ts';

/** AWS managed policies live in the `aws` pseudo-account: `arn:aws:iam::aws:policy/...`. */
export const AWS_MANAGED_PREFIX = 'arn:aws:iam::aws:policy/';

export function customerPolicyArn(accountId: string, path: string, policyName: string): string {
  return `arn:aws:iam::${accountId}:policy${path}${policyName}`;
}

/** A managed policy found by ARN: one of AWS's, or one of this account's. */
export type ResolvedPolicy =
  | { kind: 'aws'; arn: string; policy: ManagedPolicy }
  | { kind: 'customer'; arn: string; record: PolicyRecord };

export function findPolicy(
  store: Store,
  accountId: string,
  policyArn: string,
): ResolvedPolicy | undefined {
  if (policyArn.startsWith(AWS_MANAGED_PREFIX)) {
    const policy = managedPolicies().get(policyArn);
    return policy && { kind: 'aws', arn: policy.Arn, policy };
  }
  const match = /^arn:aws:iam::(\d{12}):policy(\/(?:[^/]+\/)*)([^/]+)$/.exec(policyArn);
  if (!match || match[1] !== accountId) return undefined;
  const record = store.policies.byName(match[3] ?? '');
  // Names are unique regardless of case, but an ARN names the policy exactly, path included.
  if (!record || customerPolicyArn(accountId, record.path, record.policyName) !== policyArn) {
    return undefined;
  }
  return { kind: 'customer', arn: policyArn, record };
}

/** IAM's wording when an ARN names no policy, whatever the reason. */
export function requirePolicy(store: Store, accountId: string, policyArn: string): ResolvedPolicy {
  const found = findPolicy(store, accountId, policyArn);
  if (!found)
    throw new NoSuchEntityError(`Policy ${policyArn} does not exist or is not attachable.`);
  return found;
}

/** The document IAM evaluates: the default version's. */
export function defaultDocument(store: Store, resolved: ResolvedPolicy): string | undefined {
  if (resolved.kind === 'aws') return managedPolicies().version(resolved.arn)?.Document;
  const { record } = resolved;
  return store.policies.version(record.pk, record.defaultVersionId)?.document;
}
