import type { Db } from './database.ts';
import { nameKey, pathPrefixBound, selectRows, toDate } from './database.ts';

export interface RoleRecord {
  pk: number;
  roleId: string;
  roleName: string;
  path: string;
  /** The trust policy as the caller sent it (decoded JSON text). */
  assumeRolePolicyDocument: string;
  description?: string;
  maxSessionDuration: number;
  createDate: Date;
}

interface RoleRow {
  pk: number;
  role_id: string;
  role_name: string;
  path: string;
  assume_role_policy_document: string;
  description: string | null;
  max_session_duration: number;
  create_date: number;
}

function toRecord(row: RoleRow): RoleRecord {
  return {
    pk: row.pk,
    roleId: row.role_id,
    roleName: row.role_name,
    path: row.path,
    assumeRolePolicyDocument: row.assume_role_policy_document,
    description: row.description ?? undefined,
    maxSessionDuration: row.max_session_duration,
    createDate: toDate(row.create_date),
  };
}

export type RoleChanges = Partial<
  Pick<RoleRecord, 'assumeRolePolicyDocument' | 'description' | 'maxSessionDuration'>
>;

export class RoleStore {
  private readonly insertStmt;
  private readonly byNameStmt;
  private readonly byPkStmt;
  private readonly listStmt;
  private readonly updateStmt;
  private readonly deleteStmt;
  private readonly countStmt;

  constructor(db: Db) {
    this.insertStmt = db.prepare(
      `INSERT INTO roles (role_id, role_name, role_name_key, path, assume_role_policy_document,
         description, max_session_duration, create_date)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    this.byNameStmt = selectRows<[string], RoleRow>(
      db,
      'SELECT * FROM roles WHERE role_name_key = ?',
    );
    this.byPkStmt = selectRows<[number], RoleRow>(db, 'SELECT * FROM roles WHERE pk = ?');
    this.listStmt = selectRows<[string, string, string, number], RoleRow>(
      db,
      `SELECT * FROM roles WHERE path >= ? AND path < ? AND role_name_key > ?
       ORDER BY role_name_key LIMIT ?`,
    );
    this.updateStmt = db.prepare(
      `UPDATE roles SET assume_role_policy_document = ?, description = ?,
         max_session_duration = ? WHERE pk = ?`,
    );
    this.deleteStmt = db.prepare('DELETE FROM roles WHERE pk = ?');
    this.countStmt = selectRows<[], { n: number }>(db, 'SELECT COUNT(*) AS n FROM roles');
  }

  insert(role: Omit<RoleRecord, 'pk'>): RoleRecord {
    const info = this.insertStmt.run(
      role.roleId,
      role.roleName,
      nameKey(role.roleName),
      role.path,
      role.assumeRolePolicyDocument,
      role.description ?? null,
      role.maxSessionDuration,
      role.createDate.getTime(),
    );
    return { ...role, pk: Number(info.lastInsertRowid) };
  }

  byName(roleName: string): RoleRecord | undefined {
    const row = this.byNameStmt.get(nameKey(roleName));
    return row && toRecord(row);
  }

  byPk(pk: number): RoleRecord | undefined {
    const row = this.byPkStmt.get(pk);
    return row && toRecord(row);
  }

  list(pathPrefix: string, after: string, limit: number): RoleRecord[] {
    return this.listStmt.all(pathPrefix, pathPrefixBound(pathPrefix), after, limit).map(toRecord);
  }

  /** Applies the fields given and keeps the others. */
  update(role: RoleRecord, changes: RoleChanges): RoleRecord {
    const next = { ...role, ...definedOnly(changes) };
    this.updateStmt.run(
      next.assumeRolePolicyDocument,
      next.description ?? null,
      next.maxSessionDuration,
      role.pk,
    );
    return next;
  }

  delete(pk: number): void {
    this.deleteStmt.run(pk);
  }

  count(): number {
    return this.countStmt.get()?.n ?? 0;
  }
}

function definedOnly<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}
