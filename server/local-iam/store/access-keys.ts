import Database from 'better-sqlite3';
import type { Db } from './database.ts';
import { optionalDate, selectRows, toDate } from './database.ts';

export type AccessKeyStatus = 'Active' | 'Inactive';

export interface AccessKeyRecord {
  accessKeyId: string;
  secretAccessKey: string;
  /** Undefined for the root user's keys. */
  userPk?: number;
  status: AccessKeyStatus;
  createDate: Date;
  lastUsedDate?: Date;
  lastUsedService?: string;
  lastUsedRegion?: string;
}

interface AccessKeyRow {
  access_key_id: string;
  secret_access_key: string;
  user_pk: number | null;
  status: AccessKeyStatus;
  create_date: number;
  last_used_date: number | null;
  last_used_service: string | null;
  last_used_region: string | null;
}

function toRecord(row: AccessKeyRow): AccessKeyRecord {
  return {
    accessKeyId: row.access_key_id,
    secretAccessKey: row.secret_access_key,
    userPk: row.user_pk ?? undefined,
    status: row.status,
    createDate: toDate(row.create_date),
    lastUsedDate: optionalDate(row.last_used_date),
    lastUsedService: row.last_used_service ?? undefined,
    lastUsedRegion: row.last_used_region ?? undefined,
  };
}

export class AccessKeyStore {
  private readonly insertStmt;
  private readonly byIdStmt;
  private readonly ofUserStmt;
  private readonly ofRootStmt;
  private readonly statusStmt;
  private readonly deleteStmt;
  private readonly recordUseStmt;

  constructor(db: Db) {
    this.insertStmt = db.prepare(
      `INSERT INTO access_keys (access_key_id, secret_access_key, user_pk, status, create_date)
       VALUES (?, ?, ?, ?, ?)`,
    );
    this.byIdStmt = selectRows<[string], AccessKeyRow>(
      db,
      'SELECT * FROM access_keys WHERE access_key_id = ?',
    );
    this.ofUserStmt = selectRows<[number], AccessKeyRow>(
      db,
      'SELECT * FROM access_keys WHERE user_pk = ? ORDER BY create_date, access_key_id',
    );
    this.ofRootStmt = selectRows<[], AccessKeyRow>(
      db,
      'SELECT * FROM access_keys WHERE user_pk IS NULL ORDER BY create_date, access_key_id',
    );
    this.statusStmt = db.prepare('UPDATE access_keys SET status = ? WHERE access_key_id = ?');
    this.deleteStmt = db.prepare('DELETE FROM access_keys WHERE access_key_id = ?');
    this.recordUseStmt = db.prepare(
      `UPDATE access_keys SET last_used_date = ?, last_used_service = ?, last_used_region = ?
       WHERE access_key_id = ?`,
    );
  }

  insert(key: Omit<AccessKeyRecord, 'lastUsedDate' | 'lastUsedService' | 'lastUsedRegion'>) {
    this.insertStmt.run(
      key.accessKeyId,
      key.secretAccessKey,
      key.userPk ?? null,
      key.status,
      key.createDate.getTime(),
    );
  }

  byId(accessKeyId: string): AccessKeyRecord | undefined {
    const row = this.byIdStmt.get(accessKeyId);
    return row && toRecord(row);
  }

  /** The keys of a user, or of the root user when `userPk` is undefined, oldest first. */
  ofOwner(userPk: number | undefined): AccessKeyRecord[] {
    const rows = userPk === undefined ? this.ofRootStmt.all() : this.ofUserStmt.all(userPk);
    return rows.map(toRecord);
  }

  setStatus(accessKeyId: string, status: AccessKeyStatus): void {
    this.statusStmt.run(status, accessKeyId);
  }

  delete(accessKeyId: string): void {
    this.deleteStmt.run(accessKeyId);
  }

  /**
   * Bookkeeping that every request does, reads included, so it must not make one fail: when
   * the file cannot take the write (disk full, read-only, locked by another process), the use
   * goes unrecorded and false is returned. IAM's own last-used data lags by hours.
   * https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_access-keys.html
   */
  recordUse(accessKeyId: string, date: Date, service: string, region: string): boolean {
    try {
      this.recordUseStmt.run(date.getTime(), service, region, accessKeyId);
      return true;
    } catch (error) {
      if (isStorageRefusal(error)) return false;
      throw error;
    }
  }
}

/** SQLite's codes for a write the storage cannot take now, as opposed to a faulty statement. */
function isStorageRefusal(error: unknown): boolean {
  const code = error instanceof Database.SqliteError ? error.code : '';
  return /^SQLITE_(FULL|READONLY|BUSY|IOERR)/.test(code);
}
