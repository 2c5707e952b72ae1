import { describe, expect, it } from 'vitest';
import { fullAccountSeed, userPaths } from './full-account.ts';

const NAME = /^[\w+=,.@-]{1,64}$/;
const PATH = /^\/(?:[\x21-\x7E]*\/)?$/;

describe('fullAccountSeed', () => {
  const seed = fullAccountSeed();

  it('fills the account to AWS default quotas', () => {
    expect(seed.users).toHaveLength(5000);
    expect(seed.groups).toHaveLength(300);
    expect(seed.roles).toHaveLength(1000);
  });

  it('spreads the users over a few hundred paths, each holding some', () => {
    const used = new Set(seed.users.map((user) => user.Path));
    expect(used.size).toBe(userPaths().length);
    expect(used.size).toBeGreaterThanOrEqual(200);
    expect(used.size).toBeLessThan(500);
  });

  it('gives names IAM accepts, unique regardless of case', () => {
    for (const names of [
      seed.users.map((user) => user.UserName),
      seed.groups.map((group) => group.GroupName),
      seed.roles.map((role) => role.RoleName),
    ]) {
      expect(names.every((name) => NAME.test(name))).toBe(true);
      expect(new Set(names.map((name) => name.toLowerCase())).size).toBe(names.length);
    }
  });

  it('uses valid IAM paths', () => {
    const paths = [...seed.users, ...seed.groups, ...seed.roles].map((entity) => entity.Path);
    expect(paths.every((path) => PATH.test(path) && path.length <= 512)).toBe(true);
  });

  it('is the same account on every call', () => {
    expect(fullAccountSeed()).toEqual(seed);
  });
});
