import { ValidationError } from '../errors.ts';
import { memberName, type QueryParams } from '../http/query-params.ts';

/**
 * Parameter rules from the IAM API Reference (each action's "Request Parameters"), with
 * IAM's own wording for model validation failures.
 */
function constraintError(value: string, parameter: string, constraint: string): ValidationError {
  return new ValidationError(
    `1 validation error detected: Value '${value}' at '${memberName(parameter)}' failed to ` +
      `satisfy constraint: ${constraint}`,
  );
}

export function checkLength(value: string, parameter: string, min: number, max: number): void {
  if (value.length < min) {
    throw constraintError(
      value,
      parameter,
      `Member must have length greater than or equal to ${min}`,
    );
  }
  if (value.length > max) {
    throw constraintError(value, parameter, `Member must have length less than or equal to ${max}`);
  }
}

/** User, group and role names: `[\w+=,.@-]+`, 64 characters for users and roles, 128 groups. */
export const MAX_USER_NAME = 64;
export const MAX_GROUP_NAME = 128;
export const MAX_ROLE_NAME = 64;

export function checkName(value: string, parameter: string, max: number): string {
  checkLength(value, parameter, 1, max);
  if (!/^[\w+=,.@-]+$/.test(value)) {
    throw constraintError(
      value,
      parameter,
      'Member must satisfy regular expression pattern: [\\w+=,.@-]+',
    );
  }
  return value;
}

/** Paths begin and end with `/`, hold printable ASCII, and run to 512 characters. */
export function checkPath(value: string, parameter = 'Path'): string {
  checkLength(value, parameter, 1, 512);
  if (!/^(\/|\/[\x21-\x7E]+\/)$/.test(value)) {
    throw new ValidationError(
      `The specified value for ${memberName(parameter)} is invalid. It must begin and end ` +
        'with / and contain only alphanumeric characters and/or / characters.',
    );
  }
  return value;
}

/** A PathPrefix starts with `/`; it need not end with one (`/team/` matches `/team/a/`). */
export function checkPathPrefix(value: string | undefined): string {
  if (value === undefined) return '/';
  checkLength(value, 'PathPrefix', 1, 512);
  if (!/^\/[\x21-\x7E]*$/.test(value)) {
    throw constraintError(
      value,
      'PathPrefix',
      'Member must satisfy regular expression pattern: \\u002F[\\u0021-\\u007F]*',
    );
  }
  return value;
}

/** MaxItems is 1–1000 and defaults to 100. */
export function readMaxItems(params: QueryParams): number {
  const raw = params.get('MaxItems');
  if (raw === undefined) return 100;
  const value = Number(raw);
  if (!/^-?\d+$/.test(raw) || !Number.isSafeInteger(value)) {
    throw constraintError(raw, 'MaxItems', 'Member must be an integer');
  }
  if (value < 1) {
    throw constraintError(raw, 'MaxItems', 'Member must have value greater than or equal to 1');
  }
  if (value > 1000) {
    throw constraintError(raw, 'MaxItems', 'Member must have value less than or equal to 1000');
  }
  return value;
}

export function readInteger(params: QueryParams, parameter: string): number | undefined {
  const raw = params.get(parameter);
  if (raw === undefined) return undefined;
  if (!/^-?\d+$/.test(raw)) throw constraintError(raw, parameter, 'Member must be an integer');
  return Number(raw);
}

export function readBoolean(params: QueryParams, parameter: string): boolean | undefined {
  const raw = params.get(parameter);
  if (raw === undefined) return undefined;
  if (raw !== 'true' && raw !== 'false') {
    throw constraintError(raw, parameter, 'Member must be a boolean (true or false)');
  }
  return raw === 'true';
}

/** Role descriptions: up to 1000 characters of tab, newlines and printable Latin-1. */
export function checkDescription(value: string): string {
  checkLength(value, 'Description', 0, 1000);
  if (!/^[\t\n\r\x20-\x7E\xA1-\xFF]*$/.test(value)) {
    throw constraintError(
      value,
      'Description',
      'Member must satisfy regular expression pattern: ' +
        '[\\u0009\\u000A\\u000D\\u0020-\\u007E\\u00A1-\\u00FF]*',
    );
  }
  return value;
}
