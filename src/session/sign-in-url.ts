import type { Target } from './types.ts';

export interface SignInUrls {
  /** AWS's host form, `<alias>.signin.aws.amazon.com/console`, mapped onto *.localhost. */
  hostForm?: string;
  /** The path form, for hosts without wildcard DNS. */
  pathForm: string;
}

const ALIAS_HOST = /^([a-z0-9-]+)\.signin\.localhost$/i;

/** The alias in `<alias>.signin.localhost`, or undefined on any other host. */
export function aliasFromHostname(hostname: string): string | undefined {
  return ALIAS_HOST.exec(hostname)?.[1]?.toLowerCase();
}

/**
 * The IAM users' sign-in URLs for an account (alias when it has one, else the ID). The host
 * form only serves the local target: a browser resolves `*.localhost` to loopback, where this
 * console and its local account run.
 */
export function signInUrls(
  target: Target,
  account: string,
  location: Pick<Location, 'origin' | 'protocol' | 'hostname' | 'port'>,
): SignInUrls {
  const encoded = encodeURIComponent(account);
  const port = location.port ? `:${location.port}` : '';
  // Signed in through <alias>.signin.localhost, the console itself is at localhost.
  const consoleOrigin = aliasFromHostname(location.hostname)
    ? `${location.protocol}//localhost${port}`
    : location.origin;
  const pathForm = `${consoleOrigin}/signin/${encoded}`;
  if (target.kind !== 'local') return { pathForm };

  return { hostForm: `${location.protocol}//${encoded}.signin.localhost${port}/console`, pathForm };
}
