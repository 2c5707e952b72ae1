import { describe, expect, it } from 'vitest';
import { awsCliScript } from '../../../code/aws-cli.ts';
import { DEFAULT_PASSWORD_CHOICE } from '../../../components/password-choice.ts';
import { consolePasswordRequest } from './console-password-request.ts';

describe('consolePasswordRequest', () => {
  it('enables with CreateLoginProfile and resets with UpdateLoginProfile, same input', () => {
    const enable = consolePasswordRequest(
      'enable',
      'alice',
      DEFAULT_PASSWORD_CHOICE,
      'Gen3rated!pw',
    );
    const reset = consolePasswordRequest('reset', 'alice', DEFAULT_PASSWORD_CHOICE, 'Gen3rated!pw');
    expect(enable.Action).toBe('CreateLoginProfile');
    expect(reset.Action).toBe('UpdateLoginProfile');
    expect(reset.input).toEqual({
      UserName: 'alice',
      Password: 'Gen3rated!pw',
      PasswordResetRequired: true,
    });
    expect(reset.PasswordLength).toBe(15);
  });

  it('carries no length for a typed password, and its code never holds the password', () => {
    const choice = { ...DEFAULT_PASSWORD_CHOICE, mode: 'custom' as const, custom: 'Typ3d-secret!' };
    const request = consolePasswordRequest('reset', 'alice', choice, 'Typ3d-secret!');
    expect(request.PasswordLength).toBeUndefined();
    expect(awsCliScript([request])).not.toContain('Typ3d-secret!');
    expect(awsCliScript([request])).toContain('aws iam update-login-profile --user-name alice');
  });
});
