import type { Caller } from '../auth/caller.ts';
import { issueTemporaryCredentials } from '../auth/temporary-credentials.ts';
import { AccessDeniedError, InvalidClientTokenIdError } from '../errors.ts';
import type { XmlObject } from '../xml/serialize.ts';
import { constraintError } from './credential-params.ts';
import { checkTokenCode } from './mfa-codes.ts';
import type { OperationContext, OperationTable } from './types.ts';
import { checkLength, readInteger } from './validation.ts';

/**
 * GetSessionToken lasts 900 s to 36 h, 12 h by default; sessions of the root user last one hour
 * at most, and a longer request is cut to one hour rather than refused.
 * https://docs.aws.amazon.com/STS/latest/APIReference/API_GetSessionToken.html
 */
const SESSION_TOKEN_DURATION = { min: 900, max: 129600, default: 43200, root: 3600 };

export function readDurationSeconds(
  context: OperationContext,
  max: number,
  fallback: number,
): number {
  const value = readInteger(context.params, 'DurationSeconds');
  if (value === undefined) return fallback;
  if (value < 900) {
    throw constraintError(
      String(value),
      'DurationSeconds',
      'Member must have value greater than or equal to 900',
    );
  }
  if (value > max) {
    throw constraintError(
      String(value),
      'DurationSeconds',
      `Member must have value less than or equal to ${max}`,
    );
  }
  return value;
}

/** Temporary credentials of any kind cannot get more through GetSessionToken. */
function refuseSessionCredentials(caller: Caller): void {
  if (caller.session) {
    throw new AccessDeniedError('Cannot call GetSessionToken with session credentials');
  }
}

function getSessionToken(context: OperationContext): XmlObject {
  const { store, caller, now } = context;
  refuseSessionCredentials(caller);
  const requested = readDurationSeconds(
    context,
    SESSION_TOKEN_DURATION.max,
    SESSION_TOKEN_DURATION.default,
  );
  const durationSeconds =
    caller.kind === 'root' ? Math.min(requested, SESSION_TOKEN_DURATION.root) : requested;
  const owner = caller.kind === 'user' ? caller.user : undefined;
  const mfaAuthenticatedAt = checkTokenCode(context, owner ?? 'root');

  const credentials = issueTemporaryCredentials(store, {
    source: 'GetSessionToken',
    userPk: owner?.pk,
    mfaAuthenticatedAt,
    issuedAt: now,
    durationSeconds,
  });
  return { Credentials: { ...credentials } };
}

/**
 * The account a key belongs to. Keys this account issued (long-term or temporary) answer with
 * its ID. AWS encodes the account in every key ID it issues and answers for any well-formed
 * key, so other keys are decoded that way.
 * https://docs.aws.amazon.com/STS/latest/APIReference/API_GetAccessKeyInfo.html
 */
function getAccessKeyInfo(context: OperationContext): XmlObject {
  const { store, params, accountId } = context;
  const accessKeyId = params.require('AccessKeyId');
  checkLength(accessKeyId, 'AccessKeyId', 16, 128);
  if (!/^\w+$/.test(accessKeyId)) {
    throw constraintError(
      accessKeyId,
      'AccessKeyId',
      'Member must satisfy regular expression pattern: [\\w]+',
    );
  }
  if (store.accessKeys.byId(accessKeyId) || store.sessions.byId(accessKeyId)) {
    return { Account: accountId };
  }
  const decoded = accountOfKeyId(accessKeyId);
  // STS has no NoSuchEntity: a key ID that names no account is answered as AWS answers a key
  // it cannot use.
  if (!decoded) throw new InvalidClientTokenIdError();
  return { Account: decoded };
}

const BASE32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

/**
 * After the four-letter prefix, an AWS key ID is base32; its first 48 bits hold the account
 * ID shifted left by 7 bits. Undefined for IDs not written that way.
 */
export function accountOfKeyId(accessKeyId: string): string | undefined {
  const digits = accessKeyId.slice(4, 14);
  if (digits.length < 10) return undefined;
  let bits = 0n;
  for (const char of digits) {
    const value = BASE32.indexOf(char);
    if (value === -1) return undefined;
    bits = (bits << 5n) | BigInt(value);
  }
  const first48 = bits >> 2n;
  const account = (first48 & 0x7fffffffff80n) >> 7n;
  return String(account).padStart(12, '0');
}

export const stsSessionOperations: OperationTable = {
  GetSessionToken: getSessionToken,
  GetAccessKeyInfo: getAccessKeyInfo,
};
