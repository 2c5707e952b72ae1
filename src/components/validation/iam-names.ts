/**
 * IAM's name and path rules, from the API reference's parameter constraints:
 * https://docs.aws.amazon.com/IAM/latest/APIReference/API_CreateUser.html
 * Each validator returns the message to show under the field, or undefined when valid.
 */
const NAME_CHARACTERS = /^[\w+=,.@-]+$/;

function validateName(value: string, noun: string, maxLength: number): string | undefined {
  if (value.length === 0) return `Enter a ${noun}.`;
  if (value.length > maxLength) {
    return `The ${noun} can have at most ${maxLength} characters (it has ${value.length}).`;
  }
  if (!NAME_CHARACTERS.test(value)) {
    return (
      `The ${noun} can contain only letters, digits and + = , . @ _ - ` +
      '(no spaces or other characters).'
    );
  }
  return undefined;
}

/** UserName: 1–64 characters of [\w+=,.@-]. */
export function validateUserName(value: string): string | undefined {
  return validateName(value, 'user name', 64);
}

/** GroupName: 1–128 characters of [\w+=,.@-]. */
export function validateGroupName(value: string): string | undefined {
  return validateName(value, 'group name', 128);
}

/**
 * Path: "/" alone, or "/" + printable ASCII (0x21–0x7E) + "/", 1–512 characters.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_identifiers.html#identifiers-friendly-names
 */
export function validatePath(value: string): string | undefined {
  if (value.length === 0) return 'Enter a path, or / for none.';
  if (value.length > 512) return `A path can have at most 512 characters (it has ${value.length}).`;
  if (!value.startsWith('/') || !value.endsWith('/')) {
    return 'A path must start and end with a slash (/), for example /division/team/.';
  }
  if (!/^[\x21-\x7E]+$/.test(value)) {
    return 'A path can contain only printable ASCII characters, without spaces.';
  }
  // IAM's pattern is "/" alone or "/", one or more characters, "/": "//" matches neither.
  if (value === '//') return 'A path of two slashes is not valid: use / for none.';
  return undefined;
}

/** 12 digits: an AWS account ID. */
export function isAccountId(value: string): boolean {
  return /^\d{12}$/.test(value);
}

/**
 * Account alias: 3–63 lowercase letters, digits and hyphens, starting and ending with a letter
 * or digit, no "--". https://docs.aws.amazon.com/IAM/latest/APIReference/API_CreateAccountAlias.html
 */
export function isAccountAlias(value: string): boolean {
  return /^[a-z0-9](?:[a-z0-9]|-(?!-)){1,61}[a-z0-9]$/.test(value);
}
