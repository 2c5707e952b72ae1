import { createServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { createTestCertificate } from './certificate.ts';
import type { ReceivedRequest } from './sigv4-verify.ts';

export interface StandInAnswer {
  status: number;
  headers?: Record<string, string>;
  body?: string | Buffer;
}

/** Answers a request, or returns 'hang' to keep the connection open without a word. */
export type StandInResponder = (request: ReceivedRequest) => StandInAnswer | 'hang';

export interface StandIn {
  port: number;
  certPem: string;
  received: ReceivedRequest[];
  respondWith(responder: StandInResponder): void;
  close(): Promise<void>;
}

/**
 * An HTTPS server on 127.0.0.1 that stands in for an AWS endpoint, with a certificate for
 * `hostName` made on the spot. It records every request it receives.
 */
export async function startStandIn(hostName: string): Promise<StandIn> {
  const { certPem, keyPem } = await createTestCertificate(hostName);
  const received: ReceivedRequest[] = [];
  let responder: StandInResponder = () => ({ status: 500, body: 'no responder set' });

  const server = createServer({ key: keyPem, cert: certPem }, (req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const request: ReceivedRequest = {
        method: req.method ?? '',
        path: req.url ?? '',
        headers: req.headers,
        body: Buffer.concat(chunks).toString('utf8'),
      };
      received.push(request);

      const answer = responder(request);
      if (answer === 'hang') return;
      res.writeHead(answer.status, answer.headers);
      res.end(answer.body);
    });
  });

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    port,
    certPem,
    received,
    respondWith: (next) => {
      responder = next;
    },
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
