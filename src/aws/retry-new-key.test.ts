import { GetCallerIdentityCommand } from '@aws-sdk/client-sts';
import { describe, expect, it, vi } from 'vitest';
import { checkNewAccessKey } from './retry-new-key.ts';

const IDENTITY = {
  Account: '123456789012',
  Arn: 'arn:aws:iam::123456789012:user/alice',
  UserId: 'AIDAEXAMPLEALICE0001',
  $metadata: {},
};

function awsError(code: string, status = 403): Error {
  return Object.assign(new Error(`${code} from the fake`), {
    name: code,
    Code: code,
    $metadata: { httpStatusCode: status, requestId: `req-${code}` },
  });
}

/** An STS client that fails with the scripted errors, then answers with the identity. */
function fakeSts(failures: Error[]) {
  const remaining = [...failures];
  const send = vi.fn(async (command: unknown) => {
    if (!(command instanceof GetCallerIdentityCommand)) throw new Error('unexpected command');
    const failure = remaining.shift();
    if (failure) throw failure;
    return IDENTITY;
  });
  return { send } as unknown as { send: typeof send } & Parameters<typeof checkNewAccessKey>[0];
}

function recordingSleep() {
  const waits: number[] = [];
  return { waits, sleep: async (ms: number) => void waits.push(ms) };
}

describe('checkNewAccessKey', () => {
  it('answers at once when the key already works', async () => {
    const { waits, sleep } = recordingSleep();
    const result = await checkNewAccessKey(fakeSts([]), { sleep });
    expect(result).toEqual({ identity: IDENTITY, attempts: 1 });
    expect(waits).toEqual([]);
  });

  it('retries InvalidClientTokenId and SignatureDoesNotMatch with growing waits', async () => {
    const { waits, sleep } = recordingSleep();
    const sts = fakeSts([
      awsError('InvalidClientTokenId'),
      awsError('SignatureDoesNotMatch'),
      awsError('InvalidClientTokenId'),
    ]);

    const result = await checkNewAccessKey(sts, { sleep, firstDelayMs: 500, maxDelayMs: 1500 });

    expect(result.attempts).toBe(4);
    expect(result.identity.Arn).toBe(IDENTITY.Arn);
    expect(waits).toEqual([500, 1000, 1500]);
  });

  it('gives up after the last attempt with the last AWS error', async () => {
    const { waits, sleep } = recordingSleep();
    const sts = fakeSts(Array.from({ length: 5 }, () => awsError('InvalidClientTokenId')));

    await expect(checkNewAccessKey(sts, { sleep, attempts: 3 })).rejects.toMatchObject({
      Code: 'InvalidClientTokenId',
    });
    expect(sts.send).toHaveBeenCalledTimes(3);
    expect(waits).toHaveLength(2);
  });

  it('does not retry other errors', async () => {
    const { waits, sleep } = recordingSleep();
    const sts = fakeSts([awsError('AccessDenied'), awsError('ExpiredToken')]);

    await expect(checkNewAccessKey(sts, { sleep })).rejects.toMatchObject({ Code: 'AccessDenied' });
    expect(sts.send).toHaveBeenCalledTimes(1);
    expect(waits).toEqual([]);
  });

  it('stops waiting when aborted', async () => {
    const controller = new AbortController();
    const sts = fakeSts([awsError('InvalidClientTokenId'), awsError('InvalidClientTokenId')]);
    const pending = checkNewAccessKey(sts, { signal: controller.signal, firstDelayMs: 60_000 });

    await vi.waitFor(() => expect(sts.send).toHaveBeenCalledTimes(1));
    controller.abort(new Error('closed'));

    await expect(pending).rejects.toThrow('closed');
    expect(sts.send).toHaveBeenCalledTimes(1);
  });
});
