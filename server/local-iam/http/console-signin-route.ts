import type { IncomingMessage, ServerResponse } from 'node:http';
import { RequestEntityTooLargeError } from '../errors.ts';
import { parseConsoleSignInInput, SIGN_IN_REFUSED } from '../console-signin.ts';
import type { LocalAccount } from '../index.ts';
import { readBody } from './body.ts';

/** A sign-in body holds four short strings; anything bigger is not one. */
const MAX_SIGN_IN_BYTES = 4096;

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const json = JSON.stringify(body);
  res.statusCode = status;
  res.setHeader('Content-Type', 'application/json');
  // The answer carries a secret access key and a session token: no cache may keep it.
  res.setHeader('Cache-Control', 'no-store');
  res.setHeader('Content-Length', Buffer.byteLength(json));
  res.end(json);
}

/**
 * `POST /local-aws/_console-signin` with a JSON body. Same-origin only: it sends no CORS
 * headers, so pages on other origins cannot read the credentials it returns.
 */
export async function handleConsoleSignIn(
  account: LocalAccount,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> {
  if (req.method !== 'POST') return sendJson(res, 405, { message: 'Use POST.' });
  const type = req.headers['content-type'] ?? '';
  if (!/^application\/json\b/i.test(type)) {
    return sendJson(res, 415, { message: 'Send the sign-in as application/json.' });
  }

  let body: unknown;
  try {
    body = JSON.parse((await readBody(req, MAX_SIGN_IN_BYTES)).toString('utf8'));
  } catch (error) {
    if (error instanceof RequestEntityTooLargeError) {
      return sendJson(res, 413, { message: 'The sign-in request is too large.' });
    }
    return sendJson(res, 400, { message: 'The sign-in request is not valid JSON.' });
  }
  const input = parseConsoleSignInInput(body);
  if (!input) {
    return sendJson(res, 400, {
      message: 'Give accountIdOrAlias, userName and password, and a 6-digit mfaCode if any.',
    });
  }

  let result;
  try {
    result = await account.consoleSignIn(input);
  } catch {
    // The cause is not logged: it could quote the request, which holds a password.
    return sendJson(res, 500, { message: 'The sign-in failed on the server. Try again.' });
  }
  if (result.outcome === 'signed-in') return sendJson(res, 200, result.session);
  if (result.outcome === 'mfa-required') {
    return sendJson(res, 401, {
      mfaRequired: true,
      message: 'Enter the code from your MFA device.',
    });
  }
  return sendJson(res, 401, { message: SIGN_IN_REFUSED });
}
