/**
 * Checks a trust policy (AssumeRolePolicyDocument) the way IAM's parser would, so the editor
 * says what is wrong before UpdateAssumeRolePolicy or CreateRole goes out. Grammar:
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_grammar.html
 * A trust policy names a Principal and no Resource: the role itself is the resource.
 */

const VERSIONS = new Set(['2012-10-17', '2008-10-17']);
const TOP_LEVEL_FIELDS = new Set(['Version', 'Id', 'Statement']);
const STATEMENT_FIELDS = new Set([
  'Sid',
  'Effect',
  'Principal',
  'NotPrincipal',
  'Action',
  'NotAction',
  'Resource',
  'NotResource',
  'Condition',
]);

/**
 * A trust policy holds at most 2,048 characters not counting white space, unless the account's
 * quota was raised. https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_iam-quotas.html
 */
export const MAX_TRUST_POLICY_CHARS = 2048;

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isStringOrStrings(value: unknown): boolean {
  if (typeof value === 'string') return value.length > 0;
  return Array.isArray(value) && value.length > 0 && value.every((v) => typeof v === 'string');
}

/**
 * A user's (AIDA…) or role's (AROA…) unique ID in place of an ARN: IAM shows that when the
 * trusted user or role was deleted, and refuses it when the policy is stored again.
 */
const DELETED_PRINCIPAL_ID = /^(AIDA|AROA)[A-Z0-9]{12,}$/;

function deletedPrincipalProblems(principal: unknown, label: string): string[] {
  if (!isObject(principal)) return [];
  const aws = principal.AWS;
  const values = typeof aws === 'string' ? [aws] : Array.isArray(aws) ? aws : [];
  return values
    .filter((value): value is string => typeof value === 'string')
    .filter((value) => DELETED_PRINCIPAL_ID.test(value))
    .map(
      (id) =>
        `${label}: principal "${id}" names a ${id.startsWith('AIDA') ? 'user' : 'role'} that ` +
        'was deleted. Remove it or replace it with the ARN of an existing user or role.',
    );
}

function checkStatement(statement: unknown, label: string): string[] {
  if (!isObject(statement)) return [`${label} must be an object.`];
  const problems: string[] = [];

  for (const field of Object.keys(statement)) {
    if (!STATEMENT_FIELDS.has(field)) problems.push(`${label} has an unknown field "${field}".`);
  }
  if (statement.Effect !== 'Allow' && statement.Effect !== 'Deny') {
    problems.push(`${label}: Effect must be "Allow" or "Deny".`);
  }

  const action = statement.Action ?? statement.NotAction;
  if (action === undefined) problems.push(`${label} needs an Action or NotAction.`);
  else if (!isStringOrStrings(action)) {
    problems.push(`${label}: Action must be a string or a list of strings.`);
  }

  const hasPrincipal = statement.Principal !== undefined || statement.NotPrincipal !== undefined;
  const hasResource = statement.Resource !== undefined || statement.NotResource !== undefined;
  if (!hasPrincipal) problems.push(`${label} needs a Principal: who may assume the role.`);
  if (hasResource) problems.push(`${label}: a trust policy has no Resource (the role is it).`);
  problems.push(...deletedPrincipalProblems(statement.Principal, label));
  problems.push(...deletedPrincipalProblems(statement.NotPrincipal, label));

  if (statement.Condition !== undefined && !isObject(statement.Condition)) {
    problems.push(`${label}: Condition must be an object of operators.`);
  }
  return problems;
}

/** Where JSON.parse stopped, as "line L, column C", when the engine says so. */
function parseErrorText(text: string, error: unknown): string {
  // Newer engines add "(line L column C)" themselves; the console says it once, its own way.
  const message = (error instanceof Error ? error.message : String(error)).replace(
    / \(line \d+ column \d+\)/,
    '',
  );
  const position = /position (\d+)/.exec(message)?.[1];
  if (position === undefined) return `Not valid JSON: ${message}`;

  const before = text.slice(0, Number(position));
  const line = before.split('\n').length;
  const column = Number(position) - before.lastIndexOf('\n');
  return `Not valid JSON at line ${line}, column ${column}: ${message}`;
}

/** Every problem found, in reading order; an empty list when IAM should accept it. */
export function validateTrustPolicy(text: string, maxChars = MAX_TRUST_POLICY_CHARS): string[] {
  if (text.trim() === '') return ['Enter a policy document.'];

  let document: unknown;
  try {
    document = JSON.parse(text);
  } catch (error) {
    return [parseErrorText(text, error)];
  }
  if (!isObject(document)) return ['A policy document is a JSON object: { "Version": … }.'];

  const problems: string[] = [];
  for (const field of Object.keys(document)) {
    if (!TOP_LEVEL_FIELDS.has(field)) problems.push(`Unknown top-level field "${field}".`);
  }
  if (
    document.Version !== undefined &&
    (typeof document.Version !== 'string' || !VERSIONS.has(document.Version))
  ) {
    problems.push('Version must be "2012-10-17" (or the older "2008-10-17").');
  }

  const { Statement } = document;
  if (Statement === undefined) problems.push('The policy needs a Statement.');
  else if (Array.isArray(Statement) && Statement.length === 0) {
    problems.push('Statement is empty: add at least one statement.');
  } else {
    const statements = Array.isArray(Statement) ? Statement : [Statement];
    statements.forEach((statement, index) => {
      problems.push(...checkStatement(statement, `Statement ${index + 1}`));
    });
  }

  const size = text.replace(/\s/g, '').length;
  if (size > maxChars) {
    problems.push(
      `The policy has ${size} characters without white space; the limit is ${maxChars}.`,
    );
  }
  return problems;
}

export function formatPolicyDocument(text: string): string {
  try {
    return JSON.stringify(JSON.parse(text), null, 2);
  } catch {
    return text;
  }
}
