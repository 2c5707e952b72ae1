import {
  GetCallerIdentityCommand,
  type GetCallerIdentityCommandOutput,
  type STSClient,
} from '@aws-sdk/client-sts';
import { toAwsError } from './errors.ts';

// A new access key can take a few seconds to be accepted everywhere: IAM is eventually
// consistent, and until the key has propagated STS answers as if it did not exist.
// https://docs.aws.amazon.com/IAM/latest/UserGuide/troubleshoot_general.html (its section on
// eventual consistency)
const NOT_YET_PROPAGATED = new Set(['InvalidClientTokenId', 'SignatureDoesNotMatch']);

export interface RetryNewKeyOptions {
  /** Calls in all, the first included. */
  attempts?: number;
  /** The wait before the second call; each later wait doubles, up to maxDelayMs. */
  firstDelayMs?: number;
  maxDelayMs?: number;
  /** Stops waiting, e.g. when the dialog that asked is closed. */
  signal?: AbortSignal;
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
}

export interface NewKeyCheck {
  identity: GetCallerIdentityCommandOutput;
  /** How many calls it took: more than one means the key was still propagating. */
  attempts: number;
}

function sleepFor(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason as Error);
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener(
      'abort',
      () => {
        clearTimeout(timer);
        reject(signal.reason as Error);
      },
      { once: true },
    );
  });
}

/**
 * Calls STS GetCallerIdentity with a client built on a new access key, retrying briefly while
 * the key may still be propagating. Any other error, or the same error after the last attempt,
 * is thrown as the SDK raised it, so the caller shows its code and request ID.
 */
export async function checkNewAccessKey(
  sts: Pick<STSClient, 'send'>,
  options: RetryNewKeyOptions = {},
): Promise<NewKeyCheck> {
  const { attempts = 5, firstDelayMs = 1000, maxDelayMs = 4000, signal } = options;
  const sleep = options.sleep ?? sleepFor;

  let delay = firstDelayMs;
  for (let attempt = 1; ; attempt += 1) {
    try {
      const identity = await sts.send(new GetCallerIdentityCommand({}), { abortSignal: signal });
      return { identity, attempts: attempt };
    } catch (error) {
      const retryable = NOT_YET_PROPAGATED.has(toAwsError(error).code);
      if (!retryable || attempt >= attempts || signal?.aborted) throw error;
    }

    await sleep(delay, signal);
    delay = Math.min(delay * 2, maxDelayMs);
  }
}
