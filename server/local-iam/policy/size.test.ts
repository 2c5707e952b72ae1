import { describe, expect, it } from 'vitest';
import { PolicyDocumentError } from './errors.ts';
import {
  assertInlinePolicySize,
  assertManagedPolicySize,
  assertTrustPolicySize,
  hasOnlyPolicyCharacters,
  policySize,
} from './size.ts';

function thrown(fn: () => void): PolicyDocumentError | undefined {
  try {
    fn();
  } catch (error) {
    if (error instanceof PolicyDocumentError) return error;
    throw error;
  }
  return undefined;
}

describe('policy size quotas', () => {
  it('counts every character but white space', () => {
    expect(policySize('{ "a" :\n\t"b c" }\r\n')).toBe(10);
  });

  it('allows a managed policy of exactly 6,144 characters, refuses one more', () => {
    const padded = (n: number) => `${'x'.repeat(n)}${' '.repeat(500)}`;
    expect(thrown(() => assertManagedPolicySize(padded(6144)))).toBeUndefined();
    const error = thrown(() => assertManagedPolicySize(padded(6145)));
    expect(error?.code).toBe('LimitExceeded');
    expect(error?.httpStatus).toBe(409);
    expect(error?.message).toBe('Cannot exceed quota for PolicySize: 6144');
  });

  it.each([
    ['user', 2048],
    ['group', 5120],
    ['role', 10240],
  ] as const)('sums the inline policies of a %s against %i', (owner, limit) => {
    const half = 'y'.repeat(limit / 2);
    expect(thrown(() => assertInlinePolicySize(owner, 'bob', [half, half]))).toBeUndefined();
    const error = thrown(() => assertInlinePolicySize(owner, 'bob', [half, `${half}z`]));
    expect(error?.code).toBe('LimitExceeded');
    expect(error?.message).toBe(`Maximum policy size of ${limit} bytes exceeded for ${owner} bob`);
  });

  it('limits a trust policy to 2,048 characters', () => {
    expect(thrown(() => assertTrustPolicySize('t'.repeat(2048)))).toBeUndefined();
    expect(thrown(() => assertTrustPolicySize('t'.repeat(2049)))?.message).toBe(
      'Cannot exceed quota for ACLSizePerRole: 2048',
    );
  });

  it('accepts only tab, line breaks and U+0020 to U+00FF', () => {
    expect(hasOnlyPolicyCharacters('{"a":"é\t"}\r\n')).toBe(true);
    expect(hasOnlyPolicyCharacters('{"a":"€"}')).toBe(false);
    expect(hasOnlyPolicyCharacters('\u0000')).toBe(false);
  });
});
