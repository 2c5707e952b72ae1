import type { Db } from './database.ts';
import { selectRows, toDate } from './database.ts';

/** The account password policy in IAM's own field names. */
export interface PasswordPolicyRecord {
  MinimumPasswordLength: number;
  RequireSymbols: boolean;
  RequireNumbers: boolean;
  RequireUppercaseCharacters: boolean;
  RequireLowercaseCharacters: boolean;
  AllowUsersToChangePassword: boolean;
  /** Days; undefined when passwords never expire. */
  MaxPasswordAge?: number;
  /** How many earlier passwords a user may not reuse; undefined when reuse is allowed. */
  PasswordReusePrevention?: number;
  HardExpiry: boolean;
}

export interface PasswordHistoryEntry {
  passwordHash: string;
  setDate: Date;
}

/** The account's single password policy, and the earlier password hashes of each user. */
export class PasswordPolicyStore {
  private readonly getStmt;
  private readonly putStmt;
  private readonly deleteStmt;
  private readonly addHistoryStmt;
  private readonly historyStmt;
  private readonly trimHistoryStmt;

  constructor(db: Db) {
    this.getStmt = selectRows<[], { policy: string }>(
      db,
      'SELECT policy FROM account_password_policy WHERE singleton = 1',
    );
    this.putStmt = db.prepare(
      `INSERT INTO account_password_policy (singleton, policy) VALUES (1, ?)
       ON CONFLICT (singleton) DO UPDATE SET policy = excluded.policy`,
    );
    this.deleteStmt = db.prepare('DELETE FROM account_password_policy WHERE singleton = 1');
    this.addHistoryStmt = db.prepare(
      'INSERT INTO password_history (user_pk, password_hash, set_date) VALUES (?, ?, ?)',
    );
    this.historyStmt = selectRows<[number], { password_hash: string; set_date: number }>(
      db,
      `SELECT password_hash, set_date FROM password_history WHERE user_pk = ?
       ORDER BY set_date DESC, rowid DESC`,
    );
    this.trimHistoryStmt = db.prepare(
      `DELETE FROM password_history WHERE user_pk = ? AND rowid NOT IN (
         SELECT rowid FROM password_history WHERE user_pk = ?
         ORDER BY set_date DESC, rowid DESC LIMIT ?)`,
    );
  }

  get(): PasswordPolicyRecord | undefined {
    const row = this.getStmt.get();
    return row && (JSON.parse(row.policy) as PasswordPolicyRecord);
  }

  put(policy: PasswordPolicyRecord): void {
    this.putStmt.run(JSON.stringify(policy));
  }

  delete(): boolean {
    return this.deleteStmt.run().changes > 0;
  }

  /** Records a password a user has set, keeping only the `keep` most recent ones. */
  remember(userPk: number, passwordHash: string, setDate: Date, keep: number): void {
    this.addHistoryStmt.run(userPk, passwordHash, setDate.getTime());
    this.trimHistoryStmt.run(userPk, userPk, keep);
  }

  /** A user's earlier password hashes, most recent first. */
  history(userPk: number): PasswordHistoryEntry[] {
    return this.historyStmt
      .all(userPk)
      .map((row) => ({ passwordHash: row.password_hash, setDate: toDate(row.set_date) }));
  }
}
