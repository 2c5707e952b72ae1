import {
  CreateAccountAliasCommand,
  DeleteAccountAliasCommand,
  GetAccountSummaryCommand,
  IAMClient,
  ListAccountAliasesCommand,
  NoSuchEntityException,
} from '@aws-sdk/client-iam';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rejectionOf, startHarness, type Harness } from './test/harness.ts';
import { post } from './test/raw.ts';

let harness: Harness;
let iam: IAMClient;
beforeAll(async () => {
  harness = await startHarness({ alias: 'first-alias' });
  iam = harness.iam();
});
afterAll(() => harness.close());

const aliases = async () => (await iam.send(new ListAccountAliasesCommand({}))).AccountAliases;

describe('account aliases', () => {
  it('starts with the alias given in the options', async () => {
    expect(await aliases()).toEqual(['first-alias']);
    expect(harness.account.alias).toBe('first-alias');
  });

  it('replaces the alias on CreateAccountAlias, and the account reflects it', async () => {
    await iam.send(new CreateAccountAliasCommand({ AccountAlias: 'second-alias' }));
    expect(await aliases()).toEqual(['second-alias']);
    expect(harness.account.alias).toBe('second-alias');
  });

  it.each([
    'ab',
    'Upper-case',
    '-leading',
    'trailing-',
    'double--hyphen',
    'a'.repeat(64),
    'dot.ted',
  ])('refuses alias %j with ValidationError', async (AccountAlias) => {
    const error = await rejectionOf(iam.send(new CreateAccountAliasCommand({ AccountAlias })));
    expect(error.name).toBe('ValidationError');
    expect(error.$metadata.httpStatusCode).toBe(400);
  });

  it('accepts aliases of 3 and 63 characters', async () => {
    await iam.send(new CreateAccountAliasCommand({ AccountAlias: 'a1b' }));
    await iam.send(new CreateAccountAliasCommand({ AccountAlias: 'a'.repeat(63) }));
    expect(await aliases()).toEqual(['a'.repeat(63)]);
  });

  it('deletes the alias, and answers NoSuchEntity for one it does not hold', async () => {
    const error = await rejectionOf(
      iam.send(new DeleteAccountAliasCommand({ AccountAlias: 'not-mine' })),
    );
    expect(error).toBeInstanceOf(NoSuchEntityException);

    await iam.send(new DeleteAccountAliasCommand({ AccountAlias: 'a'.repeat(63) }));
    expect(await aliases()).toEqual([]);
    expect(harness.account.alias).toBeUndefined();
  });

  it('answers ListAccountAliases with IsTruncated', async () => {
    const out = await iam.send(new ListAccountAliasesCommand({}));
    expect(out.IsTruncated).toBe(false);
  });
});

describe('GetAccountSummary', () => {
  it('counts users, groups and roles and states the quotas', async () => {
    const { SummaryMap } = await iam.send(new GetAccountSummaryCommand({}));
    expect(SummaryMap).toMatchObject({
      Users: 0,
      Groups: 0,
      Roles: 0,
      AccessKeysPerUserQuota: 2,
      GroupsPerUserQuota: 10,
      AccountAccessKeysPresent: 1,
    });
  });

  it('writes the SummaryMap as entry/key/value', async () => {
    const response = await post(harness.endpoint, {
      Action: 'GetAccountSummary',
      Version: '2010-05-08',
    });
    expect(response.text).toContain('<SummaryMap><entry><key>Users</key><value>0</value></entry>');
  });
});
