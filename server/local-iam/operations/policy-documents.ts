import { LimitExceededError, MalformedPolicyDocumentError, ValidationError } from '../errors.ts';
import { memberName } from '../http/query-params.ts';
import { parsePolicyDocument, PolicyDocumentError } from '../policy/document.ts';
import {
  assertInlinePolicySize,
  assertManagedPolicySize,
  hasOnlyPolicyCharacters,
  type InlinePolicyOwner,
} from '../policy/size.ts';
import { checkLength } from './validation.ts';

/** The policy module's errors, as the AWS errors the protocol layer sends. */
function asAwsError(error: unknown): unknown {
  if (!(error instanceof PolicyDocumentError)) return error;
  return error.code === 'LimitExceeded'
    ? new LimitExceededError(error.message)
    : new MalformedPolicyDocumentError(error.message);
}

/**
 * PolicyDocument's own constraints (1–131072 characters of tab, newlines and U+0020–U+00FF),
 * then IAM's grammar. https://docs.aws.amazon.com/IAM/latest/APIReference/API_CreatePolicy.html
 */
function checkIdentityDocument(document: string, parameter: string): void {
  checkLength(document, parameter, 1, 131072);
  if (!hasOnlyPolicyCharacters(document)) {
    throw new ValidationError(
      `1 validation error detected: Value at '${memberName(parameter)}' failed to satisfy ` +
        'constraint: Member must satisfy regular expression pattern: ' +
        '[\\u0009\\u000A\\u000D\\u0020-\\u00FF]+',
    );
  }
  try {
    parsePolicyDocument(document, 'identity');
  } catch (error) {
    throw asAwsError(error);
  }
}

/** A managed policy version's document: valid and within the 6,144-character quota. */
export function checkManagedDocument(document: string, parameter = 'PolicyDocument'): string {
  checkIdentityDocument(document, parameter);
  try {
    assertManagedPolicySize(document);
  } catch (error) {
    throw asAwsError(error);
  }
  return document;
}

/**
 * An inline policy's document: valid, and with the owner's other inline policies within the
 * quota on their sum (2,048 a user, 5,120 a group, 10,240 a role).
 */
export function checkInlineDocument(
  document: string,
  owner: InlinePolicyOwner,
  ownerName: string,
  others: readonly string[],
): string {
  checkIdentityDocument(document, 'PolicyDocument');
  try {
    assertInlinePolicySize(owner, ownerName, [...others, document]);
  } catch (error) {
    throw asAwsError(error);
  }
  return document;
}

/** Policy names: 1–128 characters of `[\w+=,.@-]`. */
export const MAX_POLICY_NAME = 128;
