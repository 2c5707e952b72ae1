import { describe, expect, it } from 'vitest';
import { KeyMaterialError } from './errors.ts';
import {
  base32Of,
  codeAt,
  createVirtualMFASeed,
  otpauthUri,
  qrCodePng,
  timeStep,
  verifyCode,
  verifyConsecutiveCodes,
} from './totp.ts';

// RFC 6238, appendix B: the SHA-1 seed and its codes, cut to the six digits apps show.
const rfcSeed = Buffer.from('12345678901234567890', 'ascii');
const rfcVectors: [number, string][] = [
  [59, '287082'],
  [1111111109, '081804'],
  [1234567890, '005924'],
  [2000000000, '279037'],
];

const at = (seconds: number) => new Date(seconds * 1000);

function codeError(fn: () => unknown): KeyMaterialError {
  try {
    fn();
  } catch (error) {
    if (error instanceof KeyMaterialError) return error;
    throw error;
  }
  throw new Error('accepted');
}

describe('virtual MFA seed and QR code', () => {
  it('makes a 20-byte seed and its base32 string', () => {
    const seed = createVirtualMFASeed();
    expect(seed.Seed).toHaveLength(20);
    expect(seed.Base32StringSeed).toMatch(/^[A-Z2-7]{32}$/);
    expect(createVirtualMFASeed().Base32StringSeed).not.toBe(seed.Base32StringSeed);
  });

  it('encodes base32 per RFC 4648', () => {
    expect(base32Of(rfcSeed)).toBe('GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ');
    const fixed = createVirtualMFASeed((size) => Buffer.alloc(size, 0xff));
    expect(fixed.Base32StringSeed).toBe('7'.repeat(32));
  });

  it('builds the otpauth URI AWS documents', () => {
    expect(otpauthUri('alice-phone', '123456789012', 'GEZDGNBV')).toBe(
      'otpauth://totp/alice-phone@123456789012?secret=GEZDGNBV',
    );
  });

  it('renders the URI as a PNG', async () => {
    const png = await qrCodePng(otpauthUri('d', 'my-alias', 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ'));
    expect(png.subarray(0, 8)).toEqual(
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    );
    const other = await qrCodePng(otpauthUri('e', 'my-alias', 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ'));
    expect(other.equals(png)).toBe(false);
  });
});

describe('verifyCode', () => {
  it.each(rfcVectors)('matches the RFC 6238 code at %i s', (seconds, code) => {
    expect(codeAt(rfcSeed, timeStep(at(seconds)))).toBe(code);
    expect(verifyCode(rfcSeed, code, at(seconds))).toBe(timeStep(at(seconds)));
  });

  it('accepts the previous and next step for clock drift, not two away', () => {
    const now = at(1234567890);
    const step = timeStep(now);
    expect(verifyCode(rfcSeed, codeAt(rfcSeed, step - 1), now)).toBe(step - 1);
    expect(verifyCode(rfcSeed, codeAt(rfcSeed, step + 1), now)).toBe(step + 1);
    expect(codeError(() => verifyCode(rfcSeed, codeAt(rfcSeed, step - 2), now)).code).toBe(
      'InvalidAuthenticationCode',
    );
  });

  it('refuses a code already used, and earlier ones', () => {
    const now = at(1234567890);
    const used = verifyCode(rfcSeed, '005924', now);
    const replay = codeError(() => verifyCode(rfcSeed, '005924', now, used));
    expect(replay.code).toBe('InvalidAuthenticationCode');
    expect(replay.httpStatus).toBe(403);
    expect(replay.message).toBe('Authentication code for device is not valid.');
    const earlier = codeAt(rfcSeed, used - 1);
    expect(codeError(() => verifyCode(rfcSeed, earlier, now, used)).code).toBe(
      'InvalidAuthenticationCode',
    );
    expect(verifyCode(rfcSeed, codeAt(rfcSeed, used + 1), now, used)).toBe(used + 1);
  });

  it.each(['', '12345', '1234567', 'abcdef', ' 05924'])('refuses %j', (code) => {
    expect(codeError(() => verifyCode(rfcSeed, code, at(1234567890))).code).toBe(
      'InvalidAuthenticationCode',
    );
  });
});

describe('verifyConsecutiveCodes', () => {
  const now = at(2000000000);
  const step = timeStep(now);
  const code = (s: number) => codeAt(rfcSeed, s);

  it('accepts the two latest codes and returns the step of the second', () => {
    expect(verifyConsecutiveCodes(rfcSeed, code(step - 1), code(step), now)).toBe(step);
  });

  it('accepts a pair read a few minutes ago', () => {
    expect(verifyConsecutiveCodes(rfcSeed, code(step - 8), code(step - 7), now)).toBe(step - 7);
  });

  it.each([
    ['codes in the wrong order', () => [code(step), code(step - 1)]],
    ['codes one step apart with a gap', () => [code(step - 2), code(step)]],
    ['the same code twice', () => [code(step), code(step)]],
    ['a pair from long ago', () => [code(step - 40), code(step - 39)]],
    ['a malformed code', () => ['12345', code(step)]],
  ])('refuses %s', (_name, pair) => {
    const [first = '', second = ''] = pair();
    expect(codeError(() => verifyConsecutiveCodes(rfcSeed, first, second, now)).code).toBe(
      'InvalidAuthenticationCode',
    );
  });

  it('refuses a pair at or before the last used step (a replayed resync)', () => {
    const used = verifyConsecutiveCodes(rfcSeed, code(step - 1), code(step), now);
    expect(
      codeError(() => verifyConsecutiveCodes(rfcSeed, code(step - 1), code(step), now, used)).code,
    ).toBe('InvalidAuthenticationCode');
  });
});
