import { randomInt } from 'node:crypto';

/**
 * IAM's IDs and key IDs are written in base32's alphabet (A–Z and 2–7): AWS never shows a 0, 1,
 * 8 or 9 in them, and tools that decode a key ID's account rely on that.
 */
const ID_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
const SECRET_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

function randomString(alphabet: string, length: number): string {
  let out = '';
  for (let i = 0; i < length; i++) out += alphabet[randomInt(alphabet.length)];
  return out;
}

/**
 * Unique IDs are a four-letter prefix naming the entity type and 17 more characters.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_identifiers.html#identifiers-prefixes
 */
export type UniqueIdPrefix = 'AIDA' | 'AGPA' | 'AROA' | 'ANPA';

export function newUniqueId(prefix: UniqueIdPrefix): string {
  return prefix + randomString(ID_ALPHABET, 17);
}

/**
 * Key IDs: a prefix and 16 characters, 20 in all — AKIA for access keys, ASIA for temporary
 * credentials, APKA for SSH public keys.
 */
export function newAccessKeyId(prefix: 'AKIA' | 'ASIA' | 'APKA' = 'AKIA'): string {
  return prefix + randomString(ID_ALPHABET, 16);
}

/** Secret access keys are 40 characters of base64's alphabet, like AWS's. */
export function newSecretAccessKey(): string {
  return randomString(SECRET_ALPHABET, 40);
}

export function newAccountId(): string {
  return String(randomInt(1, 10)) + randomString('0123456789', 11);
}
