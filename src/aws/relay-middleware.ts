import { HttpRequest } from '@smithy/protocol-http';
import type {
  FinalizeRequestMiddleware,
  Pluggable,
  RelativeMiddlewareOptions,
} from '@smithy/types';

/** The header that names the AWS origin a relayed request was signed for. */
export const RELAY_TARGET_HEADER = 'x-relay-target';

export const RELAY_PATH = '/relay/';

// After the signer (registered as httpSigningMiddleware, alias awsAuthMiddleware, in
// @smithy/core), so the signature covers the real AWS host; the retry middleware sits before the
// signer, so each retry is signed again and rewritten again.
const relayMiddlewareOptions: RelativeMiddlewareOptions = {
  name: 'relayMiddleware',
  relation: 'after',
  toMiddleware: 'httpSigningMiddleware',
  tags: ['RELAY'],
  override: true,
};

function relayMiddleware<Input extends object, Output extends object>(
  consoleOrigin: URL,
): FinalizeRequestMiddleware<Input, Output> {
  return (next) => async (args) => {
    if (!HttpRequest.isInstance(args.request)) return next(args);
    const request = args.request;

    // The relay forwards a POST body to the target's root path; anything else would arrive
    // changed and fail its signature, so it fails here with a clearer message.
    if (request.path !== '/' || Object.keys(request.query).length > 0) {
      throw new Error(`The relay forwards requests to the root path only, not ${request.path}`);
    }

    // A copy, so that a retry, which signs the original again, never sees the relay's URL.
    const relayed = HttpRequest.clone(request);
    const scheme = request.protocol.replace(/:$/, '');
    relayed.headers[RELAY_TARGET_HEADER] =
      `${scheme}://${request.hostname}${request.port ? `:${request.port}` : ''}`;
    relayed.protocol = consoleOrigin.protocol;
    relayed.hostname = consoleOrigin.hostname;
    relayed.port = consoleOrigin.port ? Number(consoleOrigin.port) : undefined;
    relayed.path = RELAY_PATH;
    return next({ ...args, request: relayed });
  };
}

/**
 * Sends every signed request through the console's same-origin relay (`POST /relay/`), since IAM
 * and STS answer no CORS preflight. The client still resolves and signs for the real AWS host;
 * only the URL changes after signing, and the signed headers and body go as they are.
 *
 * Use: `client.middlewareStack.use(relayPlugin(window.location.origin))`.
 */
export function relayPlugin<Input extends object, Output extends object>(
  consoleOrigin: string,
): Pluggable<Input, Output> {
  const origin = new URL(consoleOrigin);
  return {
    applyToStack: (stack) => {
      stack.addRelativeTo(relayMiddleware<Input, Output>(origin), relayMiddlewareOptions);
    },
  };
}
