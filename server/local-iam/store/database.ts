import Database from 'better-sqlite3';
import { SCHEMA, SCHEMA_VERSION, TABLES } from './schema.ts';

export type Db = Database.Database;

/** Opens (and creates on first use) the account's SQLite file, or an in-memory database. */
export function openDatabase(dataPath: string): Db {
  const db = new Database(dataPath);
  if (dataPath !== ':memory:') {
    // WAL lets readers proceed while a write commits; the console reads far more than it writes.
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
  }
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');

  const version = db.pragma('user_version', { simple: true }) as number;
  if (version > SCHEMA_VERSION) {
    db.close();
    throw new Error(
      `${dataPath} was written by a newer version (schema ${version}, this one knows ` +
        `${SCHEMA_VERSION}); use a newer IAM Console or another LOCAL_ACCOUNT_DATA file.`,
    );
  }
  db.exec(SCHEMA);
  db.pragma(`user_version = ${SCHEMA_VERSION}`);
  return db;
}

/** Drops every row and recreates the schema, for `reset()`. */
export function wipeDatabase(db: Db): void {
  db.transaction(() => {
    for (const table of TABLES) db.exec(`DELETE FROM ${table}`);
  })();
}

/** Lower-cased key that makes IAM names unique regardless of case and sorts listings. */
export function nameKey(name: string): string {
  return name.toLowerCase();
}

/** Upper bound for a `path >= prefix AND path < bound` range: paths are ASCII 0x21–0x7E. */
export function pathPrefixBound(prefix: string): string {
  return prefix + '\u007f';
}

export function toDate(epochMs: number): Date {
  return new Date(epochMs);
}

export function optionalDate(epochMs: number | null): Date | undefined {
  return epochMs === null ? undefined : new Date(epochMs);
}
