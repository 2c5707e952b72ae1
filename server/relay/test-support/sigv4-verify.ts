import { createHash } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';
import { Sha256 } from '@aws-crypto/sha256-js';
import { HttpRequest } from '@smithy/protocol-http';
import { SignatureV4 } from '@smithy/signature-v4';

const AUTHORIZATION = new RegExp(
  '^AWS4-HMAC-SHA256 Credential=([^/]+)/\\d{8}/([^/]+)/([^/]+)/aws4_request, ' +
    'SignedHeaders=([^,]+), Signature=[0-9a-f]{64}$',
);
const AMZ_DATE = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/;

export interface ReceivedRequest {
  method: string;
  path: string;
  headers: IncomingHttpHeaders;
  body: string;
}

/**
 * Recomputes the SigV4 signature of a request as AWS would on arrival, from the headers it
 * names as signed and the secret the test signed with, and compares the Authorization headers.
 */
export async function hasValidSignature(
  received: ReceivedRequest,
  secretAccessKey: string,
): Promise<boolean> {
  const match = AUTHORIZATION.exec(String(received.headers.authorization ?? ''));
  const date = AMZ_DATE.exec(String(received.headers['x-amz-date'] ?? ''));
  if (!match || !date) return false;
  // Like AWS, hash the body as it arrived: the signer would otherwise take the hash header's word.
  const bodyHash = createHash('sha256').update(received.body).digest('hex');
  const claimedHash = received.headers['x-amz-content-sha256'];
  if (claimedHash !== undefined && claimedHash !== bodyHash) return false;

  const [, accessKeyId = '', signingRegion = '', signingService = '', signedList = ''] = match;
  const signedHeaders = signedList.split(';');

  const headers: Record<string, string> = {};
  for (const name of signedHeaders) {
    const value = received.headers[name];
    if (typeof value !== 'string') return false;
    headers[name] = value;
  }
  const [, year, month, day, hours, minutes, seconds] = date;
  const signer = new SignatureV4({
    credentials: { accessKeyId, secretAccessKey },
    region: signingRegion,
    service: signingService,
    sha256: Sha256,
    applyChecksum: false,
  });

  const recomputed = await signer.sign(
    new HttpRequest({ method: received.method, path: received.path, headers, body: received.body }),
    {
      signingDate: new Date(`${year}-${month}-${day}T${hours}:${minutes}:${seconds}Z`),
      signableHeaders: new Set(signedHeaders),
    },
  );
  return recomputed.headers.authorization === received.headers.authorization;
}
