import { randomInt } from 'node:crypto';

const UPPER_ALPHANUMERIC = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';
const SECRET_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

function randomString(alphabet: string, length: number): string {
  let out = '';
  for (let i = 0; i < length; i++) out += alphabet[randomInt(alphabet.length)];
  return out;
}

/**
 * Unique IDs are a four-letter prefix naming the entity type and 17 upper-case alphanumerics.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_identifiers.html#identifiers-prefixes
 */
export type UniqueIdPrefix = 'AIDA' | 'AGPA' | 'AROA' | 'ANPA';

export function newUniqueId(prefix: UniqueIdPrefix): string {
  return prefix + randomString(UPPER_ALPHANUMERIC, 17);
}

/** Long-term access key IDs: AKIA and 16 characters, 20 in all. */
export function newAccessKeyId(): string {
  return 'AKIA' + randomString(UPPER_ALPHANUMERIC, 16);
}

/** Secret access keys are 40 characters of base64's alphabet, like AWS's. */
export function newSecretAccessKey(): string {
  return randomString(SECRET_ALPHABET, 40);
}

export function newAccountId(): string {
  return String(randomInt(1, 10)) + randomString('0123456789', 11);
}
