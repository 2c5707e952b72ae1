import { ConsoleError, toAwsError } from '../../aws/errors.ts';
import type { Target } from '../../session/types.ts';

type FetchLike = (input: string, init?: RequestInit) => Promise<Response>;

/** The `connect-src` sources of a Content-Security-Policy, or undefined when it sets none. */
export function connectSourcesOf(policy: string): string[] | undefined {
  const directives = policy.split(';').map((part) => part.trim().split(/\s+/));
  const connect = directives.find(([name]) => name?.toLowerCase() === 'connect-src');
  const fallback = directives.find(([name]) => name?.toLowerCase() === 'default-src');
  return (connect ?? fallback)?.slice(1);
}

/** Whether a CSP source list admits `origin`, for the source forms this console's server writes. */
export function allowsOrigin(sources: readonly string[], origin: string, self: string): boolean {
  const scheme = new URL(origin).protocol;
  return sources.some((source) => {
    if (source === '*' || source === scheme) return true;
    if (source === "'self'") return origin === self;
    return source.replace(/\/+$/, '').toLowerCase() === origin.toLowerCase();
  });
}

/** The page's own Content-Security-Policy, as this console's server sends it with the app. */
async function pagePolicy(fetchFn: FetchLike, self: string): Promise<string | undefined> {
  try {
    const response = await fetchFn(`${self}/`, { method: 'HEAD', cache: 'no-store' });
    return response.headers.get('content-security-policy') ?? undefined;
  } catch {
    return undefined;
  }
}

function endpointOrigin(endpoint: string): string | undefined {
  try {
    return new URL(endpoint).origin;
  } catch {
    return undefined;
  }
}

/**
 * A browser reports a connection its CSP refused, a CORS refusal and a dead endpoint alike, as a
 * bare "Failed to fetch". This turns that into the reason, read from the page's own policy: the
 * origin missing from CONSOLE_CONNECT_SOURCES, or an endpoint that is down or answers no CORS.
 * Any other error is returned unchanged.
 */
export async function explainBlockedConnection(
  error: unknown,
  target: Target,
  fetchFn: FetchLike = (input, init) => fetch(input, init),
  self: string = window.location.origin,
): Promise<unknown> {
  if (toAwsError(error).code !== 'NetworkError' || target.kind === 'local') return error;

  if (target.kind === 'aws') {
    return new ConsoleError(
      'RelayUnreachable',
      `This console's relay (${self}/relay/) did not answer. The console server may be down, ` +
        'or the web server in front of it does not pass /relay/ on to it.',
    );
  }

  const origin = endpointOrigin(target.endpoint);
  if (!origin) return error;
  const policy = await pagePolicy(fetchFn, self);
  const sources = policy === undefined ? undefined : connectSourcesOf(policy);

  if (sources && !allowsOrigin(sources, origin, self)) {
    return new ConsoleError(
      'BlockedByContentSecurityPolicy',
      `The browser blocked the connection to ${origin}: this console's Content-Security-Policy ` +
        `does not allow it. Add ${origin} to CONSOLE_CONNECT_SOURCES where the console server ` +
        'starts, then restart the server and reload this page.',
    );
  }
  const policyNote = sources
    ? `This console's Content-Security-Policy (CONSOLE_CONNECT_SOURCES) allows ${origin}.`
    : 'This page sets no connect-src limit, so CONSOLE_CONNECT_SOURCES is not the cause.';
  return new ConsoleError(
    'EndpointUnreachable',
    `The browser could not connect to ${target.endpoint}. Check that the endpoint is running ` +
      `there and answers CORS requests from ${self}: the browser blocks the answer otherwise. ` +
      policyNote,
  );
}
