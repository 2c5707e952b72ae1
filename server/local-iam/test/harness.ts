import { IAMClient } from '@aws-sdk/client-iam';
import { STSClient } from '@aws-sdk/client-sts';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { openLocalAccount, type LocalAccount, type LocalAccountOptions } from '../index.ts';

/** Fake, obviously test-only root credentials for in-memory accounts. */
export const TEST_ACCOUNT_ID = '123456789012';
export const TEST_ROOT_KEY = {
  accessKeyId: 'AKIATESTROOTKEY00001',
  secretAccessKey: 'test/root/secret/not-a-real-key/00000000',
};

export interface Credentials {
  accessKeyId: string;
  secretAccessKey: string;
}

export interface Harness {
  account: LocalAccount;
  /** `http://127.0.0.1:PORT` */
  origin: string;
  /** The console's endpoint, `http://127.0.0.1:PORT/local-aws/`. */
  endpoint: string;
  iam(credentials?: Credentials): IAMClient;
  sts(credentials?: Credentials): STSClient;
  logLines: string[];
  close(): Promise<void>;
}

/** Starts an in-memory account behind an HTTP server on 127.0.0.1, on a free port. */
export async function startHarness(options: LocalAccountOptions = {}): Promise<Harness> {
  const logLines: string[] = [];
  const account = openLocalAccount({
    accountId: TEST_ACCOUNT_ID,
    rootAccessKeyId: TEST_ROOT_KEY.accessKeyId,
    rootSecretAccessKey: TEST_ROOT_KEY.secretAccessKey,
    demo: false,
    log: (line) => logLines.push(line),
    ...options,
  });
  const server: Server = createServer((req, res) => void account.handle(req, res));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  const endpoint = `${origin}/local-aws/`;

  const clientConfig = (credentials: Credentials = TEST_ROOT_KEY) => ({
    endpoint,
    region: 'us-east-1',
    credentials,
    maxAttempts: 1,
  });

  return {
    account,
    origin,
    endpoint,
    iam: (credentials) => new IAMClient(clientConfig(credentials)),
    sts: (credentials) => new STSClient(clientConfig(credentials)),
    logLines,
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      account.close();
    },
  };
}

/** What the SDK throws for a service error. */
export type SdkError = Error & { $metadata: { httpStatusCode?: number }; $fault?: string };

/** The error a promise rejects with, failing the test when it resolves instead. */
export async function rejectionOf(promise: Promise<unknown>): Promise<SdkError> {
  try {
    await promise;
  } catch (error) {
    return error as SdkError;
  }
  throw new Error('Expected the call to fail, but it succeeded.');
}
