import type { Db } from './database.ts';
import { selectRows, toDate } from './database.ts';

export interface AccountRecord {
  accountId: string;
  /** The root key created at first start, which the server prints. */
  rootAccessKeyId: string;
  createDate: Date;
}

interface AccountRow {
  account_id: string;
  root_access_key_id: string;
  create_date: number;
}

export class AccountStore {
  private readonly getStmt;
  private readonly insertStmt;
  private readonly rootKeyStmt;
  private readonly aliasesStmt;
  private readonly clearAliasesStmt;
  private readonly addAliasStmt;
  private readonly deleteAliasStmt;

  constructor(db: Db) {
    this.getStmt = selectRows<[], AccountRow>(db, 'SELECT * FROM account WHERE singleton = 1');
    this.insertStmt = db.prepare(
      `INSERT INTO account (singleton, account_id, root_access_key_id, create_date)
       VALUES (1, ?, ?, ?)`,
    );
    this.rootKeyStmt = db.prepare('UPDATE account SET root_access_key_id = ? WHERE singleton = 1');
    this.aliasesStmt = selectRows<[], { account_alias: string }>(
      db,
      'SELECT account_alias FROM account_aliases ORDER BY account_alias',
    );
    this.clearAliasesStmt = db.prepare('DELETE FROM account_aliases');
    this.addAliasStmt = db.prepare('INSERT INTO account_aliases (account_alias) VALUES (?)');
    this.deleteAliasStmt = db.prepare('DELETE FROM account_aliases WHERE account_alias = ?');
  }

  get(): AccountRecord | undefined {
    const row = this.getStmt.get();
    if (!row) return undefined;
    return {
      accountId: row.account_id,
      rootAccessKeyId: row.root_access_key_id,
      createDate: toDate(row.create_date),
    };
  }

  insert(account: AccountRecord): void {
    this.insertStmt.run(account.accountId, account.rootAccessKeyId, account.createDate.getTime());
  }

  setRootAccessKeyId(accessKeyId: string): void {
    this.rootKeyStmt.run(accessKeyId);
  }

  aliases(): string[] {
    return this.aliasesStmt.all().map((row) => row.account_alias);
  }

  /** An account has at most one alias: setting one replaces any other. */
  setAlias(alias: string): void {
    this.clearAliasesStmt.run();
    this.addAliasStmt.run(alias);
  }

  deleteAlias(alias: string): boolean {
    return this.deleteAliasStmt.run(alias).changes > 0;
  }
}
