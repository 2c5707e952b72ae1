import type { IAMClient } from '@aws-sdk/client-iam';
import { describe, expect, it } from 'vitest';
import { validateAccountAlias } from './account-alias-form.ts';
import {
  mapBounded,
  MAX_USERS_REVIEWED,
  reviewAccount,
  USERS_IN_FLIGHT,
} from './security-review.ts';

const NOW = new Date('2026-06-01T00:00:00Z');
const daysAgo = (days: number) => new Date(NOW.getTime() - days * 86_400_000);

interface FakeUser {
  password?: boolean;
  mfa?: boolean;
  keys?: { AccessKeyId: string; CreateDate: Date; Status: 'Active' | 'Inactive' }[];
}

/** Answers the four calls the review makes, from a table of users, and counts calls in flight. */
function fakeIam(users: Record<string, FakeUser>) {
  let inFlight = 0;
  const stats = { maxInFlight: 0, calls: 0 };
  const send = async (command: {
    constructor: { name: string };
    input: Record<string, string>;
  }) => {
    stats.calls += 1;
    inFlight += 1;
    stats.maxInFlight = Math.max(stats.maxInFlight, inFlight);
    await new Promise((resolve) => setTimeout(resolve, 1));
    inFlight -= 1;
    const user = users[command.input.UserName ?? ''];
    switch (command.constructor.name) {
      case 'ListUsersCommand':
        return { Users: Object.keys(users).map((UserName) => ({ UserName })), IsTruncated: false };
      case 'GetLoginProfileCommand':
        if (user?.password) return { LoginProfile: {} };
        throw Object.assign(new Error('none'), { name: 'NoSuchEntity', Code: 'NoSuchEntity' });
      case 'ListMFADevicesCommand':
        return { MFADevices: user?.mfa ? [{ SerialNumber: 'arn:mfa' }] : [] };
      case 'ListAccessKeysCommand':
        return { AccessKeyMetadata: user?.keys ?? [], IsTruncated: false };
      default:
        throw new Error(`unexpected ${command.constructor.name}`);
    }
  };
  return { iam: { send } as unknown as IAMClient, stats };
}

describe('reviewAccount', () => {
  it('finds console users without MFA and keys older than 90 days, oldest first', async () => {
    const { iam } = fakeIam({
      alice: { password: true },
      bob: { password: true, mfa: true },
      carol: {
        keys: [
          { AccessKeyId: 'AKIACAROL00000000001', CreateDate: daysAgo(91), Status: 'Active' },
          { AccessKeyId: 'AKIACAROL00000000002', CreateDate: daysAgo(89), Status: 'Active' },
        ],
      },
      dave: {
        keys: [
          { AccessKeyId: 'AKIADAVE000000000001', CreateDate: daysAgo(400), Status: 'Active' },
          { AccessKeyId: 'AKIADAVE000000000002', CreateDate: daysAgo(500), Status: 'Inactive' },
        ],
      },
    });
    const review = await reviewAccount(iam, NOW);
    expect(review.consoleUsersWithoutMfa).toEqual(['alice']);
    expect(review.oldAccessKeys.map((key) => key.AccessKeyId)).toEqual([
      'AKIADAVE000000000001',
      'AKIACAROL00000000001',
    ]);
    expect(review).toMatchObject({ totalUsers: 4, usersReviewed: 4, consoleUsers: 2 });
  });

  it(`checks at most ${MAX_USERS_REVIEWED} users, ${USERS_IN_FLIGHT} at a time`, async () => {
    const users = Object.fromEntries(
      Array.from({ length: MAX_USERS_REVIEWED + 5 }, (_, i) => [`user-${i}`, {}]),
    );
    const { iam, stats } = fakeIam(users);
    const review = await reviewAccount(iam, NOW);
    expect(review).toMatchObject({ totalUsers: MAX_USERS_REVIEWED + 5, usersReviewed: 200 });
    expect(stats.calls).toBe(1 + 3 * MAX_USERS_REVIEWED);
    expect(stats.maxInFlight).toBeLessThanOrEqual(3 * USERS_IN_FLIGHT);
  });
});

describe('mapBounded', () => {
  it('keeps the input order and never runs more than the limit', async () => {
    let running = 0;
    let peak = 0;
    const out = await mapBounded([5, 1, 4, 2, 3], 2, async (n) => {
      running += 1;
      peak = Math.max(peak, running);
      await new Promise((resolve) => setTimeout(resolve, n));
      running -= 1;
      return n * 10;
    });
    expect(out).toEqual([50, 10, 40, 20, 30]);
    expect(peak).toBe(2);
  });
});

describe('validateAccountAlias', () => {
  it.each([
    ['', 'Enter an alias.'],
    ['Demo-Org', 'Use lowercase letters only.'],
    ['demo_org', 'Use only lowercase letters, digits and hyphens.'],
    ['ab', 'An alias has 3–63 characters.'],
    ['a'.repeat(64), 'An alias has 3–63 characters.'],
    ['-demo', 'Start and end with a letter or digit.'],
    ['demo--org', 'Two hyphens cannot follow each other.'],
  ])('refuses %j', (alias, message) => {
    expect(validateAccountAlias(alias)).toBe(message);
  });

  it.each(['abc', 'demo-org', 'a'.repeat(63), '123456789012'])('accepts %j', (alias) => {
    expect(validateAccountAlias(alias)).toBeUndefined();
  });
});
