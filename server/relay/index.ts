import type { IncomingMessage, ServerResponse } from 'node:http';
import { isAwsIamOrStsHost, signingServiceOf } from './allowlist.ts';
import { readBody } from './body.ts';
import { buildForwardHeaders, parseAuthorization } from './signed-headers.ts';
import { parseRelayTarget } from './target.ts';
import { sendUpstream, type RelayTransport } from './upstream.ts';

export type { RelayTransport } from './upstream.ts';

export interface RelayOptions {
  /** Admits extra target hosts. Tests only: production never sets it, least of all per request. */
  allowHost?: (host: string) => boolean;
  /** Upstream time limit, from opening the connection to the last byte of the answer. */
  timeoutMs?: number;
  maxBodyBytes?: number;
  maxResponseBytes?: number;
  /** One line a request; never a header value, a body or a key ID. Defaults to stdout. */
  log?: (line: string) => void;
  /** Opens the upstream HTTPS request; defaults to node's https.request. */
  transport?: RelayTransport;
}

export type RelayMiddleware = (req: IncomingMessage, res: ServerResponse, next: () => void) => void;

const RELAY_PATHS = new Set(['/relay', '/relay/']);
const ACTION = /^[A-Za-z0-9]{1,128}$/;

interface RelaySettings {
  allowHost?: (host: string) => boolean;
  timeoutMs: number;
  maxBodyBytes: number;
  maxResponseBytes: number;
  transport?: RelayTransport;
}

interface Outcome {
  status: number;
  host?: string;
  action?: string;
  reason?: string;
}

/**
 * `POST /relay/`: forwards a request the browser SDK signed for a real IAM or STS endpoint to
 * that endpoint, named by the `x-relay-target` header. IAM and STS send no CORS headers, so a
 * browser cannot reach them directly. Every other path falls through to `next()`.
 */
export function createRelay(options: RelayOptions = {}): RelayMiddleware {
  const settings: RelaySettings = {
    allowHost: options.allowHost,
    timeoutMs: options.timeoutMs ?? 30_000,
    maxBodyBytes: options.maxBodyBytes ?? 1024 * 1024,
    maxResponseBytes: options.maxResponseBytes ?? 8 * 1024 * 1024,
    transport: options.transport,
  };
  const log = options.log ?? ((line: string) => process.stdout.write(line + '\n'));

  return (req, res, next) => {
    const rawUrl = req.url ?? '/';
    const queryAt = rawUrl.indexOf('?');
    const path = queryAt === -1 ? rawUrl : rawUrl.slice(0, queryAt);
    if (!RELAY_PATHS.has(path)) return next();

    const started = performance.now();
    relay(req, res, queryAt !== -1, settings)
      .catch((): Outcome => sendText(res, 500, 'the relay failed unexpectedly'))
      .then((outcome) => log(logLine(req.method, outcome, performance.now() - started)));
  };
}

function logLine(method: string | undefined, outcome: Outcome, durationMs: number): string {
  const { host = '-', action = '-', status, reason } = outcome;
  const why = reason ? ` (${reason})` : '';
  return `relay ${method ?? '-'} ${host} ${action} ${status} ${Math.round(durationMs)}ms${why}`;
}

async function relay(
  req: IncomingMessage,
  res: ServerResponse,
  hasQuery: boolean,
  settings: RelaySettings,
): Promise<Outcome> {
  if (req.method !== 'POST') {
    res.setHeader('allow', 'POST');
    return sendText(res, 405, 'the relay accepts POST only');
  }
  // The signature covers the query string, and the relay forwards to the root path only.
  if (hasQuery) return sendText(res, 400, 'the relay does not forward a query string');

  const target = parseRelayTarget(req.headers['x-relay-target'], settings.allowHost);
  if (!target.ok) return sendText(res, target.status, target.reason);
  const host = target.host;

  const authorization = parseAuthorization(req.headers.authorization);
  if (!authorization) {
    return sendText(res, 400, 'the relay forwards SigV4-signed (AWS4-HMAC-SHA256) requests only', {
      host,
    });
  }
  const service = signingServiceOf(host);
  if (service && authorization.signingService !== service) {
    return sendText(res, 400, `the request is not signed for ${service}`, { host });
  }
  // A client that can send the signed Host header (not a browser) must have signed for the target.
  const incomingHost = (req.headers.host ?? '').toLowerCase();
  if (isAwsIamOrStsHost(incomingHost) && incomingHost !== host) {
    return sendText(res, 400, 'the host header does not match x-relay-target', { host });
  }

  const body = await readBody(req, settings.maxBodyBytes);
  if (!body.ok) {
    return body.reason === 'too-large'
      ? sendText(res, 413, `the request body is over ${settings.maxBodyBytes} bytes`, { host })
      : { status: 499, host, reason: 'the client went away' };
  }
  const action = actionOf(req, body.body);

  const forward = buildForwardHeaders(req.headers, authorization, host, body.body.length);
  if (!forward.ok) return sendText(res, 400, forward.reason, { host, action });

  const upstream = await sendUpstream({
    ...settings,
    host,
    headers: forward.headers,
    body: body.body,
  });
  if (!upstream.ok) return sendText(res, upstream.status, upstream.reason, { host, action });

  res.statusCode = upstream.status;
  res.setHeader('cache-control', 'no-store');
  if (upstream.contentType) res.setHeader('content-type', upstream.contentType);
  if (upstream.requestId) res.setHeader('x-amzn-RequestId', upstream.requestId);
  // The SDK corrects its clock from the Date header after a skew error.
  if (upstream.date) res.setHeader('date', upstream.date);
  res.setHeader('content-length', upstream.body.length);
  res.end(upstream.body);
  return { status: upstream.status, host, action };
}

function actionOf(req: IncomingMessage, body: Buffer): string | undefined {
  const contentType = req.headers['content-type'] ?? '';
  if (!contentType.startsWith('application/x-www-form-urlencoded')) return undefined;

  const action = new URLSearchParams(body.toString('utf8')).get('Action') ?? '';
  return ACTION.test(action) ? action : undefined;
}

function sendText(
  res: ServerResponse,
  status: number,
  reason: string,
  context: Omit<Outcome, 'status' | 'reason'> = {},
): Outcome {
  if (!res.headersSent) {
    res.statusCode = status;
    // A refused body is not read, so the connection cannot carry another request.
    if (!res.req.complete) res.setHeader('connection', 'close');
    res.setHeader('content-type', 'text/plain; charset=utf-8');
    res.setHeader('cache-control', 'no-store');
    res.end(`Relay: ${reason}.\n`);
  }
  return { ...context, status, reason };
}
