/**
 * The "AWS" principals of a role's trust policy that name a user or role of the account itself.
 * IAM stores such a principal as the entity's unique ID and turns it back into the entity's ARN
 * when it shows the policy; once the entity is deleted it shows the ID, and a new entity of the
 * same name is not trusted. IAM User Guide, "AWS JSON policy elements: Principal", sections
 * "IAM role principals" and "IAM user principals":
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_principal.html
 */
import type { PolicyDocument, PrincipalBlock } from './types.ts';

export interface EntityName {
  Type: 'user' | 'role';
  Path: string;
  Name: string;
}

const ENTITY_ARN = /^arn:aws:iam::(\d{12}):(user|role)\/(.*)$/;

/**
 * The path and name a user or role ARN of `accountId` gives, whether or not such an entity
 * exists; undefined for anything else (other accounts, the root, sessions, services).
 */
export function entityOfArn(arn: string, accountId: string): EntityName | undefined {
  const match = ENTITY_ARN.exec(arn);
  if (!match || match[1] !== accountId) return undefined;
  const rest = match[3] ?? '';
  const slash = rest.lastIndexOf('/');
  return {
    Type: match[2] as EntityName['Type'],
    Path: `/${rest.slice(0, slash + 1)}`,
    Name: rest.slice(slash + 1),
  };
}

/** A unique ID in a principal, as IAM leaves it once the user or role it named is gone. */
const UNIQUE_ID = /^(AIDA|AROA)[A-Z0-9]+$/;

export function isUniqueIdPrincipal(name: string): boolean {
  return UNIQUE_ID.test(name);
}

type Rename = (name: string) => string;

/** Renames the names of one Principal or NotPrincipal value in JSON; true if any changed. */
function renameInBlock(block: unknown, rename: Rename): boolean {
  if (!block || typeof block !== 'object' || Array.isArray(block)) return false;
  const fields = block as Record<string, unknown>;
  const names = fields.AWS;
  if (typeof names === 'string') {
    fields.AWS = rename(names);
    return fields.AWS !== names;
  }
  if (!Array.isArray(names)) return false;
  let changed = false;
  fields.AWS = names.map((name: unknown) => {
    if (typeof name !== 'string') return name;
    const renamed = rename(name);
    changed ||= renamed !== name;
    return renamed;
  });
  return changed;
}

function renameInJson(policy: unknown, rename: Rename): boolean {
  if (!policy || typeof policy !== 'object' || Array.isArray(policy)) return false;
  const statement = (policy as Record<string, unknown>).Statement;
  const statements: unknown[] = Array.isArray(statement) ? statement : [statement];
  let changed = false;
  for (const item of statements) {
    if (!item || typeof item !== 'object' || Array.isArray(item)) continue;
    const fields = item as Record<string, unknown>;
    changed = renameInBlock(fields.Principal, rename) || changed;
    changed = renameInBlock(fields.NotPrincipal, rename) || changed;
  }
  return changed;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/** Every "AWS" principal name of a trust policy's text, in Principal and NotPrincipal alike. */
export function awsPrincipalNames(document: string): string[] {
  const names: string[] = [];
  renameInJson(parseJson(document), (name) => {
    names.push(name);
    return name;
  });
  return names;
}

/**
 * The trust policy's text with its "AWS" principal names passed through `rename`. The text
 * comes back as stored, white space included, when no name changes.
 */
export function renameAwsPrincipals(document: string, rename: Rename): string {
  const policy = parseJson(document);
  return renameInJson(policy, rename) ? JSON.stringify(policy) : document;
}

function renameBlock(block: PrincipalBlock | undefined, rename: Rename) {
  if (block === undefined || block === '*' || block.AWS === undefined) return block;
  return { ...block, AWS: block.AWS.map(rename) };
}

/** A parsed trust policy with its "AWS" principal names passed through `rename`. */
export function renameDocumentPrincipals(document: PolicyDocument, rename: Rename): PolicyDocument {
  return {
    ...document,
    Statement: document.Statement.map((statement) => ({
      ...statement,
      Principal: renameBlock(statement.Principal, rename),
      NotPrincipal: renameBlock(statement.NotPrincipal, rename),
    })),
  };
}
