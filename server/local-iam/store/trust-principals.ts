import type { EntityName } from '../policy/trust-principals.ts';
import type { Db } from './database.ts';
import { nameKey, selectRows } from './database.ts';

/** A trust policy principal naming a user or role of the account, and that entity's ID. */
export interface TrustPrincipal {
  principalArn: string;
  uniqueId: string;
}

/** As stored, with the user or role that holds the ID now, if it still exists. */
export interface StoredTrustPrincipal extends TrustPrincipal {
  entity?: EntityName;
}

interface StoredRow {
  principal_arn: string;
  unique_id: string;
  entity_type: EntityName['Type'] | null;
  path: string | null;
  name: string | null;
}

function toStored(row: StoredRow): StoredTrustPrincipal {
  const { entity_type: type, path, name } = row;
  return {
    principalArn: row.principal_arn,
    uniqueId: row.unique_id,
    entity:
      type && path !== null && name !== null ? { Type: type, Path: path, Name: name } : undefined,
  };
}

export class TrustPrincipalStore {
  private readonly insertStmt;
  private readonly deleteStmt;
  private readonly forRoleStmt;
  private readonly userIdStmt;
  private readonly roleIdStmt;

  constructor(db: Db) {
    this.insertStmt = db.prepare(
      `INSERT OR IGNORE INTO role_trust_principals (role_pk, principal_arn, unique_id)
       VALUES (?, ?, ?)`,
    );
    this.deleteStmt = db.prepare('DELETE FROM role_trust_principals WHERE role_pk = ?');
    this.forRoleStmt = selectRows<[number], StoredRow>(
      db,
      `SELECT t.principal_arn, t.unique_id,
         CASE WHEN u.pk IS NOT NULL THEN 'user' WHEN r.pk IS NOT NULL THEN 'role' END
           AS entity_type,
         COALESCE(u.path, r.path) AS path, COALESCE(u.user_name, r.role_name) AS name
       FROM role_trust_principals t
       LEFT JOIN users u ON u.user_id = t.unique_id
       LEFT JOIN roles r ON r.role_id = t.unique_id
       WHERE t.role_pk = ?`,
    );
    this.userIdStmt = selectRows<[string, string, string], { user_id: string }>(
      db,
      'SELECT user_id FROM users WHERE user_name_key = ? AND user_name = ? AND path = ?',
    );
    this.roleIdStmt = selectRows<[string, string, string], { role_id: string }>(
      db,
      'SELECT role_id FROM roles WHERE role_name_key = ? AND role_name = ? AND path = ?',
    );
  }

  /**
   * The unique ID of the user or role with exactly this path and name. An ARN is matched as
   * written, as AssumeRole matches its RoleArn.
   */
  uniqueIdOf(entity: EntityName): string | undefined {
    const key = [nameKey(entity.Name), entity.Name, entity.Path] as const;
    if (entity.Type === 'user') return this.userIdStmt.get(...key)?.user_id;
    return this.roleIdStmt.get(...key)?.role_id;
  }

  /** The role's principals, replacing those of the trust policy it had before. */
  replace(rolePk: number, principals: readonly TrustPrincipal[]): void {
    this.deleteStmt.run(rolePk);
    for (const { principalArn, uniqueId } of principals) {
      this.insertStmt.run(rolePk, principalArn, uniqueId);
    }
  }

  forRole(rolePk: number): StoredTrustPrincipal[] {
    return this.forRoleStmt.all(rolePk).map(toStored);
  }
}
