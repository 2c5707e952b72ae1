import { IAMClient } from '@aws-sdk/client-iam';
import { STSClient } from '@aws-sdk/client-sts';

export interface KeyPair {
  accessKeyId: string;
  secretAccessKey: string;
}

export interface SdkClients {
  iam: IAMClient;
  sts: STSClient;
}

/**
 * IAM and STS clients for one endpoint that serves both, as the local account and moto do.
 * One attempt: a failed call is counted as an error, never hidden behind a retry.
 */
export function sdkClients(endpoint: string, credentials: KeyPair): SdkClients {
  const config = { endpoint, region: 'us-east-1', credentials, maxAttempts: 1 };
  return { iam: new IAMClient(config), sts: new STSClient(config) };
}

export function destroyClients(clients: SdkClients): void {
  clients.iam.destroy();
  clients.sts.destroy();
}

/** Runs `task` over `items` with at most `concurrency` in flight, keeping the input order. */
export async function mapConcurrent<T, R>(
  items: readonly T[],
  concurrency: number,
  task: (item: T, index: number) => Promise<R>,
): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const lane = async () => {
    while (next < items.length) {
      const index = next;
      next += 1;
      results[index] = await task(items[index] as T, index);
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, items.length) }, lane));
  return results;
}
