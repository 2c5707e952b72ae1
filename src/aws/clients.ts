import { IAMClient, type IAMClientConfig } from '@aws-sdk/client-iam';
import { STSClient } from '@aws-sdk/client-sts';
import type { Credentials, Target } from '../session/types.ts';
import { credentialsExpiryPlugin } from './expiry-middleware.ts';
import { relayPlugin } from './relay-middleware.ts';

export interface AwsClients {
  iam: IAMClient;
  sts: STSClient;
}

export interface ClientOptions {
  /** The origin whose `/relay/` carries AWS requests; the page's own origin by default. */
  consoleOrigin?: string;
  /** Replaces the browser's fetch handler: tests only. */
  requestHandler?: IAMClientConfig['requestHandler'];
  /** Called when a call is refused because the credentials expired (`ExpiredToken`). */
  onCredentialsExpired?: () => void;
}

/**
 * IAM and STS clients for one target and one set of credentials. The local account and custom
 * endpoints serve IAM and STS on one URL. For AWS no endpoint is set, so the SDK resolves and
 * signs for the real hosts (iam.amazonaws.com, sts.<region>.amazonaws.com and their partition
 * variants), and the relay plugin then sends the signed request through this server's `/relay/`,
 * because IAM and STS answer no CORS preflight.
 */
export function createAwsClients(
  input: { target: Target; credentials: Credentials },
  options: ClientOptions = {},
): AwsClients {
  const { target, credentials } = input;
  const config = {
    region: target.region,
    endpoint: target.kind === 'aws' ? undefined : target.endpoint,
    credentials: {
      accessKeyId: credentials.AccessKeyId,
      secretAccessKey: credentials.SecretAccessKey,
      sessionToken: credentials.SessionToken,
    },
    // Two attempts: a console user waiting on a failing endpoint wants the error, not backoff.
    maxAttempts: 2,
    ...(options.requestHandler ? { requestHandler: options.requestHandler } : {}),
  };
  const clients = { iam: new IAMClient(config), sts: new STSClient(config) };

  if (options.onCredentialsExpired) {
    clients.iam.middlewareStack.use(credentialsExpiryPlugin(options.onCredentialsExpired));
    clients.sts.middlewareStack.use(credentialsExpiryPlugin(options.onCredentialsExpired));
  }

  if (target.kind === 'aws') {
    const consoleOrigin = options.consoleOrigin ?? window.location.origin;
    clients.iam.middlewareStack.use(relayPlugin(consoleOrigin));
    clients.sts.middlewareStack.use(relayPlugin(consoleOrigin));
  }
  return clients;
}
