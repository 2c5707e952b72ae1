import { Sha256 } from '@aws-crypto/sha256-js';
import { HttpRequest } from '@smithy/protocol-http';
import { SignatureV4 } from '@smithy/signature-v4';
import { XMLParser } from 'fast-xml-parser';
import { TEST_ROOT_KEY, type Credentials } from './harness.ts';

export interface SignOptions {
  service?: string;
  region?: string;
  credentials?: Credentials;
  signingDate?: Date;
  /** Adds x-amz-content-sha256 (the signer's default); false signs without it. */
  applyChecksum?: boolean;
}

export interface RawRequest {
  url: string;
  headers: Record<string, string>;
  body: string;
}

/** A form-encoded Query request to `url`, signed the way the SDKs sign it. */
export async function signedRequest(
  url: string,
  params: Record<string, string>,
  options: SignOptions = {},
): Promise<RawRequest> {
  const target = new URL(url);
  const body = new URLSearchParams(params).toString();
  const signer = new SignatureV4({
    service: options.service ?? 'iam',
    region: options.region ?? 'us-east-1',
    credentials: options.credentials ?? TEST_ROOT_KEY,
    sha256: Sha256,
    applyChecksum: options.applyChecksum ?? true,
  });
  const signed = await signer.sign(
    new HttpRequest({
      method: 'POST',
      protocol: 'http:',
      hostname: target.hostname,
      port: Number(target.port),
      path: target.pathname,
      headers: {
        host: target.host,
        'content-type': 'application/x-www-form-urlencoded; charset=utf-8',
      },
      body,
    }),
    { signingDate: options.signingDate },
  );
  return { url, headers: signed.headers as Record<string, string>, body };
}

export interface RawResponse {
  status: number;
  headers: Headers;
  text: string;
}

export async function send(request: RawRequest): Promise<RawResponse> {
  const response = await fetch(request.url, {
    method: 'POST',
    headers: request.headers,
    body: request.body,
  });
  return { status: response.status, headers: response.headers, text: await response.text() };
}

/** Signs and sends in one step. */
export async function post(
  url: string,
  params: Record<string, string>,
  options: SignOptions = {},
): Promise<RawResponse> {
  return send(await signedRequest(url, params, options));
}

const parser = new XMLParser({ ignoreAttributes: false, parseTagValue: false });

/**
 * The value at a dotted path in an XML document, e.g. `ErrorResponse.Error.Code`;
 * attributes are `@_name`. Undefined when the path is not there.
 */
export function xmlAt(text: string, path: string): unknown {
  let node: unknown = parser.parse(text);
  for (const name of path.split('.')) {
    node = node && typeof node === 'object' ? (node as Record<string, unknown>)[name] : undefined;
  }
  return node;
}

/** The `<Error>` of an error response, with its RequestId. */
export function errorOf(response: RawResponse): { Code: string; Message: string; Type: string } {
  return xmlAt(response.text, 'ErrorResponse.Error') as {
    Code: string;
    Message: string;
    Type: string;
  };
}
