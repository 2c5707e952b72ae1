/**
 * Temporary credentials from GetSessionToken and AssumeRole: an ASIA access key ID, a secret and
 * a session token that must travel with every request signed with them
 * (`X-Amz-Security-Token`). https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_temp_use-resources.html
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { ExpiredTokenError, InvalidClientTokenIdError } from '../errors.ts';
import { newAccessKeyId, newSecretAccessKey } from '../ids.ts';
import type { SessionRecord, SessionSource } from '../store/sessions.ts';
import type { Store } from '../store/store.ts';
import type { Caller } from './caller.ts';

/** Temporary access key IDs are ASIA and 16 characters, 20 in all, like long-term ones. */
function newTemporaryAccessKeyId(): string {
  return newAccessKeyId('ASIA');
}

/** Opaque to clients; AWS's tokens run to several hundred characters, and so does this one. */
function newSessionToken(): string {
  return randomBytes(384).toString('base64');
}

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

export interface TemporaryCredentials {
  AccessKeyId: string;
  SecretAccessKey: string;
  SessionToken: string;
  Expiration: Date;
}

export interface SessionGrant {
  source: SessionSource;
  /** Undefined with no role: the root user. */
  userPk?: number;
  rolePk?: number;
  roleSessionName?: string;
  roleChained?: boolean;
  mfaAuthenticatedAt?: Date;
  issuedAt: Date;
  durationSeconds: number;
}

/** Stores a session and returns its credentials: the only time the token is shown. */
export function issueTemporaryCredentials(store: Store, grant: SessionGrant): TemporaryCredentials {
  const credentials: TemporaryCredentials = {
    AccessKeyId: newTemporaryAccessKeyId(),
    SecretAccessKey: newSecretAccessKey(),
    SessionToken: newSessionToken(),
    Expiration: new Date(grant.issuedAt.getTime() + grant.durationSeconds * 1000),
  };
  store.transaction(() => {
    store.sessions.purgeExpired(grant.issuedAt);
    store.sessions.insert({
      accessKeyId: credentials.AccessKeyId,
      secretAccessKey: credentials.SecretAccessKey,
      sessionTokenSha256: sha256(credentials.SessionToken),
      source: grant.source,
      userPk: grant.userPk,
      rolePk: grant.rolePk,
      roleSessionName: grant.roleSessionName,
      roleChained: grant.roleChained ?? false,
      mfaAuthenticatedAt: grant.mfaAuthenticatedAt,
      issuedAt: grant.issuedAt,
      expiration: credentials.Expiration,
    });
  });
  return credentials;
}

function sameToken(session: SessionRecord, sessionToken: string): boolean {
  const given = Buffer.from(sha256(sessionToken), 'hex');
  const stored = Buffer.from(session.sessionTokenSha256, 'hex');
  return given.length === stored.length && timingSafeEqual(given, stored);
}

/**
 * The session an ASIA key belongs to, when the token is the one issued with it. A missing,
 * forged or borrowed token is InvalidClientTokenId, as AWS answers; expiry is checked apart,
 * once the signature is known to be good.
 */
export function findSession(
  store: Store,
  accessKeyId: string,
  sessionToken: string | undefined,
): SessionRecord {
  const session = store.sessions.byId(accessKeyId);
  if (!session || sessionToken === undefined || !sameToken(session, sessionToken)) {
    throw new InvalidClientTokenIdError();
  }
  return session;
}

export function checkNotExpired(session: SessionRecord, now: Date): void {
  if (now.getTime() >= session.expiration.getTime()) throw new ExpiredTokenError();
}

/** Who the session acts as; a user or role deleted since makes the token invalid. */
export function sessionCaller(store: Store, session: SessionRecord): Caller {
  const facts = {
    source: session.source,
    expiration: session.expiration,
    issuedAt: session.issuedAt,
    mfaAuthenticatedAt: session.mfaAuthenticatedAt,
    roleChained: session.roleChained,
  };
  if (session.rolePk !== undefined) {
    const role = store.roles.byPk(session.rolePk);
    if (!role || session.roleSessionName === undefined) throw new InvalidClientTokenIdError();
    return {
      kind: 'assumed-role',
      accessKeyId: session.accessKeyId,
      role,
      roleSessionName: session.roleSessionName,
      session: facts,
    };
  }
  if (session.userPk !== undefined) {
    const user = store.users.byPk(session.userPk);
    if (!user) throw new InvalidClientTokenIdError();
    return { kind: 'user', accessKeyId: session.accessKeyId, user, session: facts };
  }
  return { kind: 'root', accessKeyId: session.accessKeyId, session: facts };
}
