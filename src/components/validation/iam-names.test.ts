import { describe, expect, it } from 'vitest';
import { isAccountAlias, validatePath, validateUserName } from './iam-names.ts';

describe('validateUserName', () => {
  it.each(['a', 'alice.martin', 'svc+deploy=1,x@y_z-', 'A'.repeat(64)])('accepts %s', (name) => {
    expect(validateUserName(name)).toBeUndefined();
  });

  it('asks for a name when empty', () => {
    expect(validateUserName('')).toMatch(/Enter a user name/);
  });

  it('refuses 65 characters, naming the length', () => {
    expect(validateUserName('a'.repeat(65))).toMatch(/at most 64 characters \(it has 65\)/);
  });

  it.each(['has space', 'slash/name', 'colon:name', 'é', 'star*'])('refuses %s', (name) => {
    expect(validateUserName(name)).toMatch(/only letters, digits/);
  });
});

describe('validatePath', () => {
  it.each(['/', '/a/', '/division_abc/subdivision_xyz/', '/~!@#$%^&*()/', `/${'x'.repeat(510)}/`])(
    'accepts %s',
    (path) => {
      expect(validatePath(path)).toBeUndefined();
    },
  );

  it.each(['', 'a/', '/a', 'team'])('refuses "%s"', (path) => {
    expect(validatePath(path)).toMatch(/Enter a path|start and end with a slash/);
  });

  it('refuses a path longer than 512 characters', () => {
    expect(validatePath(`/${'x'.repeat(511)}/`)).toMatch(/at most 512/);
  });

  it('refuses spaces and characters outside printable ASCII', () => {
    expect(validatePath('/my team/')).toMatch(/printable ASCII/);
    expect(validatePath('/équipe/')).toMatch(/printable ASCII/);
    expect(validatePath('/tab\there/')).toMatch(/printable ASCII/);
  });

  it('refuses "//", which IAM refuses, and accepts "///", which it accepts', () => {
    expect(validatePath('//')).toMatch(/two slashes/);
    expect(validatePath('///')).toBeUndefined();
  });
});

describe('isAccountAlias', () => {
  it.each(['demo-org', 'abc', 'a1-b2-c3'])('accepts %s', (alias) => {
    expect(isAccountAlias(alias)).toBe(true);
  });

  it.each(['ab', '-abc', 'abc-', 'a--b', 'Demo', 'a_b', 'x'.repeat(64)])('refuses %s', (alias) => {
    expect(isAccountAlias(alias)).toBe(false);
  });
});
