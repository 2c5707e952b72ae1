/**
 * The console's password sign-in for IAM users, which the AWS API has no operation for: the AWS
 * console checks the login profile's password (and the user's MFA device) and then works with
 * temporary credentials for that user. This does the same for the local account.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/console_sign-in-mfa.html
 */
import { userArn } from './arns.ts';
import { issueTemporaryCredentials } from './auth/temporary-credentials.ts';
import { KeyMaterialError } from './keys/errors.ts';
import { verifyCode } from './keys/totp.ts';
import { hashPassword, verifyPassword } from './operations/passwords.ts';
import type { Store } from './store/store.ts';
import type { UserRecord } from './store/users.ts';

export interface ConsoleSignInInput {
  accountIdOrAlias: string;
  userName: string;
  password: string;
  mfaCode?: string;
}

export interface ConsoleSession {
  credentials: {
    AccessKeyId: string;
    SecretAccessKey: string;
    SessionToken: string;
    Expiration: string;
  };
  identity: { Account: string; Arn: string; UserId: string };
  /** The login profile asks for a new password: the app must have it changed before anything. */
  passwordResetRequired: boolean;
  mfaAuthenticated: boolean;
}

export type ConsoleSignInResult =
  | { outcome: 'signed-in'; session: ConsoleSession }
  /** The password was right and the user has an MFA device: ask for its code. */
  | { outcome: 'mfa-required' }
  /** Anything wrong; which part is never told. */
  | { outcome: 'refused' };

/** The one answer for every failure, so a caller cannot probe for user names or passwords. */
export const SIGN_IN_REFUSED = 'Your authentication information is incorrect.';

/** IAM users' console sessions last 12 hours, as the AWS console's do. */
const SESSION_SECONDS = 12 * 60 * 60;

let decoyHash: Promise<string> | undefined;

/**
 * A hash to check against when there is no user or profile, so a refusal takes as long as a
 * wrong password and the timing does not tell which user names exist.
 */
function decoy(): Promise<string> {
  decoyHash ??= hashPassword('decoy-password-never-matches');
  return decoyHash;
}

function isThisAccount(store: Store, accountId: string, accountIdOrAlias: string): boolean {
  const given = accountIdOrAlias.trim().toLowerCase();
  return given === accountId || store.account.aliases().includes(given);
}

/** Checks a code against each of the user's devices and spends it on the one it matches. */
function acceptMfaCode(store: Store, user: UserRecord, code: string, now: Date): boolean {
  return store.transaction(() => {
    for (const device of store.mfaDevices.assignedTo(user.pk)) {
      try {
        const step = verifyCode(device.seed, code, now, device.lastUsedStep);
        store.mfaDevices.setLastUsedStep(device.pk, step);
        return true;
      } catch (error) {
        if (!(error instanceof KeyMaterialError)) throw error;
      }
    }
    return false;
  });
}

export async function consoleSignIn(
  store: Store,
  accountId: string,
  input: ConsoleSignInInput,
  now: Date,
): Promise<ConsoleSignInResult> {
  const user = isThisAccount(store, accountId, input.accountIdOrAlias)
    ? store.users.byName(input.userName)
    : undefined;
  const profile = user && store.loginProfiles.get(user.pk);
  const passwordMatches = await verifyPassword(
    input.password,
    profile?.passwordHash ?? (await decoy()),
  );
  if (!user || !profile || !passwordMatches) return { outcome: 'refused' };

  const hasDevice = store.mfaDevices.assignedTo(user.pk).length > 0;
  const mfaCode = input.mfaCode?.trim() ?? '';
  if (hasDevice && mfaCode === '') return { outcome: 'mfa-required' };
  if (mfaCode !== '' && !acceptMfaCode(store, user, mfaCode, now)) return { outcome: 'refused' };

  const mfaAuthenticated = mfaCode !== '';
  const credentials = store.transaction(() => {
    // IAM's PasswordLastUsed: when the password last signed the user in to the console, the
    // figure administrators read to find passwords nobody uses.
    store.users.recordPasswordUse(user.pk, now);
    return issueTemporaryCredentials(store, {
      source: 'ConsoleSignIn',
      userPk: user.pk,
      mfaAuthenticatedAt: mfaAuthenticated ? now : undefined,
      issuedAt: now,
      durationSeconds: SESSION_SECONDS,
    });
  });
  return {
    outcome: 'signed-in',
    session: {
      credentials: { ...credentials, Expiration: credentials.Expiration.toISOString() },
      identity: {
        Account: accountId,
        Arn: userArn(accountId, user.path, user.userName),
        UserId: user.userId,
      },
      passwordResetRequired: profile.passwordResetRequired,
      mfaAuthenticated,
    },
  };
}

/** Reads the JSON body's fields, or undefined when the shape is not the one expected. */
export function parseConsoleSignInInput(body: unknown): ConsoleSignInInput | undefined {
  if (typeof body !== 'object' || body === null) return undefined;
  const { accountIdOrAlias, userName, password, mfaCode } = body as Record<string, unknown>;
  const short = (value: unknown, max: number): value is string =>
    typeof value === 'string' && value.length > 0 && value.length <= max;
  // Bounds from IAM's own: user names of 64 characters, passwords of 128.
  if (!short(accountIdOrAlias, 63) || !short(userName, 64) || !short(password, 128)) {
    return undefined;
  }
  if (mfaCode === undefined || mfaCode === '') {
    return { accountIdOrAlias, userName, password };
  }
  if (typeof mfaCode !== 'string' || !/^\d{6}$/.test(mfaCode)) return undefined;
  return { accountIdOrAlias, userName, password, mfaCode };
}
