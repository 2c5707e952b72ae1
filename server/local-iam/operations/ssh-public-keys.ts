import { newAccessKeyId } from '../ids.ts';
import { DuplicateSSHPublicKeyError, LimitExceededError, NoSuchEntityError } from '../errors.ts';
import { parseSSHPublicKey } from '../keys/ssh.ts';
import type { SSHPublicKeyRecord } from '../store/ssh-public-keys.ts';
import type { Store } from '../store/store.ts';
import type { UserRecord } from '../store/users.ts';
import type { XmlObject } from '../xml/serialize.ts';
import { constraintError, readCredentialId, readCredentialStatus } from './credential-params.ts';
import { withKeyMaterial } from './key-material.ts';
import { readPageOf } from './paging.ts';
import type { OperationContext, OperationTable } from './types.ts';
import { requireUser, targetUser } from './users.ts';
import { checkLength, checkName, MAX_USER_NAME } from './validation.ts';

/**
 * Five SSH public keys a user, for CodeCommit.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_iam-quotas.html
 */
export const MAX_SSH_PUBLIC_KEYS = 5;

/** SSH public key IDs are APKA and 16 characters, like `APKAEIBAERJR2EXAMPLE`. */
function newSSHPublicKeyId(): string {
  return newAccessKeyId('APKA');
}

function readUser(context: OperationContext): UserRecord {
  const userName = checkName(context.params.require('UserName'), 'UserName', MAX_USER_NAME);
  return requireUser(context.store, userName);
}

function requireKey(store: Store, user: UserRecord, sshPublicKeyId: string): SSHPublicKeyRecord {
  const key = store.sshPublicKeys.byId(sshPublicKeyId);
  if (!key || key.userPk !== user.pk) {
    throw new NoSuchEntityError(`The Public Key with id ${sshPublicKeyId} cannot be found.`);
  }
  return key;
}

function fullView(user: UserRecord, key: SSHPublicKeyRecord, body: string): XmlObject {
  return {
    UserName: user.userName,
    SSHPublicKeyId: key.sshPublicKeyId,
    Fingerprint: key.fingerprint,
    SSHPublicKeyBody: body,
    Status: key.status,
    UploadDate: key.uploadDate,
  };
}

/** ssh-rsa (2048 bits or more) and ssh-ed25519, in OpenSSH, RFC 4716 or PEM form. */
function uploadSSHPublicKey(context: OperationContext): XmlObject {
  const { store, params, now } = context;
  const user = readUser(context);
  const body = params.require('SSHPublicKeyBody');
  checkLength(body, 'SSHPublicKeyBody', 1, 16384);
  const parsed = withKeyMaterial(() => parseSSHPublicKey(body, { allowEd25519: true }));

  const key = store.transaction(() => {
    const existing = store.sshPublicKeys.ofUser(user.pk);
    if (existing.some((other) => other.fingerprint === parsed.Fingerprint)) {
      throw new DuplicateSSHPublicKeyError(
        'The SSH public key is already associated with the specified IAM user.',
      );
    }
    if (existing.length >= MAX_SSH_PUBLIC_KEYS) {
      throw new LimitExceededError(
        `Cannot exceed quota for SSHPublicKeysPerUser: ${MAX_SSH_PUBLIC_KEYS}`,
      );
    }
    const created: SSHPublicKeyRecord = {
      sshPublicKeyId: newSSHPublicKeyId(),
      userPk: user.pk,
      fingerprint: parsed.Fingerprint,
      sshBody: parsed.SSH,
      pemBody: parsed.PEM,
      status: 'Active',
      uploadDate: now,
    };
    store.sshPublicKeys.insert(created);
    return created;
  });
  return { SSHPublicKey: fullView(user, key, key.sshBody) };
}

function getSSHPublicKey(context: OperationContext): XmlObject {
  const { store, params } = context;
  const user = readUser(context);
  const key = requireKey(store, user, readCredentialId(context, 'SSHPublicKeyId'));
  const encoding = params.require('Encoding');
  if (encoding !== 'SSH' && encoding !== 'PEM') {
    throw constraintError(encoding, 'Encoding', 'Member must satisfy enum value set: [SSH, PEM]');
  }
  return { SSHPublicKey: fullView(user, key, encoding === 'SSH' ? key.sshBody : key.pemBody) };
}

/** Without UserName, the caller's keys; the root user holds none. */
function listSSHPublicKeys(context: OperationContext): XmlObject {
  const { store, params } = context;
  const user = targetUser(context);
  const keys = user ? store.sshPublicKeys.ofUser(user.pk) : [];
  const page = readPageOf(params, keys, (key) => key.sshPublicKeyId);
  return {
    SSHPublicKeys: page.items.map((key) => ({
      UserName: user?.userName,
      SSHPublicKeyId: key.sshPublicKeyId,
      Status: key.status,
      UploadDate: key.uploadDate,
    })),
    IsTruncated: page.IsTruncated,
    Marker: page.Marker,
  };
}

function updateSSHPublicKey(context: OperationContext): undefined {
  const { store } = context;
  const user = readUser(context);
  const key = requireKey(store, user, readCredentialId(context, 'SSHPublicKeyId'));
  const status = readCredentialStatus(context);
  store.sshPublicKeys.setStatus(key.sshPublicKeyId, status);
  return undefined;
}

function deleteSSHPublicKey(context: OperationContext): undefined {
  const { store } = context;
  const user = readUser(context);
  const key = requireKey(store, user, readCredentialId(context, 'SSHPublicKeyId'));
  store.sshPublicKeys.delete(key.sshPublicKeyId);
  return undefined;
}

export const sshPublicKeyOperations: OperationTable = {
  UploadSSHPublicKey: uploadSSHPublicKey,
  GetSSHPublicKey: getSSHPublicKey,
  ListSSHPublicKeys: listSSHPublicKeys,
  UpdateSSHPublicKey: updateSSHPublicKey,
  DeleteSSHPublicKey: deleteSSHPublicKey,
};
