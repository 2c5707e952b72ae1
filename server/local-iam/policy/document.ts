/**
 * Parses and validates IAM policy documents, failing with the MalformedPolicyDocument messages IAM
 * itself returns. Grammar:
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_grammar.html
 */
import { invalidPrincipalMessage, malformed } from './errors.ts';
import { parseOperatorName } from './operators.ts';
import type {
  ConditionBlock,
  PolicyDocument,
  PolicyKind,
  PolicyStatement,
  PolicyVersion,
  PrincipalBlock,
  PrincipalType,
} from './types.ts';

export { PolicyDocumentError } from './errors.ts';
export type * from './types.ts';

const SYNTAX = 'Syntax errors in policy.';
// IAM falls back to its pre-2012 parser when the modern grammar rejects a value such as an
// unknown Version or an Effect of "allow", and that parser reports only this.
const LEGACY = 'The policy failed legacy parsing';

const versions: readonly PolicyVersion[] = ['2012-10-17', '2008-10-17'];
const documentFields = new Set(['Version', 'Id', 'Statement']);
const statementFields = new Set([
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
const principalTypes: readonly PrincipalType[] = ['AWS', 'Service', 'Federated', 'CanonicalUser'];

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

function isObject(value: Json | undefined): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A string or a non-empty list of strings, as Action, Resource and principal names allow. */
function stringList(value: Json | undefined): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value) && value.every((item) => typeof item === 'string')) {
    return value as string[];
  }
  throw malformed(SYNTAX);
}

export function parsePolicyDocument(text: string, kind: PolicyKind): PolicyDocument {
  let json: Json;
  try {
    json = JSON.parse(text) as Json;
  } catch {
    throw malformed(SYNTAX);
  }
  if (!isObject(json)) throw malformed(SYNTAX);
  for (const field of Object.keys(json)) if (!documentFields.has(field)) throw malformed(SYNTAX);

  const document: PolicyDocument = { Statement: [] };
  if (json.Version !== undefined) {
    if (typeof json.Version !== 'string') throw malformed(SYNTAX);
    if (!versions.includes(json.Version as PolicyVersion)) throw malformed(LEGACY);
    document.Version = json.Version as PolicyVersion;
  }
  if (json.Id !== undefined) {
    if (typeof json.Id !== 'string') throw malformed(SYNTAX);
    document.Id = json.Id;
  }

  const statements = json.Statement;
  if (statements === undefined) throw malformed(SYNTAX);
  const list = Array.isArray(statements) ? statements : [statements];
  document.Statement = list.map((statement) => parseStatement(statement, kind));

  const sids = document.Statement.flatMap((s) => (s.Sid ? [s.Sid] : []));
  if (new Set(sids).size !== sids.length) {
    throw malformed('Statement IDs (SID) in a single policy must be unique.');
  }
  return document;
}

function parseStatement(json: Json, kind: PolicyKind): PolicyStatement {
  if (!isObject(json)) throw malformed(SYNTAX);
  for (const field of Object.keys(json)) if (!statementFields.has(field)) throw malformed(SYNTAX);

  if (json.Effect === undefined) throw malformed('Missing required field Effect');
  if (json.Effect !== 'Allow' && json.Effect !== 'Deny') throw malformed(LEGACY);
  const statement: PolicyStatement = { Effect: json.Effect };

  if (json.Sid !== undefined) statement.Sid = parseSid(json.Sid, kind);
  parsePrincipals(json, statement, kind);
  parseActions(json, statement, kind);
  parseResources(json, statement, kind);
  if (json.Condition !== undefined) statement.Condition = parseCondition(json.Condition);
  return statement;
}

function parseSid(sid: Json, kind: PolicyKind): string {
  if (typeof sid !== 'string') throw malformed(SYNTAX);
  // Identity policies hold to the documented alphanumeric Sid; trust policies, like other
  // resource-based policies, accept any string.
  if (kind === 'identity' && !/^[0-9A-Za-z]*$/.test(sid)) {
    throw malformed(
      'Statement IDs (SID) must be alpha-numeric. ' +
        'Check that your input satisfies the regular expression [0-9A-Za-z]*',
    );
  }
  return sid;
}

function parsePrincipals(json: JsonObject, statement: PolicyStatement, kind: PolicyKind): void {
  const hasPrincipal = json.Principal !== undefined;
  const hasNotPrincipal = json.NotPrincipal !== undefined;
  if (kind === 'identity') {
    if (hasPrincipal || hasNotPrincipal) {
      throw malformed('Policy document should not specify a principal.');
    }
    return;
  }
  if (hasPrincipal && hasNotPrincipal) throw malformed(SYNTAX);
  if (!hasPrincipal && !hasNotPrincipal) throw malformed('Missing required field Principal');
  if (hasPrincipal) statement.Principal = parsePrincipalBlock(json.Principal);
  else statement.NotPrincipal = parsePrincipalBlock(json.NotPrincipal);
}

function parsePrincipalBlock(json: Json | undefined): PrincipalBlock {
  if (json === '*') return '*';
  if (!isObject(json)) throw malformed(SYNTAX);

  const block: Partial<Record<PrincipalType, string[]>> = {};
  for (const [type, value] of Object.entries(json)) {
    if (!principalTypes.includes(type as PrincipalType)) {
      throw malformed(`Invalid principal in policy: "${type}":${JSON.stringify(value)}`);
    }
    const names = stringList(value);
    if (names.length === 0) throw malformed(SYNTAX);
    for (const name of names) {
      if (!validPrincipalName(type as PrincipalType, name)) {
        throw malformed(invalidPrincipalMessage(type, name));
      }
    }
    block[type as PrincipalType] = names;
  }
  if (Object.keys(block).length === 0) throw malformed(SYNTAX);
  return block;
}

const awsPrincipalPatterns = [
  /^\*$/,
  /^\d{12}$/,
  /^arn:aws[a-z-]*:iam::\d{12}:(root|user\/\S+|role\/\S+)$/,
  /^arn:aws[a-z-]*:sts::\d{12}:(assumed-role\/[^/\s]+\/\S+|federated-user\/\S+)$/,
];

/**
 * Service principals are a service's DNS name (`ec2.amazonaws.com`, `states.us-east-1.amazonaws
 * .com`, `ec2.amazonaws.com.cn`); federated ones an identity provider's ARN or one of the web
 * identity providers IAM knows; canonical users 64 hex digits.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_principal.html
 */
const principalPatterns: Record<Exclude<PrincipalType, 'AWS'>, RegExp> = {
  Service: /^[a-z0-9][a-z0-9-]*(\.[a-z0-9-]+)*\.(amazonaws\.com|amazonaws\.com\.cn|amazon\.com)$/,
  Federated: new RegExp(
    '^(arn:aws[a-z-]*:iam::\\d{12}:(saml-provider|oidc-provider)/\\S+|' +
      'cognito-identity\\.amazonaws\\.com|accounts\\.google\\.com|graph\\.facebook\\.com|' +
      'www\\.amazon\\.com)$',
  ),
  CanonicalUser: /^[0-9a-f]{64}$/,
};

function validPrincipalName(type: PrincipalType, name: string): boolean {
  if (type === 'AWS') return awsPrincipalPatterns.some((pattern) => pattern.test(name));
  return principalPatterns[type].test(name);
}

function parseActions(json: JsonObject, statement: PolicyStatement, kind: PolicyKind): void {
  if (json.Action !== undefined && json.NotAction !== undefined) throw malformed(SYNTAX);
  const field = json.Action !== undefined ? 'Action' : 'NotAction';
  const raw = json[field];
  if (raw === undefined) throw malformed('Policy statement must contain actions.');

  const actions = stringList(raw);
  if (actions.length === 0) throw malformed('Policy statement must contain actions.');
  for (const action of actions) validateAction(action, kind);
  statement[field] = actions;
}

function validateAction(action: string, kind: PolicyKind): void {
  if (action === '*') return;
  const parts = action.split(':');
  if (parts.length < 2) {
    throw malformed('Actions/Conditions must be prefaced by a vendor, e.g., iam, sdb, ec2, etc.');
  }
  if (parts.length > 2) throw malformed('Actions/Condition can contain only one colon.');
  const vendor = parts[0] ?? '';
  if (!/^[A-Za-z0-9-]+$/.test(vendor)) throw malformed(`Vendor ${vendor} is not valid`);
  if (kind === 'trust' && vendor.toLowerCase() !== 'sts') {
    throw malformed('AssumeRole policy may only specify STS AssumeRole actions.');
  }
}

function parseResources(json: JsonObject, statement: PolicyStatement, kind: PolicyKind): void {
  if (kind === 'trust') {
    if (json.Resource !== undefined) throw malformed('Has prohibited field Resource');
    if (json.NotResource !== undefined) throw malformed('Has prohibited field NotResource');
    return;
  }
  if (json.Resource !== undefined && json.NotResource !== undefined) throw malformed(SYNTAX);
  const field = json.Resource !== undefined ? 'Resource' : 'NotResource';
  const raw = json[field];
  if (raw === undefined) throw malformed('Policy statement must contain resources.');

  const resources = stringList(raw);
  if (resources.length === 0) throw malformed('Policy statement must contain resources.');
  for (const resource of resources) {
    if (!validResource(resource)) {
      throw malformed(`Resource ${resource} must be in ARN format or "*".`);
    }
  }
  statement[field] = resources;
}

/**
 * An ARN has six colon-separated parts (arn:partition:service:region:account:resource); fewer
 * are allowed only after a `*` that ends a segment, since such a `*` may run past colons.
 */
function validResource(resource: string): boolean {
  if (resource === '*') return true;
  const parts = resource.split(':');
  if (parts[0] !== 'arn' || parts.length < 3) return false;
  return parts.length >= 6 || resource.endsWith('*');
}

function parseCondition(json: Json): ConditionBlock {
  if (!isObject(json)) throw malformed(SYNTAX);
  const block: ConditionBlock = {};
  for (const [operator, keys] of Object.entries(json)) {
    if (parseOperatorName(operator) === undefined || !isObject(keys)) throw malformed(SYNTAX);
    const parsedKeys: Record<string, string[]> = {};
    for (const [key, value] of Object.entries(keys)) {
      if (!key.includes(':')) {
        throw malformed(
          'Actions/Conditions must be prefaced by a vendor, e.g., iam, sdb, ec2, etc.',
        );
      }
      parsedKeys[key] = conditionValues(value);
    }
    block[operator] = parsedKeys;
  }
  return block;
}

/** Condition values may be strings, numbers or booleans, alone or in a list. */
function conditionValues(value: Json): string[] {
  const list = Array.isArray(value) ? value : [value];
  return list.map((item) => {
    if (typeof item === 'string') return item;
    if (typeof item === 'number' || typeof item === 'boolean') return String(item);
    throw malformed(SYNTAX);
  });
}
