import type { Db } from './database.ts';
import { optionalDate, selectRows, toDate } from './database.ts';

/** ConsoleSignIn: the console's own password sign-in, which may call IAM without MFA. */
export type SessionSource = 'GetSessionToken' | 'AssumeRole' | 'ConsoleSignIn';

/**
 * Temporary credentials and the identity they act as: the root user (no user or role), an IAM
 * user (GetSessionToken), or a role session (AssumeRole).
 */
export interface SessionRecord {
  accessKeyId: string;
  secretAccessKey: string;
  sessionTokenSha256: string;
  source: SessionSource;
  userPk?: number;
  rolePk?: number;
  roleSessionName?: string;
  /** Issued to a role session's credentials: role chaining, capped at one hour. */
  roleChained: boolean;
  mfaAuthenticatedAt?: Date;
  issuedAt: Date;
  expiration: Date;
}

interface SessionRow {
  access_key_id: string;
  secret_access_key: string;
  session_token_sha256: string;
  source: SessionSource;
  user_pk: number | null;
  role_pk: number | null;
  role_session_name: string | null;
  role_chained: number;
  mfa_authenticated_at: number | null;
  issued_at: number;
  expiration: number;
}

function toRecord(row: SessionRow): SessionRecord {
  return {
    accessKeyId: row.access_key_id,
    secretAccessKey: row.secret_access_key,
    sessionTokenSha256: row.session_token_sha256,
    source: row.source,
    userPk: row.user_pk ?? undefined,
    rolePk: row.role_pk ?? undefined,
    roleSessionName: row.role_session_name ?? undefined,
    roleChained: row.role_chained === 1,
    mfaAuthenticatedAt: optionalDate(row.mfa_authenticated_at),
    issuedAt: toDate(row.issued_at),
    expiration: toDate(row.expiration),
  };
}

export class SessionStore {
  private readonly insertStmt;
  private readonly byIdStmt;
  private readonly purgeStmt;

  constructor(db: Db) {
    this.insertStmt = db.prepare(
      `INSERT INTO sts_sessions (access_key_id, secret_access_key, session_token_sha256, source,
         user_pk, role_pk, role_session_name, role_chained, mfa_authenticated_at, issued_at,
         expiration) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    this.byIdStmt = selectRows<[string], SessionRow>(
      db,
      'SELECT * FROM sts_sessions WHERE access_key_id = ?',
    );
    this.purgeStmt = db.prepare('DELETE FROM sts_sessions WHERE expiration < ?');
  }

  insert(session: SessionRecord): void {
    this.insertStmt.run(
      session.accessKeyId,
      session.secretAccessKey,
      session.sessionTokenSha256,
      session.source,
      session.userPk ?? null,
      session.rolePk ?? null,
      session.roleSessionName ?? null,
      session.roleChained ? 1 : 0,
      session.mfaAuthenticatedAt?.getTime() ?? null,
      session.issuedAt.getTime(),
      session.expiration.getTime(),
    );
  }

  byId(accessKeyId: string): SessionRecord | undefined {
    const row = this.byIdStmt.get(accessKeyId);
    return row && toRecord(row);
  }

  /** Drops sessions that expired before `before`, so the table does not grow without end. */
  purgeExpired(before: Date): void {
    this.purgeStmt.run(before.getTime());
  }
}
