/**
 * The basics of IAM's identity-based policy grammar, checked before a PutUserPolicy so that the
 * common mistakes show under the editor instead of as a MalformedPolicyDocument round trip.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_grammar.html
 * The server stays the judge: it still checks what this does not (condition operators, ARNs).
 */
const VERSIONS = ['2012-10-17', '2008-10-17'];
const TOP_LEVEL_KEYS = ['Version', 'Id', 'Statement'];
const STATEMENT_KEYS = [
  'Sid',
  'Effect',
  'Action',
  'NotAction',
  'Resource',
  'NotResource',
  'Condition',
  'Principal',
  'NotPrincipal',
];
// An action is "*" or "<service prefix>:<action>", either part possibly with wildcards.
const ACTION = /^(\*|[a-z0-9-]+:[A-Za-z0-9*?]+)$/;

/**
 * The most characters (whitespace not counted) of inline policy an identity can hold, all its
 * inline policies together: https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_iam-quotas.html
 */
export const INLINE_POLICY_SIZE = { user: 2048, group: 5120, role: 10240 } as const;
// https://docs.aws.amazon.com/IAM/latest/APIReference/API_PutUserPolicy.html (PolicyName)
const POLICY_NAME = /^[\w+=,.@-]+$/;

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isStringOrStrings(value: unknown): value is string | string[] {
  if (typeof value === 'string') return true;
  return Array.isArray(value) && value.length > 0 && value.every((v) => typeof v === 'string');
}

function checkStatement(statement: unknown, where: string): string[] {
  if (!isObject(statement)) return [`${where} must be an object.`];
  const problems: string[] = [];

  for (const key of Object.keys(statement)) {
    if (!STATEMENT_KEYS.includes(key)) problems.push(`${where} has an unknown element "${key}".`);
  }
  if (statement.Effect !== 'Allow' && statement.Effect !== 'Deny') {
    problems.push(`${where}.Effect must be "Allow" or "Deny".`);
  }
  if ('Principal' in statement || 'NotPrincipal' in statement) {
    problems.push(`${where} names a Principal: an identity-based policy applies to its owner.`);
  }

  const hasAction = 'Action' in statement;
  if (hasAction === 'NotAction' in statement) {
    problems.push(`${where} needs exactly one of Action and NotAction.`);
  } else {
    const actions = hasAction ? statement.Action : statement.NotAction;
    const label = hasAction ? 'Action' : 'NotAction';
    if (!isStringOrStrings(actions)) {
      problems.push(`${where}.${label} must be a string or a list of strings.`);
    } else {
      for (const action of [actions].flat()) {
        if (!ACTION.test(action)) {
          problems.push(`${where}.${label} "${action}" is not of the form service:Action.`);
        }
      }
    }
  }

  const hasResource = 'Resource' in statement;
  if (hasResource === 'NotResource' in statement) {
    problems.push(`${where} needs exactly one of Resource and NotResource.`);
  } else if (!isStringOrStrings(hasResource ? statement.Resource : statement.NotResource)) {
    const label = hasResource ? 'Resource' : 'NotResource';
    problems.push(`${where}.${label} must be a string or a list of strings.`);
  }

  if ('Condition' in statement && !isObject(statement.Condition)) {
    problems.push(`${where}.Condition must be an object.`);
  }
  return problems;
}

/** Every problem found in an identity-based policy document; empty when it looks valid. */
export function checkPolicyDocument(text: string, maxSize: number = INLINE_POLICY_SIZE.role) {
  const problems: string[] = [];
  if (text.trim() === '') return ['Enter a policy document.'];

  let document: unknown;
  try {
    document = JSON.parse(text);
  } catch (error) {
    return [`Not valid JSON: ${error instanceof Error ? error.message : String(error)}`];
  }
  if (!isObject(document)) return ['The document must be a JSON object.'];

  for (const key of Object.keys(document)) {
    if (!TOP_LEVEL_KEYS.includes(key)) problems.push(`Unknown top-level element "${key}".`);
  }
  // A missing Version is legal (it means 2008-10-17), so only a wrong one is refused.
  if (
    document.Version !== undefined &&
    (typeof document.Version !== 'string' || !VERSIONS.includes(document.Version))
  ) {
    problems.push(`Version must be one of ${VERSIONS.join(', ')}.`);
  }

  const statements = document.Statement;
  if (statements === undefined) {
    problems.push('The document needs a Statement.');
  } else if (Array.isArray(statements)) {
    if (statements.length === 0) problems.push('Statement must hold at least one statement.');
    statements.forEach((s, i) => problems.push(...checkStatement(s, `Statement[${i}]`)));
  } else {
    problems.push(...checkStatement(statements, 'Statement'));
  }

  const size = text.replace(/\s/g, '').length;
  if (size > maxSize) {
    problems.push(
      `The document has ${size} characters without whitespace; IAM allows ${maxSize} here.`,
    );
  }
  return problems;
}

export function validatePolicyName(PolicyName: string): string | undefined {
  if (PolicyName === '') return 'Enter a policy name.';
  if (PolicyName.length > 128) return 'A policy name can have at most 128 characters.';
  if (!POLICY_NAME.test(PolicyName)) {
    return 'Use letters, digits and + = , . @ _ - only.';
  }
  return undefined;
}
