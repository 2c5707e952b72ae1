import { HttpRequest } from '@smithy/protocol-http';
import { SignatureV4 } from '@smithy/signature-v4';
import type { Checksum, SourceData } from '@smithy/types';
import { createHash, createHmac, type Hash, type Hmac } from 'node:crypto';
import { Agent, request as httpRequest } from 'node:http';
import { TEST_ROOT_KEY } from '../../test/harness.ts';

export interface SigningCredentials {
  accessKeyId: string;
  secretAccessKey: string;
  sessionToken?: string;
}

export interface RawSignOptions {
  service?: string;
  region?: string;
  credentials?: SigningCredentials;
  signingDate?: Date;
  /** Adds x-amz-content-sha256, as the SDKs do by default. */
  applyChecksum?: boolean;
  /** Extra headers to sign (names in lower case). */
  headers?: Record<string, string>;
}

export interface RawRequest {
  url: string;
  headers: Record<string, string>;
  body: string;
}

export interface RawResponse {
  status: number;
  headers: Headers;
  text: string;
}

function toBuffer(data: SourceData): Buffer {
  if (typeof data === 'string') return Buffer.from(data, 'utf8');
  if (ArrayBuffer.isView(data)) return Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  return Buffer.from(data);
}

/**
 * SHA-256 and HMAC from node:crypto for the signer: thousands of generated requests, some
 * near the body limit, sign several times faster than with the pure-JS hash.
 */
class NodeSha256 implements Checksum {
  private hash: Hash | Hmac;
  constructor(private readonly secret?: SourceData) {
    this.hash = this.fresh();
  }
  private fresh(): Hash | Hmac {
    return this.secret === undefined
      ? createHash('sha256')
      : createHmac('sha256', toBuffer(this.secret));
  }
  update(data: Uint8Array): void {
    this.hash.update(data);
  }
  async digest(): Promise<Uint8Array> {
    return this.hash.digest();
  }
  reset(): void {
    this.hash = this.fresh();
  }
}

/** Signs any form body, valid or not, the way the SDKs sign a Query-protocol POST. */
export async function signRaw(
  url: string,
  body: string,
  options: RawSignOptions = {},
): Promise<RawRequest> {
  const target = new URL(url);
  const signer = new SignatureV4({
    service: options.service ?? 'iam',
    region: options.region ?? 'us-east-1',
    credentials: options.credentials ?? TEST_ROOT_KEY,
    sha256: NodeSha256,
    applyChecksum: options.applyChecksum ?? true,
  });
  const query: Record<string, string | string[]> = {};
  for (const key of new Set(target.searchParams.keys())) {
    const values = target.searchParams.getAll(key);
    query[key] = values.length === 1 ? (values[0] ?? '') : values;
  }
  const signed = await signer.sign(
    new HttpRequest({
      method: 'POST',
      protocol: 'http:',
      hostname: target.hostname,
      port: Number(target.port),
      path: target.pathname,
      query,
      headers: {
        host: target.host,
        'content-type': 'application/x-www-form-urlencoded; charset=utf-8',
        ...options.headers,
      },
      body,
    }),
    { signingDate: options.signingDate },
  );
  return { url, headers: signed.headers as Record<string, string>, body };
}

/** Reuses connections, as SDK clients do, so thousands of requests do not exhaust ports. */
const agent = new Agent({ keepAlive: true, maxSockets: 16 });

/**
 * Sends exactly the headers given, `host` included (fetch would replace it with the URL's),
 * so a test can send what a forger would.
 */
export function sendRaw(request: RawRequest): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const outgoing = httpRequest(
      request.url,
      { method: 'POST', headers: request.headers, agent, setHost: false },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('error', reject);
        response.on('end', () => {
          const headers = new Headers();
          for (const [name, value] of Object.entries(response.headers)) {
            if (value !== undefined) headers.set(name, String(value));
          }
          const text = Buffer.concat(chunks).toString('utf8');
          resolve({ status: response.statusCode ?? 0, headers, text });
        });
      },
    );
    outgoing.on('error', reject);
    outgoing.end(request.body);
  });
}

/** A Query-protocol form body from ordered fields; repeated names stay repeated. */
export function formBody(fields: ReadonlyArray<readonly [string, string]>): string {
  const form = new URLSearchParams();
  for (const [name, value] of fields) form.append(name, value);
  return form.toString();
}
