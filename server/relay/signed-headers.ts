import type { IncomingHttpHeaders, OutgoingHttpHeaders } from 'node:http';

export interface SigV4Authorization {
  signingRegion: string;
  signingService: string;
  signedHeaders: readonly string[];
}

// `AWS4-HMAC-SHA256 Credential=<key>/<date>/<region>/<service>/aws4_request,
// SignedHeaders=<a;b;c>, Signature=<hex>`: the header layout of
// https://docs.aws.amazon.com/IAM/latest/UserGuide/create-signed-request.html (task 4).
const AUTHORIZATION =
  /^AWS4-HMAC-SHA256 Credential=([^,\s]+),\s*SignedHeaders=([^,\s]+),\s*Signature=[0-9a-f]{64}$/;
const HEADER_NAME = /^[a-z0-9-]+$/;

/**
 * Headers that never leave the console, even when signed: the browser's cookies and fetch
 * metadata, the relay's own header, proxy hints and hop-by-hop headers (RFC 9110 7.6.1).
 */
function isNeverForwarded(name: string): boolean {
  return (
    name === 'cookie' ||
    name === 'x-relay-target' ||
    name === 'forwarded' ||
    name.startsWith('sec-') ||
    name.startsWith('x-forwarded-') ||
    name.startsWith('proxy-') ||
    ['connection', 'keep-alive', 'te', 'trailer', 'transfer-encoding', 'upgrade'].includes(name)
  );
}

/** Reads the parts of a SigV4 Authorization header the relay needs; undefined when malformed. */
export function parseAuthorization(value: string | undefined): SigV4Authorization | undefined {
  const match = value === undefined ? null : AUTHORIZATION.exec(value);
  if (!match) return undefined;

  const scope = (match[1] ?? '').split('/');
  const signedHeaders = (match[2] ?? '').split(';');
  if (scope.length !== 5 || scope[4] !== 'aws4_request') return undefined;
  if (!signedHeaders.every((name) => HEADER_NAME.test(name))) return undefined;

  return { signingRegion: scope[2] ?? '', signingService: scope[3] ?? '', signedHeaders };
}

export type ForwardHeaders =
  { ok: true; headers: OutgoingHttpHeaders } | { ok: false; reason: string };

/**
 * The headers sent upstream: exactly the signed ones, with Authorization, Content-Type and
 * Content-Length. `host` is the target's, since a browser cannot send the signed Host header
 * (it is a forbidden request header in the Fetch standard) and sends the console's instead.
 */
export function buildForwardHeaders(
  incoming: IncomingHttpHeaders,
  authorization: SigV4Authorization,
  targetHost: string,
  bodyLength: number,
): ForwardHeaders {
  const headers: OutgoingHttpHeaders = {
    host: targetHost,
    authorization: incoming.authorization,
    'content-length': String(bodyLength),
  };
  if (incoming['content-type'] !== undefined) headers['content-type'] = incoming['content-type'];

  for (const name of authorization.signedHeaders) {
    if (isNeverForwarded(name)) {
      return { ok: false, reason: `the signed header ${name} is never forwarded` };
    }
    if (name === 'host') continue;

    const value = incoming[name];
    if (value === undefined) return { ok: false, reason: `the signed header ${name} is missing` };
    if (name === 'content-length' && value !== String(bodyLength)) {
      return { ok: false, reason: 'content-length does not match the body' };
    }
    headers[name] = value;
  }
  return { ok: true, headers };
}
