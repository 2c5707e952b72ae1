import { roleArn, userArn } from '../arns.ts';
import { MalformedPolicyDocumentError } from '../errors.ts';
import { parsePolicyDocument, type PolicyDocument } from '../policy/document.ts';
import { invalidPrincipalMessage } from '../policy/errors.ts';
import {
  awsPrincipalNames,
  entityOfArn,
  renameAwsPrincipals,
  renameDocumentPrincipals,
  type EntityName,
} from '../policy/trust-principals.ts';
import type { RoleRecord } from '../store/roles.ts';
import type { Store } from '../store/store.ts';
import type { TrustPrincipal } from '../store/trust-principals.ts';

/**
 * IAM turns a trust policy principal naming a user or role of the account into that entity's
 * unique ID when it stores the policy, and refuses the policy when no such entity exists, with
 * the ARN as written in the message. IAM User Guide, "AWS JSON policy elements: Principal",
 * "IAM role principals":
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_principal.html
 * Call it in the write transaction, so the entities cannot go between the check and the write.
 */
export function resolveTrustPrincipals(
  store: Store,
  accountId: string,
  document: string,
): TrustPrincipal[] {
  const principals = new Map<string, string>();
  for (const name of awsPrincipalNames(document)) {
    const entity = entityOfArn(name, accountId);
    if (!entity || principals.has(name)) continue;
    const uniqueId = store.trustPrincipals.uniqueIdOf(entity);
    if (uniqueId === undefined) {
      throw new MalformedPolicyDocumentError(invalidPrincipalMessage('AWS', name));
    }
    principals.set(name, uniqueId);
  }
  return [...principals].map(([principalArn, uniqueId]) => ({ principalArn, uniqueId }));
}

function currentArn(accountId: string, entity: EntityName): string {
  const build = entity.Type === 'user' ? userArn : roleArn;
  return build(accountId, entity.Path, entity.Name);
}

/**
 * The trust policy as IAM shows it: such a principal as the ARN its entity has now (a renamed
 * or moved user shows its new ARN), or as the bare unique ID once the entity is deleted.
 */
export function trustPolicyText(store: Store, accountId: string, role: RoleRecord): string {
  const stored = store.trustPrincipals.forRole(role.pk);
  if (stored.length === 0) return role.assumeRolePolicyDocument;

  const shown = new Map(
    stored.map((principal) => [
      principal.principalArn,
      principal.entity ? currentArn(accountId, principal.entity) : principal.uniqueId,
    ]),
  );
  return renameAwsPrincipals(role.assumeRolePolicyDocument, (name) => shown.get(name) ?? name);
}

/**
 * The trust policy AssumeRole evaluates: such principals by unique ID, so that only the entity
 * the policy was written for is trusted, never a later one of the same name.
 */
export function trustPolicyForEvaluation(store: Store, role: RoleRecord): PolicyDocument {
  const document = parsePolicyDocument(role.assumeRolePolicyDocument, 'trust');
  const stored = store.trustPrincipals.forRole(role.pk);
  if (stored.length === 0) return document;

  const ids = new Map(stored.map((principal) => [principal.principalArn, principal.uniqueId]));
  return renameDocumentPrincipals(document, (name) => ids.get(name) ?? name);
}
