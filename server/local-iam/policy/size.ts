/**
 * Policy size quotas. IAM counts characters other than white space, and for inline policies the
 * sum over all inline policies of one user, group or role.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_iam-quotas.html
 */
import { limitExceeded } from './errors.ts';

export const ManagedPolicySizeLimit = 6144;
export const TrustPolicySizeLimit = 2048;
export const InlinePolicySizeLimits = { user: 2048, group: 5120, role: 10240 } as const;

export type InlinePolicyOwner = keyof typeof InlinePolicySizeLimits;

/** The size IAM counts: every character that is not white space. */
export function policySize(text: string): number {
  return text.replace(/\s/g, '').length;
}

export function assertManagedPolicySize(text: string): void {
  if (policySize(text) > ManagedPolicySizeLimit) {
    throw limitExceeded(`Cannot exceed quota for PolicySize: ${ManagedPolicySizeLimit}`);
  }
}

/** The default role trust policy quota, which AWS names ACLSizePerRole. */
export function assertTrustPolicySize(text: string): void {
  if (policySize(text) > TrustPolicySizeLimit) {
    throw limitExceeded(`Cannot exceed quota for ACLSizePerRole: ${TrustPolicySizeLimit}`);
  }
}

/**
 * `documents` are all of the owner's inline policy texts after the change (the new or replaced
 * one included), since the quota is on their sum.
 */
export function assertInlinePolicySize(
  owner: InlinePolicyOwner,
  ownerName: string,
  documents: readonly string[],
): void {
  const limit = InlinePolicySizeLimits[owner];
  const total = documents.reduce((sum, text) => sum + policySize(text), 0);
  if (total > limit) {
    throw limitExceeded(`Maximum policy size of ${limit} bytes exceeded for ${owner} ${ownerName}`);
  }
}

/**
 * The characters IAM's API accepts in a policy document: tab, line feed, carriage return and
 * U+0020 to U+00FF. The caller answers others with a ValidationError, as the API's pattern does.
 */
export function hasOnlyPolicyCharacters(text: string): boolean {
  return /^[\t\n\r\u0020-\u00FF]*$/.test(text);
}
