import { describe, expect, it } from 'vitest';
import { awsCliCommand, awsCliScript, kebabCase } from './aws-cli.ts';
import type { IamRequest } from './iam-request.ts';
import { shellQuote } from './shell-quote.ts';

describe('kebabCase', () => {
  it('names operations and parameters as the AWS CLI does', () => {
    expect(kebabCase('CreateUser')).toBe('create-user');
    expect(kebabCase('CreateVirtualMFADevice')).toBe('create-virtual-mfa-device');
    expect(kebabCase('DeleteSSHPublicKey')).toBe('delete-ssh-public-key');
    expect(kebabCase('SSHPublicKeyId')).toBe('ssh-public-key-id');
    expect(kebabCase('PasswordResetRequired')).toBe('password-reset-required');
    expect(kebabCase('PolicyArn')).toBe('policy-arn');
  });
});

describe('shellQuote', () => {
  it('leaves plain words alone and single-quotes the rest', () => {
    expect(shellQuote('/team/a/')).toBe('/team/a/');
    expect(shellQuote('a b')).toBe("'a b'");
    expect(shellQuote("it's $HOME")).toBe(`'it'\\''s $HOME'`);
    expect(shellQuote('')).toBe("''");
  });
});

describe('awsCliCommand', () => {
  it('writes the seed create-user with --path and shorthand --tags', () => {
    const request: IamRequest = {
      Action: 'CreateUser',
      input: {
        UserName: 'techsquawks-user1',
        Path: '/example/path/1/',
        Tags: [{ Key: 'Team', Value: 'QA' }],
      },
    };
    expect(awsCliCommand(request)).toBe(
      'aws iam create-user --user-name techsquawks-user1 --path /example/path/1/ ' +
        '--tags Key=Team,Value=QA',
    );
  });

  it('switches tags to JSON when shorthand would misread them, quoted for the shell', () => {
    const command = awsCliCommand({
      Action: 'TagUser',
      input: { UserName: 'a', Tags: [{ Key: 'cost center', Value: 'a=b c' }] },
    });
    expect(command).toBe(
      `aws iam tag-user --user-name a --tags '[{"Key":"cost center","Value":"a=b c"}]'`,
    );
  });

  it('never writes a password: a shell variable stands in, read at the top', () => {
    const requests: IamRequest[] = [
      {
        Action: 'CreateLoginProfile',
        input: { UserName: 'alice', Password: 'Sup3r$ecret!', PasswordResetRequired: true },
      },
    ];
    const script = awsCliScript(requests);
    expect(script).not.toContain('Sup3r$ecret!');
    expect(script).toBe(
      'read -rs PASSWORD  # the console never shows secrets in code: type it here\n' +
        'aws iam create-login-profile --user-name alice --password "$PASSWORD" ' +
        '--password-reset-required\n',
    );
  });

  it('writes false booleans as --no- flags and leaves out absent parameters', () => {
    expect(
      awsCliCommand({
        Action: 'CreateLoginProfile',
        input: { UserName: 'bob', Password: 'x', PasswordResetRequired: false },
      }),
    ).toBe(
      'aws iam create-login-profile --user-name bob --password "$PASSWORD" --no-password-reset-required',
    );
    expect(awsCliCommand({ Action: 'CreateUser', input: { UserName: 'c', Path: undefined } })).toBe(
      'aws iam create-user --user-name c',
    );
  });

  it('continues long commands over lines', () => {
    const PolicyArn = 'arn:aws:iam::aws:policy/AmazonEC2ContainerRegistryPowerUser';
    expect(
      awsCliCommand({
        Action: 'AttachUserPolicy',
        input: { UserName: 'a-rather-long-user-name-that-runs-on-and-on', PolicyArn },
      }),
    ).toBe(
      'aws iam attach-user-policy \\\n    --user-name a-rather-long-user-name-that-runs-on-and-on \\\n' +
        `    --policy-arn ${PolicyArn}`,
    );
  });
});
