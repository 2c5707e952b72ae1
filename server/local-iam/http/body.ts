import type { IncomingMessage } from 'node:http';
import { RequestEntityTooLargeError } from '../errors.ts';

/**
 * The largest IAM input is a policy document of 131,072 characters; form encoding can triple
 * it, so 1 MiB leaves room while keeping a hostile client from filling memory.
 */
export const MAX_BODY_BYTES = 1024 * 1024;

export async function readBody(req: IncomingMessage, limit = MAX_BODY_BYTES): Promise<Buffer> {
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > limit) throw tooLarge(limit);

  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > limit) {
      req.resume();
      throw tooLarge(limit);
    }
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

function tooLarge(limit: number): RequestEntityTooLargeError {
  return new RequestEntityTooLargeError(`Request body exceeds ${limit} bytes.`);
}
