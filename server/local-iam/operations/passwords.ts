import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';
import { PasswordPolicyViolationError, ValidationError } from '../errors.ts';

const SCRYPT: ScryptOptions = { N: 16384, r: 8, p: 1, maxmem: 64 * 1024 * 1024 };
const KEY_LENGTH = 32;

function derive(password: string, salt: Buffer): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    scrypt(password.normalize('NFC'), salt, KEY_LENGTH, SCRYPT, (error, key) =>
      error ? reject(error) : resolve(key),
    );
  });
}

/** `scrypt$N$r$p$salt$hash`, so the cost can rise later without breaking stored hashes. */
export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const hash = await derive(password, salt);
  return ['scrypt', SCRYPT.N, SCRYPT.r, SCRYPT.p, salt.toString('base64'), hash.toString('base64')]
    .map(String)
    .join('$');
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, n, r, p, salt, hash] = stored.split('$');
  if (scheme !== 'scrypt' || !salt || !hash) return false;
  const expected = Buffer.from(hash, 'base64');
  const actual = await new Promise<Buffer>((resolve, reject) => {
    const options = { N: Number(n), r: Number(r), p: Number(p), maxmem: SCRYPT.maxmem };
    scrypt(
      password.normalize('NFC'),
      Buffer.from(salt, 'base64'),
      expected.length,
      options,
      (e, k) => (e ? reject(e) : resolve(k)),
    );
  });
  return timingSafeEqual(actual, expected);
}

/**
 * The Password parameter's own constraint (1–128 characters of tab, newlines and Latin-1).
 * The message never repeats the password.
 */
export function checkPasswordParameter(password: string, parameter = 'password'): void {
  if (password.length < 1 || password.length > 128) {
    throw new ValidationError(
      `1 validation error detected: Value at '${parameter}' failed to satisfy constraint: ` +
        'Member must have length between 1 and 128',
    );
  }
  if (!/^[\t\n\r\x20-\xFF]+$/.test(password)) {
    throw new ValidationError(
      `1 validation error detected: Value at '${parameter}' failed to satisfy constraint: ` +
        'Member must satisfy regular expression pattern: [\\u0009\\u000A\\u000D\\u0020-\\u00FF]+',
    );
  }
}

/**
 * With no account password policy, IAM applies its default: 8 to 128 characters, at least
 * three of upper case, lower case, digits and symbols, and not the account's own name.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_passwords_account-policy.html
 */
export function checkDefaultPasswordPolicy(password: string, accountNames: string[]): void {
  const classes = [/[A-Z]/, /[a-z]/, /[0-9]/, /[^A-Za-z0-9]/].filter((re) => re.test(password));
  const problems: string[] = [];
  if (password.length < 8) problems.push('Password should have a minimum length of 8');
  if (classes.length < 3) {
    problems.push(
      'Password should have at least three of: upper-case letters, lower-case letters, ' +
        'numbers and symbols',
    );
  }
  if (accountNames.some((name) => name.toLowerCase() === password.toLowerCase())) {
    problems.push('Password should not be the account name');
  }
  if (problems.length > 0) throw new PasswordPolicyViolationError(problems.join('; '));
}
