/**
 * Found by the generated tests (slow answers) and the soak: a user holding a large AWS managed
 * policy paid for it on every request, as its whole package entry was read and parsed again
 * and its thousands of action patterns recompiled (more than the RegExp cache keeps).
 */
import {
  AttachUserPolicyCommand,
  CreateAccessKeyCommand,
  CreateUserCommand,
  GetUserCommand,
} from '@aws-sdk/client-iam';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { matchesAction, matchesLike, plainPattern } from '../policy/wildcard.ts';
import { startHarness, type Harness } from '../test/harness.ts';

describe('action patterns', () => {
  const units = fc.constantFrom('*', '?', 'a', 'A', 'i', 'I', ':', '.', 'ß', 'ſ', 'K', 'k', 'é');
  const text = fc.string({ unit: units, maxLength: 12 });

  it('match as the case-insensitive wildcard RegExp does, without compiling one', () => {
    fc.assert(
      fc.property(text, text, (pattern, action) => {
        const compiled = matchesLike(plainPattern(pattern), action, true);
        expect(matchesAction(pattern, action)).toBe(compiled);
      }),
      { numRuns: 3000 },
    );
  });

  it.each([
    ['iam:List*', 'iam:listusers', true],
    ['iam:Get?ser', 'iam:GetUser', true],
    ['*', '', true],
    ['iam:*User*', 'iam:CreateUser', true],
    ['iam:*User', 'iam:UserName', false],
    ['s3:Get*', 'iam:GetUser', false],
  ])('%s against %s: %s', (pattern, action, expected) => {
    expect(matchesAction(pattern, action)).toBe(expected);
  });
});

describe('a user holding ReadOnlyAccess', () => {
  let harness: Harness;
  let reader: ReturnType<Harness['iam']>;

  beforeAll(async () => {
    harness = await startHarness();
    const iam = harness.iam();
    await iam.send(new CreateUserCommand({ UserName: 'reader' }));
    await iam.send(
      new AttachUserPolicyCommand({
        UserName: 'reader',
        PolicyArn: 'arn:aws:iam::aws:policy/ReadOnlyAccess',
      }),
    );
    const { AccessKey } = await iam.send(new CreateAccessKeyCommand({ UserName: 'reader' }));
    reader = harness.iam({
      accessKeyId: AccessKey!.AccessKeyId!,
      secretAccessKey: AccessKey!.SecretAccessKey!,
    });
  });
  afterAll(() => harness.close());

  // How fast is the benchmark's business (npm run bench), never a test's: this one checks that
  // the cached documents and compiled patterns keep deciding the same way, call after call.
  it('is authorized for every one of 50 calls in a row', async () => {
    for (let i = 0; i < 50; i++) {
      const { User } = await reader.send(new GetUserCommand({ UserName: 'reader' }));
      expect(User?.UserName).toBe('reader');
    }
  });
});
