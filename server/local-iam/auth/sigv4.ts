import { Hash } from '@smithy/hash-node';
import { HttpRequest } from '@smithy/protocol-http';
import { SignatureV4 } from '@smithy/signature-v4';
import { createHash, timingSafeEqual } from 'node:crypto';
import { IncompleteSignatureError, SignatureDoesNotMatchError } from '../errors.ts';

/**
 * The parts of `Authorization: AWS4-HMAC-SHA256 Credential=…, SignedHeaders=…, Signature=…`.
 */
export interface SigV4Authorization {
  accessKeyId: string;
  scopeDate: string;
  region: string;
  service: string;
  signedHeaders: string[];
  signature: string;
}

/** What verification needs of the HTTP request, as it arrived. */
export interface SignedRequest {
  method: string;
  /** The path as sent (still percent-encoded), e.g. `/local-aws/`. */
  path: string;
  query: URLSearchParams;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

/**
 * AWS rejects a signature dated more than 15 minutes from its own clock.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/signing-elements.html
 */
export const MAX_CLOCK_SKEW_MS = 15 * 60 * 1000;

const REGION_NAME = /^[a-z][a-z0-9-]{0,63}$/;

export function parseAuthorization(header: string): SigV4Authorization {
  const match = /^AWS4-HMAC-SHA256\s+(.*)$/s.exec(header.trim());
  if (!match) {
    throw new IncompleteSignatureError(
      `Authorization header requires the AWS4-HMAC-SHA256 algorithm.`,
    );
  }
  const fields = new Map<string, string>();
  for (const part of (match[1] ?? '').split(',')) {
    const [name, ...rest] = part.trim().split('=');
    if (name) fields.set(name, rest.join('='));
  }
  const missing = ['Credential', 'SignedHeaders', 'Signature'].filter((name) => !fields.get(name));
  if (missing.length > 0) {
    throw new IncompleteSignatureError(
      missing.map((name) => `Authorization header requires '${name}' parameter.`).join(' '),
    );
  }

  const scope = (fields.get('Credential') ?? '').split('/');
  const [accessKeyId, scopeDate, region, service, terminator] = scope;
  if (scope.length !== 5 || !accessKeyId || !scopeDate || !region || !service) {
    throw new IncompleteSignatureError(
      'Credential must have exactly 5 slash-delimited elements, e.g. ' +
        'keyid/date/region/service/term.',
    );
  }
  if (terminator !== 'aws4_request') {
    throw new SignatureDoesNotMatchError(
      `Credential should be scoped with a valid terminator: 'aws4_request', not '${terminator}'.`,
    );
  }
  // Any region is accepted, as the local account serves them all, but only one written as
  // region names are (us-east-1, cn-north-1, local): the region is stored as the key's
  // last-used region and shown by GetAccessKeyLastUsed.
  if (!REGION_NAME.test(region)) {
    throw new SignatureDoesNotMatchError(
      `Credential should be scoped to a valid region, not '${region}'.`,
    );
  }

  return {
    accessKeyId,
    scopeDate,
    region,
    service,
    signedHeaders: (fields.get('SignedHeaders') ?? '').split(';').filter(Boolean),
    signature: fields.get('Signature') ?? '',
  };
}

/** `20261204T160732Z` → Date; undefined when the header is absent or malformed. */
export function parseAmzDate(value: string | undefined): Date | undefined {
  const match = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(value ?? '');
  if (!match) return undefined;
  const [, y, mo, d, h, mi, s] = match.map(Number) as number[];
  return new Date(Date.UTC(y!, mo! - 1, d!, h!, mi!, s!));
}

function compactDate(date: Date): string {
  return date
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}Z$/, 'Z');
}

/** AWS's wording for a request signed too far in the past or the future. */
export function checkClockSkew(signedAt: Date, now: Date): void {
  const skew = now.getTime() - signedAt.getTime();
  if (skew > MAX_CLOCK_SKEW_MS) {
    const earliest = new Date(now.getTime() - MAX_CLOCK_SKEW_MS);
    throw new SignatureDoesNotMatchError(
      `Signature expired: ${compactDate(signedAt)} is now earlier than ` +
        `${compactDate(earliest)} (${compactDate(now)} - 15 min.)`,
    );
  }
  if (-skew > MAX_CLOCK_SKEW_MS) {
    const latest = new Date(now.getTime() + MAX_CLOCK_SKEW_MS);
    throw new SignatureDoesNotMatchError(
      `Signature not yet current: ${compactDate(signedAt)} is still later than ` +
        `${compactDate(latest)} (${compactDate(now)} + 15 min.)`,
    );
  }
}

function headerValue(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value.join(',') : value;
}

/**
 * Recomputes the signature over exactly the headers the client signed, with the secret this
 * account issued, and compares in constant time. A sent `x-amz-content-sha256` must match
 * the body, or the signature would cover a body other than the one received.
 */
export async function verifySignature(
  request: SignedRequest,
  auth: SigV4Authorization,
  secretAccessKey: string,
  signedAt: Date,
): Promise<void> {
  const bodyHash = createHash('sha256').update(request.body).digest('hex');
  const claimedHash = headerValue(request.headers['x-amz-content-sha256']);
  if (claimedHash !== undefined && claimedHash !== bodyHash) {
    throw new SignatureDoesNotMatchError();
  }

  const headers: Record<string, string> = {};
  for (const name of auth.signedHeaders) {
    const value = headerValue(request.headers[name]);
    if (value !== undefined) headers[name] = value;
  }
  const query: Record<string, string | string[]> = {};
  for (const key of new Set(request.query.keys())) {
    const values = request.query.getAll(key);
    query[key] = values.length === 1 ? (values[0] ?? '') : values;
  }

  const signer = new SignatureV4({
    service: auth.service,
    region: auth.region,
    credentials: { accessKeyId: auth.accessKeyId, secretAccessKey },
    // Node's native SHA-256 and HMAC: several times faster than a pure-JS hash on every request.
    sha256: Hash.bind(null, 'sha256'),
    applyChecksum: false,
  });
  const signed = await signer.sign(
    new HttpRequest({
      method: request.method,
      protocol: 'http:',
      hostname: headers.host ?? 'localhost',
      path: request.path,
      query,
      headers,
      body: request.body,
    }),
    {
      signingDate: signedAt,
      signingRegion: auth.region,
      signingService: auth.service,
      signableHeaders: new Set(auth.signedHeaders),
    },
  );

  const expected = /Signature=([0-9a-f]+)/.exec(String(signed.headers.authorization))?.[1] ?? '';
  const given = Buffer.from(auth.signature);
  const computed = Buffer.from(expected);
  const sameScope = compactDate(signedAt).slice(0, 8) === auth.scopeDate;
  if (!sameScope || given.length !== computed.length || !timingSafeEqual(given, computed)) {
    throw new SignatureDoesNotMatchError();
  }
}
