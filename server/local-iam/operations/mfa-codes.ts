import { AccessDeniedError } from '../errors.ts';
import { KeyMaterialError } from '../keys/errors.ts';
import { verifyCode } from '../keys/totp.ts';
import type { Store } from '../store/store.ts';
import type { UserRecord } from '../store/users.ts';
import type { OperationContext } from './types.ts';
import { readSerialNumber, readSixDigitCode } from './credential-params.ts';

/**
 * STS's answers when GetSessionToken or AssumeRole carry MFA: a serial number that is not the
 * caller's device, or a wrong (or reused) code, are both AccessDenied.
 */
const UNKNOWN_DEVICE =
  'MultiFactorAuthentication failed, unable to validate MFA code. Please verify your MFA ' +
  'serial number is valid and associated with this user.';
const INVALID_CODE = 'MultiFactorAuthentication failed with invalid MFA one time pass code. ';

/** Whose devices a code may come from; a role session has none. */
export type DeviceOwner = UserRecord | 'root' | 'no-device';

/**
 * Checks SerialNumber and TokenCode against a device assigned to `owner` and returns when MFA
 * was given, or undefined when the request carries no MFA.
 */
export function checkTokenCode(context: OperationContext, owner: DeviceOwner): Date | undefined {
  const { store, params, now } = context;
  if (params.get('SerialNumber') === undefined && params.get('TokenCode') === undefined) {
    return undefined;
  }
  if (params.get('TokenCode') === undefined) throw new AccessDeniedError(INVALID_CODE);
  const serialNumber = readSerialNumber(context);
  const tokenCode = readSixDigitCode(context, 'TokenCode');
  verifyDeviceCode(store, serialNumber, tokenCode, owner, now);
  return now;
}

function verifyDeviceCode(
  store: Store,
  serialNumber: string,
  tokenCode: string,
  owner: DeviceOwner,
  now: Date,
): void {
  store.transaction(() => {
    const device = store.mfaDevices.bySerialNumber(serialNumber);
    const assigned =
      owner === 'root'
        ? device?.assignedToRoot
        : owner !== 'no-device' && device?.userPk === owner.pk;
    if (!device || !assigned) throw new AccessDeniedError(UNKNOWN_DEVICE);
    let step: number;
    try {
      step = verifyCode(device.seed, tokenCode, now, device.lastUsedStep);
    } catch (error) {
      if (error instanceof KeyMaterialError) throw new AccessDeniedError(INVALID_CODE);
      throw error;
    }
    store.mfaDevices.setLastUsedStep(device.pk, step);
  });
}
