import { LimitExceededError, NoSuchEntityError, ValidationError } from '../errors.ts';
import { newAccessKeyId, newSecretAccessKey } from '../ids.ts';
import type { AccessKeyRecord, AccessKeyStatus } from '../store/access-keys.ts';
import type { Store } from '../store/store.ts';
import type { UserRecord } from '../store/users.ts';
import type { XmlObject } from '../xml/serialize.ts';
import { readPageOf } from './paging.ts';
import type { OperationContext, OperationTable } from './types.ts';
import { targetUser } from './users.ts';
import { checkLength } from './validation.ts';

/**
 * Two access keys a user (and two for the root user), active or inactive.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_iam-quotas.html
 */
export const MAX_ACCESS_KEYS = 2;

function readAccessKeyId(context: OperationContext): string {
  const accessKeyId = context.params.require('AccessKeyId');
  checkLength(accessKeyId, 'AccessKeyId', 16, 128);
  return accessKeyId;
}

function readStatus(context: OperationContext): AccessKeyStatus {
  const status = context.params.require('Status');
  if (status !== 'Active' && status !== 'Inactive') {
    throw new ValidationError(
      `1 validation error detected: Value '${status}' at 'status' failed to satisfy ` +
        'constraint: Member must satisfy enum value set: [Active, Inactive, Expired]',
    );
  }
  return status;
}

function metadataView(key: AccessKeyRecord, owner: UserRecord | undefined): XmlObject {
  return {
    UserName: owner?.userName,
    AccessKeyId: key.accessKeyId,
    Status: key.status,
    CreateDate: key.createDate,
  };
}

/** The key, if it belongs to `owner` (undefined: the root user); else IAM's NoSuchEntity. */
function requireOwnedKey(
  store: Store,
  accessKeyId: string,
  owner: UserRecord | undefined,
): AccessKeyRecord {
  const key = store.accessKeys.byId(accessKeyId);
  if (!key || key.userPk !== owner?.pk) {
    throw new NoSuchEntityError(`The Access Key with id ${accessKeyId} cannot be found.`);
  }
  return key;
}

function createAccessKey(context: OperationContext): XmlObject {
  const { store, now } = context;
  const owner = targetUser(context);

  const key = store.transaction(() => {
    if (store.accessKeys.ofOwner(owner?.pk).length >= MAX_ACCESS_KEYS) {
      throw new LimitExceededError(`Cannot exceed quota for AccessKeysPerUser: ${MAX_ACCESS_KEYS}`);
    }
    const created = {
      accessKeyId: newAccessKeyId(),
      secretAccessKey: newSecretAccessKey(),
      userPk: owner?.pk,
      status: 'Active' as const,
      createDate: now,
    };
    store.accessKeys.insert(created);
    return created;
  });

  // The only answer that ever carries the secret: IAM cannot show it again.
  return {
    AccessKey: {
      UserName: owner?.userName,
      AccessKeyId: key.accessKeyId,
      Status: key.status,
      SecretAccessKey: key.secretAccessKey,
      CreateDate: key.createDate,
    },
  };
}

function listAccessKeys(context: OperationContext): XmlObject {
  const { store, params } = context;
  const owner = targetUser(context);
  const keys = store.accessKeys.ofOwner(owner?.pk);
  const page = readPageOf(params, keys, (key) => sortKey(key));
  return {
    AccessKeyMetadata: page.items.map((key) => metadataView(key, owner)),
    IsTruncated: page.IsTruncated,
    Marker: page.Marker,
  };
}

/** Oldest first, as `ofOwner` returns them; the ID breaks ties within one millisecond. */
function sortKey(key: AccessKeyRecord): string {
  return `${String(key.createDate.getTime()).padStart(15, '0')}:${key.accessKeyId}`;
}

function updateAccessKey(context: OperationContext): undefined {
  const { store } = context;
  const accessKeyId = readAccessKeyId(context);
  const status = readStatus(context);
  const owner = targetUser(context);
  requireOwnedKey(store, accessKeyId, owner);
  store.accessKeys.setStatus(accessKeyId, status);
  return undefined;
}

function deleteAccessKey(context: OperationContext): undefined {
  const { store } = context;
  const accessKeyId = readAccessKeyId(context);
  const owner = targetUser(context);
  requireOwnedKey(store, accessKeyId, owner);
  store.accessKeys.delete(accessKeyId);
  return undefined;
}

/**
 * Region and ServiceName are `N/A` for a key never used, and LastUsedDate is then absent.
 * https://docs.aws.amazon.com/IAM/latest/APIReference/API_AccessKeyLastUsed.html
 */
function getAccessKeyLastUsed(context: OperationContext): XmlObject {
  const { store } = context;
  const accessKeyId = readAccessKeyId(context);
  const key = store.accessKeys.byId(accessKeyId);
  if (!key) throw new NoSuchEntityError(`The Access Key with id ${accessKeyId} cannot be found.`);
  const owner = key.userPk === undefined ? undefined : store.users.byPk(key.userPk);
  return {
    UserName: owner ? owner.userName : 'root',
    AccessKeyLastUsed: {
      LastUsedDate: key.lastUsedDate,
      ServiceName: key.lastUsedService ?? 'N/A',
      Region: key.lastUsedRegion ?? 'N/A',
    },
  };
}

export const accessKeyOperations: OperationTable = {
  CreateAccessKey: createAccessKey,
  ListAccessKeys: listAccessKeys,
  UpdateAccessKey: updateAccessKey,
  DeleteAccessKey: deleteAccessKey,
  GetAccessKeyLastUsed: getAccessKeyLastUsed,
};
