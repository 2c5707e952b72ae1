/**
 * Virtual MFA devices: the seed CreateVirtualMFADevice returns, its otpauth URI and QR code, and
 * the code checks EnableMFADevice, ResyncMFADevice and MFA sign-in make. RFC 6238 TOTP with
 * SHA-1, six digits and 30-second steps, as authenticator apps expect. Time is passed in.
 */
import { randomBytes } from 'node:crypto';
import { Secret, TOTP } from 'otpauth';
import QRCode from 'qrcode';
import { KeyMaterialError } from './errors.ts';

export const SeedBytes = 20;
const period = 30;
/** Steps either side of now that one code may come from, for clock drift. */
export const SingleCodeWindow = 1;
/**
 * Steps back from now that a pair of codes may start at. Someone reading two codes off an app
 * takes a minute or more; AWS does not publish its window.
 */
export const ConsecutiveCodesWindow = 10;

export interface VirtualMFASeed {
  Seed: Buffer;
  /** The seed in base32 (RFC 4648), as an authenticator app takes it. */
  Base32StringSeed: string;
}

export function createVirtualMFASeed(
  random: (size: number) => Buffer = randomBytes,
): VirtualMFASeed {
  const seed = random(SeedBytes);
  return { Seed: seed, Base32StringSeed: base32Of(seed) };
}

export function base32Of(seed: Buffer): string {
  return new Secret({ buffer: new Uint8Array(seed).buffer }).base32;
}

/**
 * `otpauth://totp/$virtualMFADeviceName@$AccountName?secret=$Base32String`, where AccountName is
 * the account alias if one is set, else the account ID (API reference, VirtualMFADevice).
 */
export function otpauthUri(
  virtualMFADeviceName: string,
  accountName: string,
  base32StringSeed: string,
): string {
  return `otpauth://totp/${virtualMFADeviceName}@${accountName}?secret=${base32StringSeed}`;
}

/** The QRCodePNG image for an otpauth URI, as PNG bytes (the response base64-encodes them). */
export function qrCodePng(uri: string): Promise<Buffer> {
  return QRCode.toBuffer(uri, { type: 'png', errorCorrectionLevel: 'M' });
}

function totpFor(seed: Buffer): TOTP {
  const secret = new Secret({ buffer: new Uint8Array(seed).buffer });
  return new TOTP({ secret, algorithm: 'SHA1', digits: 6, period });
}

export function timeStep(now: Date): number {
  return Math.floor(now.getTime() / 1000 / period);
}

/** The code for a time step; for tests and for seeding a device in fixtures. */
export function codeAt(seed: Buffer, step: number): string {
  return totpFor(seed).generate({ timestamp: step * period * 1000 });
}

const invalidCode = () =>
  new KeyMaterialError('InvalidAuthenticationCode', 'Authentication code for device is not valid.');

const sixDigits = /^\d{6}$/;

/**
 * Checks one code (an MFA sign-in or GetSessionToken TokenCode). Returns the time step it
 * matched, which the caller stores as the device's last used step: a code for that step or an
 * earlier one is refused, so a code cannot be used twice.
 */
export function verifyCode(seed: Buffer, code: string, now: Date, lastUsedStep?: number): number {
  if (!sixDigits.test(code)) throw invalidCode();
  const current = timeStep(now);
  for (let step = current - SingleCodeWindow; step <= current + SingleCodeWindow; step++) {
    if (lastUsedStep !== undefined && step <= lastUsedStep) continue;
    if (codeAt(seed, step) === code) return step;
  }
  throw invalidCode();
}

/**
 * EnableMFADevice and ResyncMFADevice take AuthenticationCode1 and AuthenticationCode2, two
 * codes in a row. Returns the step of the second, to store as the last used step.
 */
export function verifyConsecutiveCodes(
  seed: Buffer,
  authenticationCode1: string,
  authenticationCode2: string,
  now: Date,
  lastUsedStep?: number,
): number {
  if (!sixDigits.test(authenticationCode1) || !sixDigits.test(authenticationCode2)) {
    throw invalidCode();
  }
  const current = timeStep(now);
  for (let step = current - ConsecutiveCodesWindow; step <= current; step++) {
    if (lastUsedStep !== undefined && step <= lastUsedStep) continue;
    if (
      codeAt(seed, step) === authenticationCode1 &&
      codeAt(seed, step + 1) === authenticationCode2
    ) {
      return step + 1;
    }
  }
  throw invalidCode();
}
