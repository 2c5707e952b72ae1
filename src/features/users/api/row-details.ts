import type { IAMClient } from '@aws-sdk/client-iam';
import { accessKeyLastUsedQuery, accessKeysQuery } from '../credentials/api/access-key-queries.ts';
import { loginProfileQuery } from '../credentials/api/login-profile.ts';
import { mfaDevicesQuery } from '../credentials/api/mfa-devices.ts';
import { createLimiter } from './concurrency.ts';
import { groupsForUserQuery } from '../../../aws/list-queries.ts';

// The users list reads details only for the rows and columns on screen, and at most this many
// calls at once: IAM throttles bursts, and a browser queues more than six per host anyway.
const MAX_CALLS_IN_FLIGHT = 4;
const limit = createLimiter(MAX_CALLS_IN_FLIGHT);

/** The same query (key and function) as elsewhere, waiting its turn behind the limiter. */
function throttled<T extends { queryFn?: unknown }>(options: T): T {
  const queryFn = options.queryFn as (context: unknown) => Promise<unknown>;
  return { ...options, queryFn: (context: unknown) => limit(() => queryFn(context)) };
}

export const rowDetailQueries = {
  groups: (iam: IAMClient, UserName: string) => throttled(groupsForUserQuery(iam, UserName)),
  loginProfile: (iam: IAMClient, UserName: string) => throttled(loginProfileQuery(iam, UserName)),
  mfaDevices: (iam: IAMClient, UserName: string) => throttled(mfaDevicesQuery(iam, UserName)),
  accessKeys: (iam: IAMClient, UserName: string) => throttled(accessKeysQuery(iam, UserName)),
  accessKeyLastUsed: (iam: IAMClient, UserName: string, AccessKeyId: string) =>
    throttled(accessKeyLastUsedQuery(iam, UserName, AccessKeyId)),
};
