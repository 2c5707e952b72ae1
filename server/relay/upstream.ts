import type { ClientRequest, IncomingMessage, OutgoingHttpHeaders } from 'node:http';
import { request as httpsRequest, type RequestOptions } from 'node:https';

/** Opens the HTTPS request to the target; tests pass one that reaches a loopback stand-in. */
export type RelayTransport = (options: RequestOptions) => ClientRequest;

export interface UpstreamRequest {
  host: string;
  headers: OutgoingHttpHeaders;
  body: Buffer;
  timeoutMs: number;
  maxResponseBytes: number;
  transport?: RelayTransport;
}

export type UpstreamResult =
  | {
      ok: true;
      status: number;
      contentType?: string;
      requestId?: string;
      date?: string;
      body: Buffer;
    }
  | { ok: false; status: 502 | 504; reason: string };

function headerText(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value.join(', ') : value;
}

/**
 * POSTs the signed request to `https://<host>/` and reads the whole answer. Redirects are
 * refused rather than passed back: the browser's fetch would follow them on its own.
 */
export function sendUpstream(input: UpstreamRequest): Promise<UpstreamResult> {
  const transport = input.transport ?? httpsRequest;

  return new Promise((resolve) => {
    let settled = false;
    let outgoing: ClientRequest | undefined;
    const settle = (result: UpstreamResult): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      if (!result.ok) outgoing?.destroy();
      resolve(result);
    };
    const timer = setTimeout(
      () => settle({ ok: false, status: 504, reason: `${input.host} did not answer in time` }),
      input.timeoutMs,
    );

    try {
      outgoing = transport({
        hostname: input.host,
        port: 443,
        servername: input.host,
        method: 'POST',
        path: '/',
        headers: input.headers,
      });
    } catch {
      settle({ ok: false, status: 502, reason: `could not open a request to ${input.host}` });
      return;
    }

    outgoing.on('error', (error: NodeJS.ErrnoException) => {
      settle({
        ok: false,
        status: 502,
        reason: `could not reach ${input.host} (${error.code ?? 'connection error'})`,
      });
    });
    outgoing.on('response', (response) => readResponse(response, input, settle));
    outgoing.end(input.body);
  });
}

function readResponse(
  response: IncomingMessage,
  input: UpstreamRequest,
  settle: (result: UpstreamResult) => void,
): void {
  const status = response.statusCode ?? 502;
  if (status >= 300 && status < 400) {
    settle({ ok: false, status: 502, reason: `${input.host} answered with a redirect` });
    return;
  }

  const chunks: Buffer[] = [];
  let size = 0;
  response.on('data', (chunk: Buffer) => {
    size += chunk.length;
    if (size > input.maxResponseBytes) {
      settle({ ok: false, status: 502, reason: `the answer from ${input.host} is too large` });
    } else {
      chunks.push(chunk);
    }
  });
  response.on('error', () => {
    settle({ ok: false, status: 502, reason: `the answer from ${input.host} was cut short` });
  });
  response.on('end', () => {
    settle({
      ok: true,
      status,
      contentType: headerText(response.headers['content-type']),
      requestId: headerText(response.headers['x-amzn-requestid']),
      date: headerText(response.headers.date),
      body: Buffer.concat(chunks),
    });
  });
}
