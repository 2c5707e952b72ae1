import {
  IncompleteSignatureError,
  InvalidClientTokenIdError,
  MissingAuthenticationTokenError,
  SignatureDoesNotMatchError,
} from '../errors.ts';
import type { Store } from '../store/store.ts';
import type { Service } from '../xml/serialize.ts';
import type { Caller } from './caller.ts';
import { checkNotExpired, findSession, sessionCaller } from './temporary-credentials.ts';
import {
  checkClockSkew,
  parseAmzDate,
  parseAuthorization,
  verifySignature,
  type SignedRequest,
} from './sigv4.ts';

export interface Authenticated {
  caller: Caller;
  service: Service;
  region: string;
}

function isService(name: string): name is Service {
  return name === 'iam' || name === 'sts';
}

/**
 * Verifies a request's SigV4 signature against the access keys this account issued, and
 * records the key's last use. Errors follow AWS's codes for each failure.
 */
export async function authenticate(
  request: SignedRequest,
  store: Store,
  now: Date,
): Promise<Authenticated> {
  const header = request.headers.authorization;
  if (typeof header !== 'string' || header === '') throw new MissingAuthenticationTokenError();

  const auth = parseAuthorization(header);
  if (!isService(auth.service)) {
    throw new SignatureDoesNotMatchError(
      `Credential should be scoped to correct service: 'iam' or 'sts', not '${auth.service}'.`,
    );
  }

  const tokenHeader = request.headers['x-amz-security-token'];
  const sessionToken = Array.isArray(tokenHeader) ? tokenHeader.join(',') : tokenHeader;
  // Temporary (ASIA) keys need the session token issued with them.
  const session = auth.accessKeyId.startsWith('ASIA')
    ? findSession(store, auth.accessKeyId, sessionToken)
    : undefined;
  const key = session ? undefined : store.accessKeys.byId(auth.accessKeyId);
  // Session tokens are for temporary (ASIA) keys only; a token beside a long-term key is
  // refused the way AWS refuses an unknown token.
  if (!session && (!key || key.status !== 'Active' || sessionToken !== undefined)) {
    throw new InvalidClientTokenIdError();
  }
  const amzDate = request.headers['x-amz-date'];
  const signedAt = parseAmzDate(typeof amzDate === 'string' ? amzDate : undefined);
  if (!signedAt || !auth.signedHeaders.includes('x-amz-date')) {
    throw new IncompleteSignatureError(
      "Authorization header requires existence of a signed 'X-Amz-Date' header.",
    );
  }
  checkClockSkew(signedAt, now);
  await verifySignature(
    request,
    auth,
    session?.secretAccessKey ?? key?.secretAccessKey ?? '',
    signedAt,
  );
  if (session) {
    checkNotExpired(session, now);
    // GetSessionToken credentials got without MFA may call STS but not IAM.
    // https://docs.aws.amazon.com/STS/latest/APIReference/API_GetSessionToken.html
    if (
      auth.service === 'iam' &&
      session.source === 'GetSessionToken' &&
      session.mfaAuthenticatedAt === undefined
    ) {
      throw new InvalidClientTokenIdError();
    }
    return { caller: sessionCaller(store, session), service: auth.service, region: auth.region };
  }
  if (!key) throw new InvalidClientTokenIdError();

  const owner = key.userPk === undefined ? undefined : store.users.byPk(key.userPk);
  if (key.userPk !== undefined && !owner) throw new InvalidClientTokenIdError();
  if (needsUseRecorded(key, now, auth.service, auth.region)) {
    store.accessKeys.recordUse(key.accessKeyId, now, auth.service, auth.region);
  }

  const caller: Caller = owner
    ? { kind: 'user', accessKeyId: key.accessKeyId, user: owner }
    : { kind: 'root', accessKeyId: key.accessKeyId };
  return { caller, service: auth.service, region: auth.region };
}

/**
 * A write a request would slow every call; IAM itself reports last use with a delay of hours
 * (https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_last-accessed.html), so a
 * use within the last minute on the same service and region is not written again.
 */
const LAST_USED_RESOLUTION_MS = 60_000;

function needsUseRecorded(
  key: { lastUsedDate?: Date; lastUsedService?: string; lastUsedRegion?: string },
  now: Date,
  service: string,
  region: string,
): boolean {
  return (
    key.lastUsedDate === undefined ||
    key.lastUsedService !== service ||
    key.lastUsedRegion !== region ||
    now.getTime() - key.lastUsedDate.getTime() >= LAST_USED_RESOLUTION_MS
  );
}
