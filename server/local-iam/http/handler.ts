import type { IncomingMessage, ServerResponse } from 'node:http';
import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { authenticate } from '../auth/authenticate.ts';
import type { Caller } from '../auth/caller.ts';
import {
  AwsError,
  InvalidActionError,
  MissingActionError,
  ServiceFailureError,
} from '../errors.ts';
import { API_VERSIONS, OPERATIONS } from '../operations/registry.ts';
import { checkRequiredMembers } from '../operations/required-members.ts';
import type { Store } from '../store/store.ts';
import { serializeError, serializeResult, type Service } from '../xml/serialize.ts';
import { readBody } from './body.ts';
import { answerPreflight, setCorsHeaders } from './cors.ts';
import { QueryParams } from './query-params.ts';

/** What an authorization step sees; it throws AccessDenied to refuse. */
export interface AuthorizationRequest {
  caller: Caller;
  service: Service;
  action: string;
  params: QueryParams;
  accountId: string;
}
export type Authorizer = (request: AuthorizationRequest) => void;

export interface RequestHandlerOptions {
  store: Store;
  accountId: () => string;
  log?: (line: string) => void;
  now?: () => Date;
  /** Runs between authentication and the operation; absent, every caller may call anything. */
  authorize?: Authorizer;
}

interface Outcome {
  service: Service;
  action?: string;
  status: number;
  errorCode?: string;
}

/** Actions reach the log only when they look like one, so input cannot forge log lines. */
function loggable(action: string | undefined): string {
  return action && /^[A-Za-z]{1,64}$/.test(action) ? action : '-';
}

/** The service of the credential scope a client signed for, before the signature is verified. */
function scopedService(authorization: string | undefined): Service | undefined {
  const scoped = /Credential=[^/,\s]*\/\d{8}\/[^/,\s]*\/(iam|sts)\/aws4_request/.exec(
    authorization ?? '',
  )?.[1];
  return scoped === 'iam' || scoped === 'sts' ? scoped : undefined;
}

/**
 * The service an error answer speaks for (its XML namespace) when the request fails before
 * its signature is verified: the credential scope's, else STS for one of STS's actions.
 */
function guessService(params: QueryParams, authorization: string | undefined): Service {
  const action = params.get('Action');
  const byAction = action !== undefined && Object.hasOwn(OPERATIONS.sts, action) ? 'sts' : 'iam';
  return scopedService(authorization) ?? byAction;
}

/**
 * An unexpected failure is logged by its class and code (e.g. `SqliteError
 * SQLITE_CONSTRAINT_FOREIGNKEY`), never its message, which could quote request data.
 */
function describeFault(thrown: unknown): string {
  if (!(thrown instanceof Error)) return '(non-error thrown)';
  const code = (thrown as { code?: unknown }).code;
  const parts = [thrown.name, typeof code === 'string' ? code : ''].filter(Boolean);
  return `(${parts.join(' ').replace(/[^\w .-]/g, '')})`;
}

function send(res: ServerResponse, status: number, requestId: string, xml: string): void {
  res.statusCode = status;
  res.setHeader('Content-Type', 'text/xml');
  res.setHeader('x-amzn-RequestId', requestId);
  res.setHeader('Content-Length', Buffer.byteLength(xml));
  res.end(xml);
}

export function createRequestHandler(options: RequestHandlerOptions) {
  const { store, log } = options;
  const now = options.now ?? (() => new Date());

  async function dispatch(
    req: IncomingMessage,
    res: ServerResponse,
    requestId: string,
  ): Promise<Outcome> {
    let service: Service = scopedService(req.headers.authorization) ?? 'iam';
    let action: string | undefined;
    try {
      const body = await readBody(req);
      const url = new URL(req.url ?? '/', 'http://localhost');
      const params = QueryParams.parse(body.toString('utf8'), url.search);
      service = guessService(params, req.headers.authorization);
      action = params.get('Action');

      const request = {
        method: req.method ?? 'POST',
        path: url.pathname,
        query: url.searchParams,
        headers: req.headers,
        body,
      };
      const authenticated = await authenticate(request, store, now());
      service = authenticated.service;

      if (action === undefined) throw new MissingActionError('Missing Action');
      const version = params.get('Version');
      // Own properties only: an Action such as `constructor` must not reach Object's members.
      const table = OPERATIONS[service];
      const operation = Object.hasOwn(table, action) ? table[action] : undefined;
      if (version !== API_VERSIONS[service] || !operation) {
        throw new InvalidActionError(
          `Could not find operation ${action} for version ${version ?? 'NO_VERSION_SPECIFIED'}`,
        );
      }

      const accountId = options.accountId();
      const caller = authenticated.caller;
      options.authorize?.({ caller, service, action, params, accountId });
      checkRequiredMembers(service, action, params);
      const result = await operation({ store, accountId, caller, params, now: now() });
      send(res, 200, requestId, serializeResult(service, action, result, requestId));
      return { service, action, status: 200 };
    } catch (thrown) {
      const error = thrown instanceof AwsError ? thrown : new ServiceFailureError();
      send(res, error.status, requestId, serializeError(service, error, requestId));
      const errorCode = error === thrown ? error.code : `${error.code} ${describeFault(thrown)}`;
      return { service, action, status: error.status, errorCode };
    }
  }

  return async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const started = performance.now();
    const requestId = randomUUID();
    setCorsHeaders(res);

    let outcome: Outcome;
    if (req.method === 'OPTIONS') {
      answerPreflight(res);
      outcome = { service: 'iam', status: 204 };
    } else {
      outcome = await dispatch(req, res, requestId);
    }

    const duration = Math.round(performance.now() - started);
    const code = outcome.errorCode ? ` ${outcome.errorCode}` : '';
    log?.(
      `${req.method ?? '-'} ${outcome.service}:${loggable(outcome.action)} ` +
        `${outcome.status} ${duration}ms${code}`,
    );
  };
}
