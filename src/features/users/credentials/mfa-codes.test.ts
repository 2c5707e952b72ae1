import { describe, expect, it } from 'vitest';
import { validateDeviceName, validateMfaCodes } from './mfa-codes.ts';

describe('MFA form checks', () => {
  it('wants two different six-digit codes', () => {
    expect(validateMfaCodes('123456', '654321')).toEqual({});
    expect(validateMfaCodes('12345', '1234567')).toEqual({
      AuthenticationCode1: 'Enter the six digits the app shows.',
      AuthenticationCode2: 'Enter the six digits the app shows next.',
    });
    expect(validateMfaCodes('123456', '123456').AuthenticationCode2).toMatch(/consecutive/);
  });

  it('follows VirtualMFADeviceName rules', () => {
    expect(validateDeviceName('ana.phone@work')).toBeUndefined();
    expect(validateDeviceName('')).toMatch(/Enter/);
    expect(validateDeviceName('my phone')).toMatch(/only/);
    expect(validateDeviceName('x'.repeat(227))).toMatch(/226/);
  });
});
