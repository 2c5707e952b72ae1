import { describe, expect, it } from 'vitest';
import {
  detailsErrors,
  EMPTY_CREATE_ROLE_FORM,
  trustErrors,
  validateRoleDescription,
} from './create-role-form.ts';

describe('create role form', () => {
  it('asks for a name and checks path, duration, description and tags', () => {
    expect(detailsErrors(EMPTY_CREATE_ROLE_FORM)).toEqual({ RoleName: 'Enter a role name.' });
    const errors = detailsErrors({
      ...EMPTY_CREATE_ROLE_FORM,
      RoleName: 'x'.repeat(65),
      Path: 'ops',
      maxSessionHours: 13,
      Tags: [{ Key: 'aws:owner', Value: '' }],
    });
    expect(Object.keys(errors).sort()).toEqual(['Path', 'RoleName', 'Tags', 'maxSessionHours']);
    expect(validateRoleDescription('emoji 🚀')).toMatch(/Latin-1/);
    expect(validateRoleDescription('Deploys from CI\n')).toBeUndefined();
  });

  it('keeps each trusted entity’s fields and checks only the chosen one', () => {
    const trust = { ...EMPTY_CREATE_ROLE_FORM.trust, AccountId: '12' };
    expect(trustErrors(trust)).toEqual({});
    expect(trustErrors({ ...trust, type: 'another-account' })).toHaveProperty('AccountId');
    expect(trustErrors({ ...trust, type: 'custom', document: '{}' }).document).toMatch(
      /needs a Statement/,
    );
  });
});
