/**
 * Faults the generated tests found, each kept with the input that showed it. The fix is for
 * the whole kind (every operation, every error path); these inputs are its witnesses.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, TEST_ROOT_KEY, type Harness } from '../test/harness.ts';
import { errorOf, xmlAt } from '../test/raw.ts';
import { formBody, sendRaw, signRaw, type RawResponse } from './support/sign.ts';

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(() => harness.close());

const IAM = { Version: '2010-05-08' };
const STS = { Version: '2011-06-15' };

async function call(
  fields: Record<string, string>,
  service: 'iam' | 'sts' = 'iam',
  credentials = TEST_ROOT_KEY,
): Promise<RawResponse> {
  const body = formBody(Object.entries(fields));
  return sendRaw(await signRaw(harness.endpoint, body, { service, credentials }));
}

describe('a missing required member is a ValidationError before any look-up', () => {
  const cases: [string, Record<string, string>, string][] = [
    [
      'ResyncMFADevice',
      { UserName: 'fza', AuthenticationCode1: '123456', AuthenticationCode2: '654321' },
      'serialNumber',
    ],
    ['UpdateRoleDescription', { RoleName: 'fz0rGp0ig' }, 'description'],
    ['TagUser', { UserName: 'fz3ns' }, 'tags'],
    ['TagRole', { RoleName: 'fzQ3V=HD' }, 'tags'],
    ['TagPolicy', { PolicyArn: 'arn:aws:iam::aws:policy/ReadOnlyAccess' }, 'tags'],
    ['TagMFADevice', { SerialNumber: 'arn:aws:iam::123456789012:mfa/fz-mfa' }, 'tags'],
    ['GetSSHPublicKey', { UserName: '=', Encoding: 'PermissionsPolicy' }, 'sSHPublicKeyId'],
    ['CreatePolicyVersion', { PolicyDocument: 'fzr', SetAsDefault: 'False' }, 'policyArn'],
    ['UpdateSSHPublicKey', { UserName: 'fz5', SSHPublicKeyId: 'APKA59LNPZRBTD7CSGKV' }, 'status'],
    [
      'EnableMFADevice',
      { UserName: 'fzGsza', AuthenticationCode1: '760010', AuthenticationCode2: '710125' },
      'serialNumber',
    ],
  ];
  it.each(cases)('%s, %o: no %s', async (Action, fields, member) => {
    const response = await call({ Action, ...IAM, ...fields });
    expect(response.status).toBe(400);
    expect(errorOf(response).Code).toBe('ValidationError');
    expect(errorOf(response).Message).toBe(
      `1 validation error detected: Value null at '${member}' failed to satisfy constraint: ` +
        'Member must not be null',
    );
  });

  it('names every missing member in one answer', async () => {
    const response = await call({ Action: 'PutUserPolicy', ...IAM, UserName: 'nobody' });
    expect(errorOf(response).Message).toBe(
      "2 validation errors detected: Value null at 'policyName' failed to satisfy constraint: " +
        "Member must not be null; Value null at 'policyDocument' failed to satisfy constraint: " +
        'Member must not be null',
    );
  });

  it('counts a list as sent when only its members are', async () => {
    const response = await call({
      Action: 'UntagUser',
      ...IAM,
      UserName: 'nobody',
      'TagKeys.member.1': 'team',
    });
    expect(errorOf(response).Code).toBe('NoSuchEntity');
  });
});

describe('errors speak for the service the request was signed for', () => {
  it('an STS-signed request with an unknown key and an unknown action', async () => {
    const unknownKey = { accessKeyId: 'AKIAUNKNOWNKEY000000', secretAccessKey: 'x'.repeat(40) };
    const response = await call({ Action: 'Get User', ...STS }, 'sts', unknownKey);
    expect(response.status).toBe(403);
    expect(xmlAt(response.text, 'ErrorResponse.@_xmlns')).toBe(
      'https://sts.amazonaws.com/doc/2011-06-15/',
    );
  });

  it('an STS-signed body over the size limit', async () => {
    const body = `Action=AssumeRole&Version=2011-06-15&Policy=${'%C3%A9'.repeat(200_000)}`;
    const response = await sendRaw(await signRaw(harness.endpoint, body, { service: 'sts' }));
    expect(response.status).toBe(413);
    expect(xmlAt(response.text, 'ErrorResponse.@_xmlns')).toBe(
      'https://sts.amazonaws.com/doc/2011-06-15/',
    );
  });
});

describe('STS answers only with codes STS has', () => {
  it('GetAccessKeyInfo for a key ID that names no account: InvalidClientTokenId', async () => {
    const response = await call(
      { Action: 'GetAccessKeyInfo', ...STS, AccessKeyId: 'AKIA0000000000000000' },
      'sts',
    );
    expect(response.status).toBe(403);
    expect(errorOf(response).Code).toBe('InvalidClientTokenId');
  });

  it.each([
    ['a key with characters tags may not hold', { 'Tags.member.1.Key': "'m$)84av" }],
    ['two keys that differ only by case', { 'Tags.member.2.Key': 'TEAM' }],
  ])('AssumeRole with %s: ValidationError', async (_, tags) => {
    const response = await call(
      {
        Action: 'AssumeRole',
        ...STS,
        RoleArn: 'arn:aws:iam::123456789012:role/none',
        RoleSessionName: 's',
        'Tags.member.1.Key': 'team',
        'Tags.member.1.Value': 'a',
        'Tags.member.2.Key': 'other',
        'Tags.member.2.Value': 'b',
        ...tags,
      },
      'sts',
    );
    expect(response.status).toBe(400);
    expect(errorOf(response).Code).toBe('ValidationError');
  });

  it('AssumeRole with 51 tags: ValidationError', async () => {
    const tags = Object.fromEntries(
      Array.from({ length: 51 }, (_, i) => [
        [`Tags.member.${i + 1}.Key`, `k${i}`],
        [`Tags.member.${i + 1}.Value`, 'v'],
      ]).flat(),
    );
    const response = await call(
      {
        Action: 'AssumeRole',
        ...STS,
        RoleArn: 'arn:aws:iam::123456789012:role/none',
        RoleSessionName: 's',
        ...tags,
      },
      'sts',
    );
    expect(errorOf(response).Code).toBe('ValidationError');
  });
});
