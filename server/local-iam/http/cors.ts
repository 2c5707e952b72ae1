import type { ServerResponse } from 'node:http';

/**
 * The console's browser SDK calls this endpoint from any origin the server is reached by
 * (localhost, 127.0.0.1, <alias>.signin.localhost), and signs with these headers.
 */
const ALLOWED_HEADERS = [
  'authorization',
  'content-type',
  'x-amz-date',
  'x-amz-security-token',
  'x-amz-content-sha256',
  'x-amz-user-agent',
  'amz-sdk-invocation-id',
  'amz-sdk-request',
].join(', ');

export function setCorsHeaders(res: ServerResponse): void {
  res.setHeader('Access-Control-Allow-Origin', '*');
  res.setHeader('Access-Control-Expose-Headers', 'x-amzn-RequestId');
}

export function answerPreflight(res: ServerResponse): void {
  setCorsHeaders(res);
  res.setHeader('Access-Control-Allow-Methods', 'POST, OPTIONS');
  res.setHeader('Access-Control-Allow-Headers', ALLOWED_HEADERS);
  res.setHeader('Access-Control-Max-Age', '600');
  res.statusCode = 204;
  res.end();
}
