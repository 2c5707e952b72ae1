import { ConsoleError } from '../../aws/errors.ts';
import type { CallerIdentity, Credentials, Session, Target } from '../../session/types.ts';

export interface PasswordSignInInput {
  account: string;
  userName: string;
  password: string;
  mfaCode: string;
}

/** What the local account's sign-in answered. */
export type PasswordSignInResult =
  | { kind: 'signed-in'; session: Session }
  /** The password was right; the user has an MFA device and must give its code. */
  | { kind: 'mfa-required' }
  /** Signed in, but the login profile requires a new password before anything else. */
  | { kind: 'password-reset-required'; session: Session };

interface SignInAnswer {
  credentials?: Required<Credentials>;
  identity?: CallerIdentity;
  passwordResetRequired?: boolean;
  mfaAuthenticated?: boolean;
  mfaRequired?: boolean;
  message?: string;
}

/** The local account's password sign-in sits beside its IAM endpoint, `/local-aws/`. */
export function consoleSignInUrl(target: Target): string {
  if (target.kind !== 'local') {
    throw new ConsoleError(
      'PasswordSignInUnavailable',
      'Password sign-in is only for the local account. Sign in with access keys instead.',
    );
  }
  return new URL('_console-signin', target.endpoint).toString();
}

/**
 * Signs an IAM user in with the password of its login profile, as the AWS console does, and
 * gets temporary credentials for that user. The password travels in the POST body only.
 */
export async function signInWithPassword(
  input: PasswordSignInInput,
  target: Target,
  fetchImpl: typeof fetch = fetch,
): Promise<PasswordSignInResult> {
  const response = await fetchImpl(consoleSignInUrl(target), {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    credentials: 'omit',
    cache: 'no-store',
    body: JSON.stringify({
      accountIdOrAlias: input.account.trim(),
      userName: input.userName.trim(),
      password: input.password,
      mfaCode: input.mfaCode.trim() || undefined,
    }),
  });
  const answer = (await response.json().catch(() => ({}))) as SignInAnswer;

  if (answer.mfaRequired) return { kind: 'mfa-required' };
  if (!response.ok) {
    throw new ConsoleError(
      response.status === 401 ? 'SignInFailed' : `HTTP${response.status}`,
      answer.message ?? `The sign-in answered HTTP ${response.status}.`,
    );
  }
  if (!answer.credentials || !answer.identity) {
    throw new ConsoleError('InvalidResponse', 'The sign-in answered without credentials.');
  }

  const session: Session = {
    target,
    credentials: answer.credentials,
    identity: answer.identity,
    style: 'iam-user',
    mfaAuthenticated: answer.mfaAuthenticated === true,
  };
  return answer.passwordResetRequired
    ? { kind: 'password-reset-required', session }
    : { kind: 'signed-in', session };
}
