import type { Db } from './database.ts';
import { selectRows, toDate } from './database.ts';

export interface LoginProfileRecord {
  userPk: number;
  passwordHash: string;
  passwordResetRequired: boolean;
  createDate: Date;
}

interface LoginProfileRow {
  user_pk: number;
  password_hash: string;
  password_reset_required: number;
  create_date: number;
}

export class LoginProfileStore {
  private readonly getStmt;
  private readonly insertStmt;
  private readonly updateStmt;
  private readonly deleteStmt;

  constructor(db: Db) {
    this.getStmt = selectRows<[number], LoginProfileRow>(
      db,
      'SELECT * FROM login_profiles WHERE user_pk = ?',
    );
    this.insertStmt = db.prepare(
      `INSERT INTO login_profiles (user_pk, password_hash, password_reset_required, create_date)
       VALUES (?, ?, ?, ?)`,
    );
    this.updateStmt = db.prepare(
      `UPDATE login_profiles SET password_hash = ?, password_reset_required = ?
       WHERE user_pk = ?`,
    );
    this.deleteStmt = db.prepare('DELETE FROM login_profiles WHERE user_pk = ?');
  }

  get(userPk: number): LoginProfileRecord | undefined {
    const row = this.getStmt.get(userPk);
    if (!row) return undefined;
    return {
      userPk: row.user_pk,
      passwordHash: row.password_hash,
      passwordResetRequired: row.password_reset_required === 1,
      createDate: toDate(row.create_date),
    };
  }

  insert(profile: LoginProfileRecord): void {
    this.insertStmt.run(
      profile.userPk,
      profile.passwordHash,
      profile.passwordResetRequired ? 1 : 0,
      profile.createDate.getTime(),
    );
  }

  update(profile: LoginProfileRecord): void {
    this.updateStmt.run(
      profile.passwordHash,
      profile.passwordResetRequired ? 1 : 0,
      profile.userPk,
    );
  }

  delete(userPk: number): void {
    this.deleteStmt.run(userPk);
  }
}
