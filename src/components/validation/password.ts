/**
 * AWS's default password policy, which applies when an account sets none: 8–128 characters
 * with at least three of uppercase, lowercase, digits and the symbols ! @ # $ % ^ & * ( ) _ + - =
 * [ ] { } | '.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_passwords_account-policy.html
 */
export const PASSWORD_SYMBOLS = "!@#$%^&*()_+-=[]{}|'";
const UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const LOWER = 'abcdefghijklmnopqrstuvwxyz';
const DIGITS = '0123456789';
const CLASSES = [UPPER, LOWER, DIGITS, PASSWORD_SYMBOLS];

export const MIN_PASSWORD_LENGTH = 8;
export const MAX_PASSWORD_LENGTH = 128;
export const DEFAULT_PASSWORD_LENGTH = 15;

// A spreadsheet reads a cell starting with one of these as a formula; a generated password
// never starts with one, so the .csv escaping never has to alter it.
const FORMULA_TRIGGERS = '=+-@';

type RandomSource = (array: Uint32Array<ArrayBuffer>) => Uint32Array<ArrayBuffer>;

const cryptoRandom: RandomSource = (array) => crypto.getRandomValues(array);

/** A uniform integer in [0, bound), by rejection sampling so no value is favoured. */
function randomBelow(bound: number, random: RandomSource): number {
  const limit = Math.floor(0x1_0000_0000 / bound) * bound;
  const buffer = new Uint32Array(1);
  for (;;) {
    const value = random(buffer)[0] ?? 0;
    if (value < limit) return value % bound;
  }
}

function pick(characters: string, random: RandomSource): string {
  return characters.charAt(randomBelow(characters.length, random));
}

export function generatePassword(
  length: number = DEFAULT_PASSWORD_LENGTH,
  random: RandomSource = cryptoRandom,
): string {
  if (!Number.isInteger(length) || length < MIN_PASSWORD_LENGTH || length > MAX_PASSWORD_LENGTH) {
    throw new RangeError(
      `Password length must be ${MIN_PASSWORD_LENGTH}–${MAX_PASSWORD_LENGTH}, not ${length}.`,
    );
  }

  const all = CLASSES.join('');
  const characters = CLASSES.map((set) => pick(set, random));
  while (characters.length < length) characters.push(pick(all, random));

  for (let i = characters.length - 1; i > 0; i -= 1) {
    const j = randomBelow(i + 1, random);
    [characters[i], characters[j]] = [characters[j] ?? '', characters[i] ?? ''];
  }

  const safeFirst = characters.findIndex((c) => !FORMULA_TRIGGERS.includes(c));
  [characters[0], characters[safeFirst]] = [characters[safeFirst] ?? '', characters[0] ?? ''];
  return characters.join('');
}

export function characterClassCount(password: string): number {
  return CLASSES.filter((set) => [...password].some((c) => set.includes(c))).length;
}

/** Checks a typed password against the default policy; the account's own policy may be stricter. */
export function validatePassword(password: string): string | undefined {
  if (password.length === 0) return 'Enter a password.';
  if (password.length < MIN_PASSWORD_LENGTH) {
    return `A password needs at least ${MIN_PASSWORD_LENGTH} characters.`;
  }
  if (password.length > MAX_PASSWORD_LENGTH) {
    return `A password can have at most ${MAX_PASSWORD_LENGTH} characters.`;
  }
  // CreateLoginProfile's Password pattern: tab, LF, CR and U+0020–U+00FF.
  if (!/^[\t\n\r\u0020-\u00FF]+$/.test(password)) {
    return 'A password can contain only Latin-1 characters.';
  }
  if (characterClassCount(password) < 3) {
    return `Use at least three of: uppercase, lowercase, digits, symbols (${PASSWORD_SYMBOLS}).`;
  }
  return undefined;
}

export function validatePasswordLength(value: string): string | undefined {
  const length = Number(value);
  if (!/^\d+$/.test(value) || length < MIN_PASSWORD_LENGTH || length > MAX_PASSWORD_LENGTH) {
    return `Choose a length from ${MIN_PASSWORD_LENGTH} to ${MAX_PASSWORD_LENGTH}.`;
  }
  return undefined;
}
