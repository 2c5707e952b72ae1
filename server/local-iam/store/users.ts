import type { Db } from './database.ts';
import { nameKey, optionalDate, pathPrefixBound, selectRows, toDate } from './database.ts';

export interface UserRecord {
  pk: number;
  userId: string;
  userName: string;
  path: string;
  createDate: Date;
  passwordLastUsed?: Date;
}

interface UserRow {
  pk: number;
  user_id: string;
  user_name: string;
  path: string;
  create_date: number;
  password_last_used: number | null;
}

function toRecord(row: UserRow): UserRecord {
  return {
    pk: row.pk,
    userId: row.user_id,
    userName: row.user_name,
    path: row.path,
    createDate: toDate(row.create_date),
    passwordLastUsed: optionalDate(row.password_last_used),
  };
}

export class UserStore {
  private readonly insertStmt;
  private readonly byNameStmt;
  private readonly byPkStmt;
  private readonly listStmt;
  private readonly updateStmt;
  private readonly deleteStmt;
  private readonly passwordUsedStmt;
  private readonly countStmt;

  constructor(db: Db) {
    this.insertStmt = db.prepare(
      `INSERT INTO users (user_id, user_name, user_name_key, path, create_date)
       VALUES (?, ?, ?, ?, ?)`,
    );
    this.byNameStmt = selectRows<[string], UserRow>(
      db,
      'SELECT * FROM users WHERE user_name_key = ?',
    );
    this.byPkStmt = selectRows<[number], UserRow>(db, 'SELECT * FROM users WHERE pk = ?');
    this.listStmt = selectRows<[string, string, string, number], UserRow>(
      db,
      `SELECT * FROM users WHERE path >= ? AND path < ? AND user_name_key > ?
       ORDER BY user_name_key LIMIT ?`,
    );
    this.updateStmt = db.prepare(
      'UPDATE users SET user_name = ?, user_name_key = ?, path = ? WHERE pk = ?',
    );
    this.deleteStmt = db.prepare('DELETE FROM users WHERE pk = ?');
    this.passwordUsedStmt = db.prepare('UPDATE users SET password_last_used = ? WHERE pk = ?');
    this.countStmt = selectRows<[], { n: number }>(db, 'SELECT COUNT(*) AS n FROM users');
  }

  insert(user: Omit<UserRecord, 'pk' | 'passwordLastUsed'>): UserRecord {
    const info = this.insertStmt.run(
      user.userId,
      user.userName,
      nameKey(user.userName),
      user.path,
      user.createDate.getTime(),
    );
    return { ...user, pk: Number(info.lastInsertRowid) };
  }

  byName(userName: string): UserRecord | undefined {
    const row = this.byNameStmt.get(nameKey(userName));
    return row && toRecord(row);
  }

  byPk(pk: number): UserRecord | undefined {
    const row = this.byPkStmt.get(pk);
    return row && toRecord(row);
  }

  /** Users whose path starts with `pathPrefix`, by name, after the name key `after`. */
  list(pathPrefix: string, after: string, limit: number): UserRecord[] {
    return this.listStmt.all(pathPrefix, pathPrefixBound(pathPrefix), after, limit).map(toRecord);
  }

  update(pk: number, userName: string, path: string): void {
    this.updateStmt.run(userName, nameKey(userName), path, pk);
  }

  delete(pk: number): void {
    this.deleteStmt.run(pk);
  }

  /** A console sign-in with the user's password: GetUser's and ListUsers' PasswordLastUsed. */
  recordPasswordUse(pk: number, at: Date): void {
    this.passwordUsedStmt.run(at.getTime(), pk);
  }

  count(): number {
    return this.countStmt.get()?.n ?? 0;
  }
}
