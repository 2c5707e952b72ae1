import { createServer, request, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Sha256 } from '@aws-crypto/sha256-js';
import { HttpRequest } from '@smithy/protocol-http';
import { SignatureV4 } from '@smithy/signature-v4';
import type { RelayMiddleware } from '../index.ts';

/** A name under the reserved `.test` TLD (RFC 6761): it resolves nowhere, should DNS be asked. */
export const STANDIN_HOST = 'standin.iam.test';

// Obviously fake keys: AWS's documentation example pair and a made-up session token.
export const TEST_CREDENTIALS = {
  accessKeyId: 'AKIAIOSFODNN7EXAMPLE',
  secretAccessKey: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
  sessionToken: 'FAKE-SESSION-TOKEN-FOR-RELAY-TESTS',
};

/** Headers a browser adds to a same-origin fetch; none of them may reach AWS. */
export const BROWSER_HEADERS = {
  cookie: 'console-session=cookie-value-must-not-leave',
  origin: 'http://127.0.0.1:8080',
  referer: 'http://127.0.0.1:8080/users',
  'user-agent': 'Mozilla/5.0 (X11; Linux x86_64) Chrome/140.0',
  'sec-fetch-mode': 'cors',
  'sec-fetch-site': 'same-origin',
  'sec-ch-ua': '"Chromium";v="140"',
  'x-forwarded-for': '203.0.113.7',
};

/** Signs a Query-protocol POST for `host` the way the SDK does, and returns its headers. */
export async function signForHost(
  host: string,
  body: string,
  service = 'iam',
): Promise<Record<string, string>> {
  const signer = new SignatureV4({
    credentials: TEST_CREDENTIALS,
    region: 'us-east-1',
    service,
    sha256: Sha256,
  });
  const signed = await signer.sign(
    new HttpRequest({
      method: 'POST',
      protocol: 'https:',
      hostname: host,
      path: '/',
      headers: {
        host,
        'content-type': 'application/x-www-form-urlencoded; charset=utf-8',
        'content-length': String(Buffer.byteLength(body)),
        'x-amz-user-agent': 'aws-sdk-js/3.0.0 relay-test',
        'amz-sdk-invocation-id': '5b3c1f0e-2a4d-4c8e-9f60-7d1e2a3b4c5d',
        'amz-sdk-request': 'attempt=1; max=3',
      },
      body,
    }),
  );
  return signed.headers;
}

/**
 * What a browser sends to the relay for a signed request: the signed headers without `host`
 * (a forbidden header in fetch, so the console's own Host goes instead), the target header, and
 * the browser's own headers.
 */
export function asBrowserWouldSend(
  signedHeaders: Record<string, string>,
  target: string,
): Record<string, string> {
  const { host: _signedHost, ...headers } = signedHeaders;
  return { ...headers, ...BROWSER_HEADERS, 'x-relay-target': target };
}

export interface RelayAnswer {
  status: number;
  headers: IncomingHttpHeaders;
  body: string;
}

export interface ConsoleHarness {
  port: number;
  use(middleware: RelayMiddleware): void;
  send(input: {
    method?: string;
    path?: string;
    headers: Record<string, string>;
    body?: string | Buffer[];
  }): Promise<RelayAnswer>;
  close(): Promise<void>;
}

/** The console's HTTP server on 127.0.0.1, with whichever relay a test mounts. */
export async function startConsole(): Promise<ConsoleHarness> {
  let middleware: RelayMiddleware = (_req, _res, next) => next();
  const server = createServer((req, res) =>
    middleware(req, res, () => {
      res.statusCode = 404;
      res.end('not the relay');
    }),
  );
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  const send: ConsoleHarness['send'] = ({ method = 'POST', path = '/relay/', headers, body }) =>
    new Promise((resolve, reject) => {
      const outgoing = request({ host: '127.0.0.1', port, method, path, headers, agent: false });
      outgoing.on('error', reject);
      outgoing.on('response', (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () =>
          resolve({
            status: response.statusCode ?? 0,
            headers: response.headers,
            body: Buffer.concat(chunks).toString('utf8'),
          }),
        );
      });
      // Chunks are written one by one, so a relay can answer before the last one is sent.
      if (Array.isArray(body)) body.forEach((chunk) => outgoing.write(chunk));
      else if (body !== undefined) outgoing.write(body);
      outgoing.end();
    });

  return {
    port,
    use: (next) => {
      middleware = next;
    },
    send,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
