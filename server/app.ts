import type { IncomingMessage, ServerResponse } from 'node:http';
import sirv from 'sirv';
import { handleConsoleSignIn } from './local-iam/http/console-signin-route.ts';
import type { LocalAccount } from './local-iam/index.ts';
import { createRelay, type RelayOptions } from './relay/index.ts';
import { applySecurityHeaders, contentSecurityPolicy } from './security-headers.ts';

export interface ConsoleServerOptions {
  account: LocalAccount;
  /** The built app; omitted under `vite dev`, where Vite serves it. */
  distDir?: string;
  /** Mounts `POST /local-aws/_reset`: only for test suites (LOCAL_ACCOUNT_RESET=1). */
  allowReset?: boolean;
  /** Extra origins the app may connect to: custom IAM endpoints such as LocalStack or moto. */
  connectSources?: readonly string[];
  relay?: RelayOptions;
}

type Next = () => void;
export type Middleware = (req: IncomingMessage, res: ServerResponse, next: Next) => void;

/** The request target's path as sent: `//relay/` is a path here, never a host. */
function pathOf(req: IncomingMessage): string {
  const target = req.url ?? '/';
  const queryAt = target.indexOf('?');
  return queryAt === -1 ? target : target.slice(0, queryAt);
}

/** The Query protocol travels by POST (or GET with the parameters in the URL). */
const QUERY_METHODS = new Set(['GET', 'POST', 'OPTIONS']);

/**
 * Routes the console's requests: the local account's endpoint, its reset hook, and the built app
 * with history fallback. Connect-style, so `vite dev` can mount the same routes as middleware.
 */
export function createConsoleMiddleware(options: ConsoleServerOptions): Middleware {
  const { account, allowReset = false } = options;
  const csp = contentSecurityPolicy(options.connectSources);
  const serveApp = options.distDir
    ? sirv(options.distDir, { etag: true, gzip: true, brotli: true })
    : undefined;
  const relay = createRelay(options.relay);

  return (req, res, next) => {
    // Every answer carries them in production; under `vite dev` Vite's own inline scripts
    // (hot reload) would break under this policy, so only the built app gets it.
    if (serveApp) applySecurityHeaders(res, csp);
    relay(req, res, () => {
      const path = pathOf(req);
      const isLocalAws = path === '/local-aws' || path === '/local-aws/';

      if (path === '/local-aws/_console-signin') {
        void handleConsoleSignIn(account, req, res);
        return;
      }

      if (path === '/local-aws/_account-alias') {
        return answerAccountAlias(account, req, res);
      }

      if (path === '/local-aws/_reset' && allowReset) {
        if (req.method !== 'POST') return sendStatus(res, 405);
        account.reset();
        return sendStatus(res, 204);
      }

      // Requests from browsers reach /local-aws/; the AWS CLI and SDKs given
      // `--endpoint-url http://host:port` sign and POST to the root path.
      if (isLocalAws || (path === '/' && req.method === 'POST')) {
        if (!QUERY_METHODS.has(req.method ?? '')) {
          res.setHeader('Allow', 'GET, POST, OPTIONS');
          return sendStatus(res, 405);
        }
        void account.handle(req, res);
        return;
      }

      if (serveApp && (req.method === 'GET' || req.method === 'HEAD')) {
        // History fallback for every route, including names that look like files
        // (/users/alice.martin); only a missing hashed asset is a 404.
        serveApp(req, res, () => {
          if (path.startsWith('/assets/')) return next();
          req.url = '/index.html';
          serveApp(req, res, next);
        });
        return;
      }
      next();
    });
  };
}

/**
 * `GET /local-aws/_account-alias?alias=<alias>`: the account an alias names, without
 * credentials, as AWS's sign-in page resolves `<alias>.signin.aws.amazon.com` before anyone
 * signs in. The console checks an IAM user's alias with it; a new user may not call
 * iam:ListAccountAliases.
 */
function answerAccountAlias(account: LocalAccount, req: IncomingMessage, res: ServerResponse) {
  if (req.method !== 'GET') return sendStatus(res, 405);
  const alias = new URLSearchParams((req.url ?? '').split('?')[1] ?? '').get('alias') ?? '';
  const found = alias !== '' && alias.toLowerCase() === account.alias;
  const body = JSON.stringify(found ? { accountId: account.accountId, alias: account.alias } : {});
  res.statusCode = found ? 200 : 404;
  res.setHeader('Content-Type', 'application/json');
  res.setHeader('Cache-Control', 'no-store');
  res.end(body);
}

function sendStatus(res: ServerResponse, status: number): void {
  res.statusCode = status;
  res.end();
}
