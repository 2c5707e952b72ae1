import { DuplicateCertificateError, LimitExceededError, NoSuchEntityError } from '../errors.ts';
import { parseSigningCertificate } from '../keys/certificate.ts';
import type { SigningCertificateRecord } from '../store/signing-certificates.ts';
import type { Store } from '../store/store.ts';
import type { UserRecord } from '../store/users.ts';
import type { XmlObject } from '../xml/serialize.ts';
import { readCredentialId, readCredentialStatus } from './credential-params.ts';
import { withKeyMaterial } from './key-material.ts';
import { readPageOf } from './paging.ts';
import type { OperationContext, OperationTable } from './types.ts';
import { targetUser } from './users.ts';
import { checkLength } from './validation.ts';

/**
 * Two signing certificates a user (and two for the root user).
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_iam-quotas.html
 */
export const MAX_SIGNING_CERTIFICATES = 2;

function view(certificate: SigningCertificateRecord, owner: UserRecord | undefined): XmlObject {
  return {
    UserName: owner?.userName,
    CertificateId: certificate.certificateId,
    CertificateBody: certificate.certificateBody,
    Status: certificate.status,
    UploadDate: certificate.uploadDate,
  };
}

/** The certificate, if it belongs to `owner` (undefined: the root user). */
function requireCertificate(
  store: Store,
  certificateId: string,
  owner: UserRecord | undefined,
): SigningCertificateRecord {
  const certificate = store.signingCertificates.byId(certificateId);
  if (!certificate || certificate.userPk !== owner?.pk) {
    throw new NoSuchEntityError(`The Certificate with id ${certificateId} cannot be found.`);
  }
  return certificate;
}

/**
 * The X.509 certificate is parsed and must be current. One certificate may belong to one
 * identity in the account only (DuplicateCertificate, API reference).
 */
function uploadSigningCertificate(context: OperationContext): XmlObject {
  const { store, params, now } = context;
  const owner = targetUser(context);
  const body = params.require('CertificateBody');
  checkLength(body, 'CertificateBody', 1, 16384);
  const parsed = withKeyMaterial(() => parseSigningCertificate(body, now));

  const certificate = store.transaction(() => {
    if (store.signingCertificates.byFingerprint(parsed.Fingerprint)) {
      throw new DuplicateCertificateError(
        'The same certificate is already associated with an IAM user in the account.',
      );
    }
    if (store.signingCertificates.ofOwner(owner?.pk).length >= MAX_SIGNING_CERTIFICATES) {
      throw new LimitExceededError(
        `Cannot exceed quota for SigningCertificatesPerUser: ${MAX_SIGNING_CERTIFICATES}`,
      );
    }
    const created: SigningCertificateRecord = {
      certificateId: parsed.CertificateId,
      userPk: owner?.pk,
      certificateBody: parsed.CertificateBody,
      fingerprint: parsed.Fingerprint,
      status: 'Active',
      uploadDate: now,
    };
    store.signingCertificates.insert(created);
    return created;
  });
  return { Certificate: view(certificate, owner) };
}

function listSigningCertificates(context: OperationContext): XmlObject {
  const { store, params } = context;
  const owner = targetUser(context);
  const certificates = store.signingCertificates.ofOwner(owner?.pk);
  const page = readPageOf(params, certificates, (certificate) => {
    const uploaded = String(certificate.uploadDate.getTime()).padStart(15, '0');
    return `${uploaded}:${certificate.certificateId}`;
  });
  return {
    Certificates: page.items.map((certificate) => view(certificate, owner)),
    IsTruncated: page.IsTruncated,
    Marker: page.Marker,
  };
}

function updateSigningCertificate(context: OperationContext): undefined {
  const { store } = context;
  const certificateId = readCredentialId(context, 'CertificateId', 24);
  const status = readCredentialStatus(context);
  const owner = targetUser(context);
  requireCertificate(store, certificateId, owner);
  store.signingCertificates.setStatus(certificateId, status);
  return undefined;
}

function deleteSigningCertificate(context: OperationContext): undefined {
  const { store } = context;
  const certificateId = readCredentialId(context, 'CertificateId', 24);
  const owner = targetUser(context);
  requireCertificate(store, certificateId, owner);
  store.signingCertificates.delete(certificateId);
  return undefined;
}

export const signingCertificateOperations: OperationTable = {
  UploadSigningCertificate: uploadSigningCertificate,
  ListSigningCertificates: listSigningCertificates,
  UpdateSigningCertificate: updateSigningCertificate,
  DeleteSigningCertificate: deleteSigningCertificate,
};
