/**
 * The "AWS" principals of a role's trust policy that name a user or role of the account itself.
 * IAM stores such a principal as the entity's unique ID and turns it back into the entity's ARN
 * when it shows the policy; once the entity is deleted it shows the ID, and a new entity of the
 * same name is not trusted. IAM User Guide, "AWS JSON policy elements: Principal", sections
 * "IAM role principals" and "IAM user principals":
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_principal.html
 */
import { parseTree, type Node as JsonNode } from 'jsonc-parser';
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

/** The values of every property `key` of an object node, duplicates included. */
function valuesOf(node: JsonNode | undefined, key: string): JsonNode[] {
  if (node?.type !== 'object') return [];
  return (node.children ?? []).flatMap((property) => {
    const [name, value] = property.children ?? [];
    return name?.value === key && value ? [value] : [];
  });
}

/**
 * The string nodes of every "AWS" principal name in a trust policy's text, in Principal and
 * NotPrincipal alike. Read from the text, not from `JSON.parse`: a key written twice keeps only
 * its last value there, yet both stay in the stored text that IAM shows.
 */
function awsPrincipalNodes(document: string): JsonNode[] {
  const root = parseTree(document);
  const statements = valuesOf(root, 'Statement').flatMap((statement) =>
    statement.type === 'array' ? (statement.children ?? []) : [statement],
  );
  return statements
    .flatMap((statement) => [
      ...valuesOf(statement, 'Principal'),
      ...valuesOf(statement, 'NotPrincipal'),
    ])
    .flatMap((block) => valuesOf(block, 'AWS'))
    .flatMap((names) => (names.type === 'array' ? (names.children ?? []) : [names]))
    .filter((name) => name.type === 'string');
}

/** Every "AWS" principal name of a trust policy's text, in Principal and NotPrincipal alike. */
export function awsPrincipalNames(document: string): string[] {
  return awsPrincipalNodes(document).map((node) => node.value as string);
}

/**
 * The trust policy's text with its "AWS" principal names passed through `rename`. Only those
 * strings change: the rest of the text, its white space and numbers, comes back as stored.
 */
export function renameAwsPrincipals(document: string, rename: Rename): string {
  let text = document;
  // From the end, so the offsets of the nodes still to replace stay right.
  for (const node of awsPrincipalNodes(document).reverse()) {
    const name = node.value as string;
    const renamed = rename(name);
    if (renamed === name) continue;
    text =
      text.slice(0, node.offset) + JSON.stringify(renamed) + text.slice(node.offset + node.length);
  }
  return text;
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
