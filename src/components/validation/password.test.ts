import { describe, expect, it } from 'vitest';
import {
  characterClassCount,
  generatePassword,
  PASSWORD_SYMBOLS,
  validatePassword,
  validatePasswordLength,
} from './password.ts';

describe('generatePassword', () => {
  it('is 15 characters by default and honours a chosen length', () => {
    expect(generatePassword()).toHaveLength(15);
    expect(generatePassword(8)).toHaveLength(8);
    expect(generatePassword(128)).toHaveLength(128);
  });

  it('always mixes all four classes and passes the default policy', () => {
    for (let i = 0; i < 200; i += 1) {
      const password = generatePassword(8);
      expect(characterClassCount(password)).toBe(4);
      expect(validatePassword(password)).toBeUndefined();
    }
  });

  it('never starts with a character a spreadsheet reads as a formula', () => {
    for (let i = 0; i < 300; i += 1) expect(generatePassword(8)).not.toMatch(/^[=+\-@]/);
  });

  it('draws from crypto.getRandomValues and varies', () => {
    const seen = new Set(Array.from({ length: 50 }, () => generatePassword()));
    expect(seen.size).toBe(50);
  });

  it('uses only letters, digits and the policy symbols', () => {
    const allowed = new RegExp(`^[A-Za-z0-9${PASSWORD_SYMBOLS.replace(/[\]\\^-]/g, '\\$&')}]+$`);
    for (let i = 0; i < 50; i += 1) expect(generatePassword(64)).toMatch(allowed);
  });

  it('refuses lengths outside 8–128', () => {
    expect(() => generatePassword(7)).toThrow(RangeError);
    expect(() => generatePassword(129)).toThrow(RangeError);
    expect(() => generatePassword(10.5)).toThrow(RangeError);
  });

  it('does not favour low values when the source is skewed to the rejection zone', () => {
    // A source that first returns the largest uint32 (rejected) must not loop or crash.
    let calls = 0;
    const source = (array: Uint32Array<ArrayBuffer>) => {
      array[0] = calls++ === 0 ? 0xffffffff : calls * 7919;
      return array;
    };
    expect(generatePassword(8, source)).toHaveLength(8);
  });
});

describe('validatePassword', () => {
  it('needs 8 characters and three classes', () => {
    expect(validatePassword('')).toMatch(/Enter a password/);
    expect(validatePassword('Ab1!')).toMatch(/at least 8/);
    expect(validatePassword('abcdefgh')).toMatch(/three of/);
    expect(validatePassword('abcdEFGH')).toMatch(/three of/);
    expect(validatePassword('abcdEFG1')).toBeUndefined();
  });

  it('refuses characters outside Latin-1 and over 128 characters', () => {
    expect(validatePassword('Abcdefg1€')).toMatch(/Latin-1/);
    expect(validatePassword(`Aa1${'x'.repeat(126)}`)).toMatch(/at most 128/);
  });
});

describe('validatePasswordLength', () => {
  it.each(['8', '15', '128'])('accepts %s', (value) => {
    expect(validatePasswordLength(value)).toBeUndefined();
  });

  it.each(['', '7', '129', '12.5', 'abc', '-9'])('refuses "%s"', (value) => {
    expect(validatePasswordLength(value)).toMatch(/from 8 to 128/);
  });
});
