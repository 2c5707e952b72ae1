import {
  DeleteConflictError,
  LimitExceededError,
  NoSuchEntityError,
  ValidationError,
} from '../errors.ts';
import { managedPolicies } from '../policy/managed.ts';
import type { PolicyRecord } from '../store/policies.ts';
import type { XmlObject } from '../xml/serialize.ts';
import { policyNotFound, readPolicyArn, requireCustomerPolicy } from './managed-policies.ts';
import { readPageOf } from './paging.ts';
import { findPolicy } from './policy-arns.ts';
import { checkManagedDocument } from './policy-documents.ts';
import { encodePolicyDocument } from './trust-policy.ts';
import type { OperationContext, OperationTable } from './types.ts';
import { readBoolean } from './validation.ts';

/**
 * A managed policy keeps at most five versions.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_managed-versioning.html
 */
export const MAX_POLICY_VERSIONS = 5;

/** A version as IAM lists it; the document only where the operation shows it. */
interface VersionView {
  VersionId: string;
  IsDefaultVersion: boolean;
  CreateDate: Date;
  Document?: string;
}

function readVersionId(context: OperationContext): string {
  const versionId = context.params.require('VersionId');
  if (!/^v[1-9][0-9]*(\.[A-Za-z0-9-]*)?$/.test(versionId)) {
    throw new ValidationError(
      `1 validation error detected: Value '${versionId}' at 'versionId' failed to satisfy ` +
        'constraint: Member must satisfy regular expression pattern: v[1-9][0-9]*(\\.[A-Za-z0-9-]*)?',
    );
  }
  return versionId;
}

function noVersion(policyArn: string, versionId: string): NoSuchEntityError {
  return new NoSuchEntityError(`Policy ${policyArn} version ${versionId} does not exist.`);
}

/** Every version of a policy, AWS managed or not, oldest first. */
function versionsOf(context: OperationContext, policyArn: string): VersionView[] {
  const found = findPolicy(context.store, context.accountId, policyArn);
  if (!found) throw policyNotFound(policyArn);
  if (found.kind === 'aws') return managedPolicies().versions(found.arn) ?? [];
  const { record } = found;
  return context.store.policies.versions(record.pk).map((version) => ({
    VersionId: version.versionId,
    IsDefaultVersion: version.versionId === record.defaultVersionId,
    CreateDate: version.createDate,
    Document: version.document,
  }));
}

function createPolicyVersion(context: OperationContext): XmlObject {
  const { store, params, now } = context;
  const document = checkManagedDocument(params.require('PolicyDocument'));
  const setAsDefault = readBoolean(params, 'SetAsDefault') ?? false;

  const created = store.transaction(() => {
    const record = requireCustomerPolicy(context);
    if (store.policies.versions(record.pk).length >= MAX_POLICY_VERSIONS) {
      throw new LimitExceededError(
        `A managed policy can have up to ${MAX_POLICY_VERSIONS} versions. Before you create a ` +
          'new version, you must delete an existing version.',
      );
    }
    const versionId = store.policies.addVersion(record, document, now);
    if (setAsDefault) store.policies.setDefaultVersion(record.pk, versionId, now);
    return versionId;
  });
  return { PolicyVersion: { VersionId: created, IsDefaultVersion: setAsDefault, CreateDate: now } };
}

/** GetPolicyVersion returns the document URL-encoded, as IAM does for every policy document. */
function getPolicyVersion(context: OperationContext): XmlObject {
  const policyArn = readPolicyArn(context);
  const versionId = readVersionId(context);
  const version = versionsOf(context, policyArn).find((v) => v.VersionId === versionId);
  if (!version) throw noVersion(policyArn, versionId);
  return {
    PolicyVersion: {
      Document: encodePolicyDocument(version.Document ?? ''),
      VersionId: version.VersionId,
      IsDefaultVersion: version.IsDefaultVersion,
      CreateDate: version.CreateDate,
    },
  };
}

/** Newest first, without documents. */
function listPolicyVersions(context: OperationContext): XmlObject {
  const policyArn = readPolicyArn(context);
  const versions = versionsOf(context, policyArn)
    .map(({ VersionId, IsDefaultVersion, CreateDate }) => ({
      VersionId,
      IsDefaultVersion,
      CreateDate,
      key: String(1e9 - Number(VersionId.replace(/^v/, '').split('.')[0])).padStart(10, '0'),
    }))
    .sort((a, b) => (a.key < b.key ? -1 : 1));
  const page = readPageOf(context.params, versions, (version) => version.key);
  return {
    Versions: page.items.map(({ VersionId, IsDefaultVersion, CreateDate }) => ({
      VersionId,
      IsDefaultVersion,
      CreateDate,
    })),
    IsTruncated: page.IsTruncated,
    Marker: page.Marker,
  };
}

function requireVersion(context: OperationContext, record: PolicyRecord, versionId: string) {
  const version = context.store.policies.version(record.pk, versionId);
  if (!version) throw noVersion(readPolicyArn(context), versionId);
  return version;
}

function deletePolicyVersion(context: OperationContext): undefined {
  const { store } = context;
  const versionId = readVersionId(context);
  store.transaction(() => {
    const record = requireCustomerPolicy(context);
    requireVersion(context, record, versionId);
    if (record.defaultVersionId === versionId) {
      throw new DeleteConflictError('Cannot delete the default version of a policy.');
    }
    store.policies.deleteVersion(record.pk, versionId);
  });
  return undefined;
}

function setDefaultPolicyVersion(context: OperationContext): undefined {
  const { store, now } = context;
  const versionId = readVersionId(context);
  store.transaction(() => {
    const record = requireCustomerPolicy(context);
    requireVersion(context, record, versionId);
    store.policies.setDefaultVersion(record.pk, versionId, now);
  });
  return undefined;
}

export const policyVersionOperations: OperationTable = {
  CreatePolicyVersion: createPolicyVersion,
  GetPolicyVersion: getPolicyVersion,
  ListPolicyVersions: listPolicyVersions,
  DeletePolicyVersion: deletePolicyVersion,
  SetDefaultPolicyVersion: setDefaultPolicyVersion,
};
