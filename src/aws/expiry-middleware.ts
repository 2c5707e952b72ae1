import type { InitializeHandler, InitializeMiddleware, Pluggable } from '@smithy/types';
import { hasAwsCode } from './errors.ts';

/**
 * Temporary credentials that have run out answer `ExpiredToken` ("The security token included in
 * the request is expired", https://docs.aws.amazon.com/STS/latest/APIReference/CommonErrors.html)
 * on every later call. Watching for it on the client, rather than in each caller, also covers
 * callers that keep the error to themselves, such as the create-user steps.
 */
export function credentialsExpiryPlugin<Input extends object, Output extends object>(
  onExpired: () => void,
): Pluggable<Input, Output> {
  const middleware: InitializeMiddleware<Input, Output> =
    (next: InitializeHandler<Input, Output>) => async (args) => {
      try {
        return await next(args);
      } catch (error) {
        if (hasAwsCode(error, 'ExpiredToken')) onExpired();
        throw error;
      }
    };
  return {
    applyToStack: (stack) => {
      stack.add(middleware, { step: 'initialize', name: 'credentialsExpiry' });
    },
  };
}
