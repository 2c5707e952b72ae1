import { describe, expect, it } from 'vitest';
import {
  buildRoleArn,
  MAX_RECENT_ROLES,
  readRecentRoles,
  rememberRole,
  roleSessionName,
  splitRoleName,
  switchRoleLink,
  validateRoleNameWithPath,
} from './switch-role.ts';

describe('role name with path', () => {
  it('splits the path from the name however the slashes are typed', () => {
    expect(splitRoleName('Deploy')).toEqual({ Path: '/', RoleName: 'Deploy' });
    expect(splitRoleName('team/a/Deploy')).toEqual({ Path: '/team/a/', RoleName: 'Deploy' });
    expect(splitRoleName('/team/Deploy')).toEqual({ Path: '/team/', RoleName: 'Deploy' });
    expect(buildRoleArn('aws', '123456789012', 'ops/Deploy')).toBe(
      'arn:aws:iam::123456789012:role/ops/Deploy',
    );
  });

  it('refuses an empty or invalid name', () => {
    expect(validateRoleNameWithPath('team/')).toMatch(/Enter the role name/);
    expect(validateRoleNameWithPath('bad name')).toMatch(/up to 64 letters/);
    expect(validateRoleNameWithPath('ops/Deploy')).toBeUndefined();
  });

  it('makes a RoleSessionName of at least two characters', () => {
    expect(roleSessionName('alice')).toBe('alice');
    expect(roleSessionName('a')).toBe('a-console');
  });
});

describe('recent roles', () => {
  it('keeps the latest first, without duplicates, and at most five', () => {
    const storage = window.sessionStorage;
    storage.clear();
    for (let index = 0; index < MAX_RECENT_ROLES + 2; index += 1) {
      rememberRole(
        { account: '123456789012', roleName: `r${index}`, displayName: `R${index}`, color: 'red' },
        storage,
      );
    }
    rememberRole(
      { account: '123456789012', roleName: 'r3', displayName: 'Again', color: 'blue' },
      storage,
    );
    const recent = readRecentRoles(storage);
    expect(recent.map((role) => role.roleName)).toEqual(['r3', 'r6', 'r5', 'r4', 'r2']);
    expect(recent[0]?.displayName).toBe('Again');
  });

  it('drops damaged entries and builds a link that refills the form', () => {
    window.sessionStorage.setItem('iam-console.recent-roles', '{"not":"a list"}');
    expect(readRecentRoles()).toEqual([]);
    const link = switchRoleLink({
      account: 'demo-org',
      roleName: 'ops/Deploy',
      displayName: 'Deploy & co',
      color: 'green',
    });
    const params = new URLSearchParams(link.split('?')[1]);
    expect(params.get('roleName')).toBe('ops/Deploy');
    expect(params.get('displayName')).toBe('Deploy & co');
  });
});
