import { IAMClient } from '@aws-sdk/client-iam';
import { STSClient } from '@aws-sdk/client-sts';
import type { Credentials, Target } from '../session/types.ts';

export interface AwsClients {
  iam: IAMClient;
  sts: STSClient;
}

/** IAM and STS clients for one target and one set of credentials (IAM and STS share a URL). */
export function createAwsClients(input: { target: Target; credentials: Credentials }): AwsClients {
  const { target, credentials } = input;
  const config = {
    region: target.region,
    endpoint: target.endpoint,
    credentials: {
      accessKeyId: credentials.AccessKeyId,
      secretAccessKey: credentials.SecretAccessKey,
      sessionToken: credentials.SessionToken,
    },
    // Two attempts: a console user waiting on a failing endpoint wants the error, not backoff.
    maxAttempts: 2,
  };
  return { iam: new IAMClient(config), sts: new STSClient(config) };
}
