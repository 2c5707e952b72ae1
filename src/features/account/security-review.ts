import {
  GetLoginProfileCommand,
  ListAccessKeysCommand,
  ListMFADevicesCommand,
  ListUsersCommand,
  type IAMClient,
} from '@aws-sdk/client-iam';
import { queryOptions } from '@tanstack/react-query';
import { hasAwsCode } from '../../aws/errors.ts';
import { listAll } from '../../aws/paging.ts';
import { accountKeys } from '../../aws/query-keys.ts';

/**
 * Neither GetAccountAuthorizationDetails nor GetAccountSummary says which users have a password
 * without MFA, or how old their keys are; the credential report does, but the local account does
 * not implement GenerateCredentialReport. So the review asks per user, for a bounded number of
 * users and a few users at a time, and says when it stopped short.
 */
export const MAX_USERS_REVIEWED = 200;
export const USERS_IN_FLIGHT = 4;
/** AWS's recommendation: rotate access keys at least every 90 days. */
export const KEY_ROTATION_DAYS = 90;

export interface OldAccessKey {
  UserName: string;
  AccessKeyId: string;
  CreateDate: Date;
}

export interface SecurityReview {
  totalUsers: number;
  usersReviewed: number;
  /** Reviewed users with a console password: none makes "all of them have MFA" say nothing. */
  consoleUsers: number;
  consoleUsersWithoutMfa: string[];
  oldAccessKeys: OldAccessKey[];
}

interface UserFindings {
  console: boolean;
  consoleWithoutMfa: boolean;
  oldAccessKeys: OldAccessKey[];
}

async function hasLoginProfile(iam: IAMClient, UserName: string): Promise<boolean> {
  try {
    await iam.send(new GetLoginProfileCommand({ UserName }));
    return true;
  } catch (error) {
    if (hasAwsCode(error, 'NoSuchEntity')) return false;
    throw error;
  }
}

async function reviewUser(iam: IAMClient, UserName: string, now: Date): Promise<UserFindings> {
  const [console, devices, keys] = await Promise.all([
    hasLoginProfile(iam, UserName),
    iam.send(new ListMFADevicesCommand({ UserName })),
    listAll(
      (Marker) => iam.send(new ListAccessKeysCommand({ UserName, Marker })),
      (page) => page.AccessKeyMetadata,
    ),
  ]);
  const oldest = now.getTime() - KEY_ROTATION_DAYS * 24 * 60 * 60 * 1000;
  return {
    console,
    consoleWithoutMfa: console && (devices.MFADevices ?? []).length === 0,
    oldAccessKeys: keys
      .filter(
        (key) => key.Status === 'Active' && key.CreateDate && key.CreateDate.getTime() < oldest,
      )
      .map((key) => ({
        UserName,
        AccessKeyId: key.AccessKeyId ?? '',
        CreateDate: key.CreateDate ?? now,
      })),
  };
}

/** Runs `work` over `items` with at most `limit` running at once, keeping the input order. */
export async function mapBounded<T, R>(
  items: readonly T[],
  limit: number,
  work: (item: T) => Promise<R>,
): Promise<R[]> {
  const results: R[] = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next;
      next += 1;
      results[index] = await work(items[index] as T);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

export async function reviewAccount(iam: IAMClient, now = new Date()): Promise<SecurityReview> {
  const users = await listAll(
    (Marker) => iam.send(new ListUsersCommand({ Marker })),
    (page) => page.Users,
  );
  const reviewed = users.slice(0, MAX_USERS_REVIEWED).map((user) => user.UserName ?? '');
  const findings = await mapBounded(reviewed, USERS_IN_FLIGHT, (UserName) =>
    reviewUser(iam, UserName, now),
  );
  return {
    totalUsers: users.length,
    usersReviewed: reviewed.length,
    consoleUsers: findings.filter((finding) => finding.console).length,
    consoleUsersWithoutMfa: reviewed.filter((_, index) => findings[index]?.consoleWithoutMfa),
    oldAccessKeys: findings
      .flatMap((finding) => finding.oldAccessKeys)
      .sort((a, b) => a.CreateDate.getTime() - b.CreateDate.getTime()),
  };
}

export function securityReviewQuery(iam: IAMClient) {
  // The client stands for the session, and signing in clears the cache (SessionContext), so it
  // is not part of the key, as in every other query here.
  const review = () => reviewAccount(iam);
  return queryOptions({
    queryKey: accountKeys.securityReview(),
    queryFn: review,
    // Other pages change passwords, devices and keys without touching this key.
    staleTime: 0,
    retry: false,
  });
}
