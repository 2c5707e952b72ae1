import { LimitExceededError, MalformedPolicyDocumentError } from '../errors.ts';
import { parsePolicyDocument, PolicyDocumentError } from '../policy/document.ts';
import { checkLength } from './validation.ts';

/**
 * A role's trust policy counts at most 2,048 characters, not counting white space.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_iam-quotas.html
 */
export const MAX_TRUST_POLICY_CHARS = 2048;
const VERSIONS = new Set(['2012-10-17', '2008-10-17']);

function malformed(message: string): MalformedPolicyDocumentError {
  return new MalformedPolicyDocumentError(message);
}

function checkStatement(statement: unknown): void {
  if (!statement || typeof statement !== 'object' || Array.isArray(statement)) {
    throw malformed('Syntax errors in policy.');
  }
  const fields = statement as Record<string, unknown>;
  if (fields.Effect !== 'Allow' && fields.Effect !== 'Deny') {
    throw malformed('Invalid effect: the Effect of a statement must be Allow or Deny.');
  }
  if (fields.Action === undefined && fields.NotAction === undefined) {
    throw malformed('Missing required field Action.');
  }
  // Trust policies name who may assume the role, never the resources it may touch.
  if (fields.Principal === undefined && fields.NotPrincipal === undefined) {
    throw malformed('Missing required field Principal.');
  }
  if (fields.Resource !== undefined || fields.NotResource !== undefined) {
    throw malformed('Has prohibited field Resource.');
  }
}

/**
 * The checks IAM applies to AssumeRolePolicyDocument before storing it: JSON, a known
 * Version, and statements with an Effect, an Action and a Principal.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_grammar.html
 */
export function checkTrustPolicy(document: string, parameter: string): string {
  checkLength(document, parameter, 1, 131072);
  if (document.replace(/\s/g, '').length > MAX_TRUST_POLICY_CHARS) {
    throw new LimitExceededError(
      `Cannot exceed quota for ACLSizePerRole: ${MAX_TRUST_POLICY_CHARS}`,
    );
  }

  let policy: unknown;
  try {
    policy = JSON.parse(document);
  } catch {
    throw malformed('This policy contains invalid Json');
  }
  if (!policy || typeof policy !== 'object' || Array.isArray(policy)) {
    throw malformed('This policy contains invalid Json');
  }

  const { Version, Statement } = policy as Record<string, unknown>;
  if (Version !== undefined && (typeof Version !== 'string' || !VERSIONS.has(Version))) {
    throw malformed('The policy failed legacy parsing');
  }
  const statements = Array.isArray(Statement) ? Statement : [Statement];
  if (Statement === undefined || statements.length === 0) {
    throw malformed('Missing required field Statement.');
  }
  statements.forEach(checkStatement);
  // Then IAM's grammar, principals included: AWS refuses a trust policy naming a principal that
  // is not one ("Invalid principal in policy"), which the role could never be assumed by.
  try {
    parsePolicyDocument(document, 'trust');
  } catch (error) {
    if (error instanceof PolicyDocumentError) throw malformed(error.message);
    throw error;
  }
  return document;
}

/**
 * IAM returns policy documents URL-encoded (`%7B%22Version%22…`); the AWS CLI decodes them,
 * SDK callers must. https://docs.aws.amazon.com/IAM/latest/APIReference/API_Role.html
 */
export function encodePolicyDocument(document: string): string {
  return encodeURIComponent(document);
}
