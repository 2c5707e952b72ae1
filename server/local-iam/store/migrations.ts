import { newUniqueId } from '../ids.ts';
import { awsPrincipalNames, entityOfArn } from '../policy/trust-principals.ts';
import type { Db } from './database.ts';
import { selectRows } from './database.ts';
import { TrustPrincipalStore, type TrustPrincipal } from './trust-principals.ts';

/**
 * Schema 2 holds a trust policy's user and role principals by unique ID. A file from schema 1
 * gets the IDs its users and roles have now; a principal naming no entity (schema 1 did not
 * check) gets an ID no entity has, as if it had been deleted, so it trusts no one, as in IAM.
 */
function recordTrustPrincipals(db: Db): void {
  const account = selectRows<[], { account_id: string }>(db, 'SELECT account_id FROM account');
  const accountId = account.get()?.account_id;
  if (accountId === undefined) return;

  const store = new TrustPrincipalStore(db);
  const roles = selectRows<[], { pk: number; assume_role_policy_document: string }>(
    db,
    'SELECT pk, assume_role_policy_document FROM roles',
  );
  for (const role of roles.all()) {
    const principals = new Map<string, string>();
    for (const name of awsPrincipalNames(role.assume_role_policy_document)) {
      const entity = entityOfArn(name, accountId);
      if (!entity || principals.has(name)) continue;
      const gone = newUniqueId(entity.Type === 'user' ? 'AIDA' : 'AROA');
      principals.set(name, store.uniqueIdOf(entity) ?? gone);
    }
    const rows: TrustPrincipal[] = [...principals].map(([principalArn, uniqueId]) => ({
      principalArn,
      uniqueId,
    }));
    store.replace(role.pk, rows);
  }
}

/** Brings a data file written by an earlier schema up to the current one. */
export function migrateSchema(db: Db, from: number): void {
  // Schema 0 is a file just created: no account yet, nothing to carry over.
  if (from >= 1 && from < 2) recordTrustPrincipals(db);
}
