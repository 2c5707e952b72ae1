import { rootArn } from '../arns.ts';
import {
  DeleteConflictError,
  EntityAlreadyExistsError,
  LimitExceededError,
  NoSuchEntityError,
} from '../errors.ts';
import {
  createVirtualMFASeed,
  otpauthUri,
  qrCodePng,
  verifyConsecutiveCodes,
} from '../keys/totp.ts';
import type { MFADeviceRecord } from '../store/mfa-devices.ts';
import type { Store } from '../store/store.ts';
import type { UserRecord } from '../store/users.ts';
import type { XmlObject } from '../xml/serialize.ts';
import { withKeyMaterial } from './key-material.ts';
import { readPageOf } from './paging.ts';
import { listTags, putTags, readTagKeys, readTags, tagsOrNothing } from './tags.ts';
import type { OperationContext, OperationTable } from './types.ts';
import { targetUser, userView } from './users.ts';
import { checkName, checkPath } from './validation.ts';
import { constraintError, readSerialNumber, readSixDigitCode } from './credential-params.ts';

/**
 * Since November 2022 a user (and the root user) may hold up to eight MFA devices.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_mfa.html
 */
export const MAX_MFA_DEVICES = 8;

export function mfaSerialNumber(accountId: string, path: string, deviceName: string): string {
  return `arn:aws:iam::${accountId}:mfa${path}${deviceName}`;
}

function requireDevice(store: Store, serialNumber: string): MFADeviceRecord {
  const device = store.mfaDevices.bySerialNumber(serialNumber);
  if (!device) {
    throw new NoSuchEntityError(`VirtualMFADevice with serial number ${serialNumber} not found`);
  }
  return device;
}

/** The device, if it is assigned to `owner` (undefined: the root user). */
function requireAssignedDevice(
  store: Store,
  serialNumber: string,
  owner: UserRecord | undefined,
): MFADeviceRecord {
  const device = store.mfaDevices.bySerialNumber(serialNumber);
  const assigned = owner ? device?.userPk === owner.pk : device?.assignedToRoot;
  if (!device || !assigned) {
    throw new NoSuchEntityError(`MFA Device with serial number ${serialNumber} does not exist.`);
  }
  return device;
}

/**
 * The seed and QR code appear in this answer only; IAM cannot show them again. The QR code
 * encodes `otpauth://totp/<name>@<alias or account ID>?secret=<seed>` (API reference,
 * VirtualMFADevice). Both are Blob members, so the XML carries them base64-encoded.
 */
async function createVirtualMFADevice(context: OperationContext): Promise<XmlObject> {
  const { store, params, accountId, now } = context;
  const deviceName = params.require('VirtualMFADeviceName');
  checkName(deviceName, 'VirtualMFADeviceName', 226);
  const path = checkPath(params.get('Path') ?? '/');
  const tags = readTags(params);
  const serialNumber = mfaSerialNumber(accountId, path, deviceName);
  const seed = createVirtualMFASeed();

  store.transaction(() => {
    if (store.mfaDevices.bySerialNumber(serialNumber)) {
      throw new EntityAlreadyExistsError(
        'MFADevice entity at the same path and name already exists.',
      );
    }
    const pk = store.mfaDevices.insert({ serialNumber, path, deviceName, seed: seed.Seed }, now);
    store.tags.put('mfa', pk, tags);
  });

  const accountName = store.account.aliases()[0] ?? accountId;
  const png = await qrCodePng(otpauthUri(deviceName, accountName, seed.Base32StringSeed));
  return {
    VirtualMFADevice: {
      SerialNumber: serialNumber,
      Base32StringSeed: Buffer.from(seed.Base32StringSeed, 'ascii').toString('base64'),
      QRCodePNG: png.toString('base64'),
      Tags: tags.length > 0 ? tags : undefined,
    },
  };
}

/**
 * Assigns a virtual device to a user, or to the root user when root calls without UserName
 * (the console's "Assign MFA" for the root user), after two consecutive codes.
 */
function enableMFADevice(context: OperationContext): undefined {
  const { store, now } = context;
  const owner = targetUser(context);
  const serialNumber = readSerialNumber(context);
  const code1 = readSixDigitCode(context, 'AuthenticationCode1');
  const code2 = readSixDigitCode(context, 'AuthenticationCode2');

  store.transaction(() => {
    const device = requireDevice(store, serialNumber);
    if (device.userPk !== undefined || device.assignedToRoot) {
      throw new EntityAlreadyExistsError('MFA Device is already in use.');
    }
    if (store.mfaDevices.assignedTo(owner?.pk).length >= MAX_MFA_DEVICES) {
      throw new LimitExceededError(`Cannot exceed quota for MFADevicesPerUser: ${MAX_MFA_DEVICES}`);
    }
    const step = withKeyMaterial(() => verifyConsecutiveCodes(device.seed, code1, code2, now));
    store.mfaDevices.assign(device.pk, owner ? { userPk: owner.pk } : 'root', now, step);
  });
  return undefined;
}

/** The device stays in the account, unassigned, as a virtual device does in IAM. */
function deactivateMFADevice(context: OperationContext): undefined {
  const { store } = context;
  const owner = targetUser(context);
  const serialNumber = readSerialNumber(context);
  store.transaction(() => {
    const device = requireAssignedDevice(store, serialNumber, owner);
    store.mfaDevices.assign(device.pk, undefined);
  });
  return undefined;
}

function resyncMFADevice(context: OperationContext): undefined {
  const { store, now } = context;
  const owner = targetUser(context);
  const serialNumber = readSerialNumber(context);
  const code1 = readSixDigitCode(context, 'AuthenticationCode1');
  const code2 = readSixDigitCode(context, 'AuthenticationCode2');
  store.transaction(() => {
    const device = requireAssignedDevice(store, serialNumber, owner);
    const step = withKeyMaterial(() =>
      verifyConsecutiveCodes(device.seed, code1, code2, now, device.lastUsedStep),
    );
    store.mfaDevices.setLastUsedStep(device.pk, step);
  });
  return undefined;
}

function deleteVirtualMFADevice(context: OperationContext): undefined {
  const { store } = context;
  const serialNumber = readSerialNumber(context);
  store.transaction(() => {
    const device = requireDevice(store, serialNumber);
    if (device.userPk !== undefined || device.assignedToRoot) {
      throw new DeleteConflictError('MFA Device is still in use.');
    }
    store.tags.removeAll('mfa', device.pk);
    store.mfaDevices.delete(device.pk);
  });
  return undefined;
}

function sortKey(device: MFADeviceRecord): string {
  const enabled = String(device.enableDate?.getTime() ?? 0).padStart(15, '0');
  return `${enabled}:${device.serialNumber}`;
}

/** The root user has no user name: its entries carry none. */
function listMFADevices(context: OperationContext): XmlObject {
  const { store, params } = context;
  const owner = targetUser(context);
  const devices = store.mfaDevices.assignedTo(owner?.pk);
  const page = readPageOf(params, devices, sortKey);
  return {
    MFADevices: page.items.map((device) => ({
      UserName: owner?.userName,
      SerialNumber: device.serialNumber,
      EnableDate: device.enableDate,
    })),
    IsTruncated: page.IsTruncated,
    Marker: page.Marker,
  };
}

function assignedUserView(context: OperationContext, device: MFADeviceRecord): XmlObject {
  const { store, accountId } = context;
  if (device.assignedToRoot) {
    return {
      UserId: accountId,
      Arn: rootArn(accountId),
      CreateDate: store.account.get()?.createDate,
    };
  }
  const user = device.userPk === undefined ? undefined : store.users.byPk(device.userPk);
  return user ? userView(accountId, user) : {};
}

const ASSIGNMENT_STATUSES = ['Assigned', 'Unassigned', 'Any'];

/** Assigned devices carry User and EnableDate; no listing shows a seed or QR code. */
function listVirtualMFADevices(context: OperationContext): XmlObject {
  const { store, params } = context;
  const status = params.get('AssignmentStatus') ?? 'Any';
  if (!ASSIGNMENT_STATUSES.includes(status)) {
    throw constraintError(
      status,
      'AssignmentStatus',
      'Member must satisfy enum value set: [Unassigned, Any, Assigned]',
    );
  }
  const devices = store.mfaDevices.all().filter((device) => {
    const assigned = device.userPk !== undefined || device.assignedToRoot;
    return status === 'Any' || (status === 'Assigned') === assigned;
  });
  const page = readPageOf(params, devices, (device) => device.serialNumber);
  return {
    VirtualMFADevices: page.items.map((device) => {
      const assigned = device.userPk !== undefined || device.assignedToRoot;
      return {
        SerialNumber: device.serialNumber,
        User: assigned ? assignedUserView(context, device) : undefined,
        EnableDate: device.enableDate,
        Tags: tagsOrNothing(store, 'mfa', device.pk),
      };
    }),
    IsTruncated: page.IsTruncated,
    Marker: page.Marker,
  };
}

function tagMFADevice(context: OperationContext): undefined {
  const { store, params } = context;
  const device = requireDevice(store, readSerialNumber(context));
  const tags = readTags(params, true);
  store.transaction(() => putTags(store, 'mfa', device.pk, tags));
  return undefined;
}

function untagMFADevice(context: OperationContext): undefined {
  const { store, params } = context;
  const device = requireDevice(store, readSerialNumber(context));
  const keys = readTagKeys(params);
  store.transaction(() => store.tags.remove('mfa', device.pk, keys));
  return undefined;
}

function listMFADeviceTags(context: OperationContext): XmlObject {
  const { store, params } = context;
  const device = requireDevice(store, readSerialNumber(context));
  return listTags(store, params, 'mfa', device.pk);
}

export const mfaDeviceOperations: OperationTable = {
  CreateVirtualMFADevice: createVirtualMFADevice,
  EnableMFADevice: enableMFADevice,
  DeactivateMFADevice: deactivateMFADevice,
  ResyncMFADevice: resyncMFADevice,
  DeleteVirtualMFADevice: deleteVirtualMFADevice,
  ListMFADevices: listMFADevices,
  ListVirtualMFADevices: listVirtualMFADevices,
  TagMFADevice: tagMFADevice,
  UntagMFADevice: untagMFADevice,
  ListMFADeviceTags: listMFADeviceTags,
};
