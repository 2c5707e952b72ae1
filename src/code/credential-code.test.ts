import { describe, expect, it } from 'vitest';
import { awsCliCommand, awsCliScript } from './aws-cli.ts';
import type { IamRequest } from './iam-request.ts';
import { pulumiGo, pulumiPython, pulumiTypescript } from './pulumi-languages.ts';

const SSH_KEY = 'ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQC7 alice@example';
const CERTIFICATE = '-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----';
const SERIAL = 'arn:aws:iam::111122223333:mfa/alice';

describe('AWS CLI for credential changes', () => {
  it('writes update-access-key with the key and its new status', () => {
    expect(
      awsCliCommand({
        Action: 'UpdateAccessKey',
        input: { UserName: 'alice', AccessKeyId: 'AKIAEXAMPLE', Status: 'Inactive' },
      }),
    ).toBe(
      'aws iam update-access-key --user-name alice --access-key-id AKIAEXAMPLE --status Inactive',
    );
  });

  it('adds the CLI-only --outfile and --bootstrap-method to create-virtual-mfa-device', () => {
    expect(
      awsCliCommand({ Action: 'CreateVirtualMFADevice', input: { VirtualMFADeviceName: 'alice' } }),
    ).toBe(
      [
        'aws iam create-virtual-mfa-device \\',
        '    --virtual-mfa-device-name alice \\',
        '    --outfile alice-qr-code.png \\',
        '    --bootstrap-method QRCodePNG',
      ].join('\n'),
    );
  });

  it('never writes MFA codes: enable-mfa-device reads both from the shell', () => {
    const script = awsCliScript([
      {
        Action: 'EnableMFADevice',
        input: {
          UserName: 'alice',
          SerialNumber: SERIAL,
          AuthenticationCode1: '246810',
          AuthenticationCode2: '135791',
        },
      },
    ]);
    expect(script).not.toContain('246810');
    expect(script).not.toContain('135791');
    expect(script).toBe(
      [
        'read -rs AUTHENTICATION_CODE1  # the console never shows secrets in code: type it here',
        'read -rs AUTHENTICATION_CODE2  # the console never shows secrets in code: type it here',
        'aws iam enable-mfa-device \\',
        '    --user-name alice \\',
        `    --serial-number ${SERIAL} \\`,
        '    --authentication-code1 "$AUTHENTICATION_CODE1" \\',
        '    --authentication-code2 "$AUTHENTICATION_CODE2"',
        '',
      ].join('\n'),
    );
  });

  it('quotes a pasted SSH key and a multi-line certificate as one shell word each', () => {
    expect(
      awsCliCommand({
        Action: 'UploadSSHPublicKey',
        input: { UserName: 'alice', SSHPublicKeyBody: SSH_KEY },
      }),
    ).toBe(
      [
        'aws iam upload-ssh-public-key \\',
        '    --user-name alice \\',
        `    --ssh-public-key-body '${SSH_KEY}'`,
      ].join('\n'),
    );
    expect(
      awsCliCommand({
        Action: 'UploadSigningCertificate',
        input: { UserName: 'alice', CertificateBody: CERTIFICATE },
      }),
    ).toBe(
      [
        'aws iam upload-signing-certificate \\',
        '    --user-name alice \\',
        `    --certificate-body '${CERTIFICATE}'`,
      ].join('\n'),
    );
  });

  it('writes the status changes of SSH keys and certificates by their IDs', () => {
    const requests: IamRequest[] = [
      {
        Action: 'UpdateSSHPublicKey',
        input: { UserName: 'alice', SSHPublicKeyId: 'APKAEXAMPLE', Status: 'Inactive' },
      },
      {
        Action: 'UpdateSigningCertificate',
        input: { UserName: 'alice', CertificateId: 'CERTEXAMPLE', Status: 'Active' },
      },
    ];
    expect(awsCliScript(requests)).toBe(
      [
        'aws iam update-ssh-public-key --user-name alice --ssh-public-key-id APKAEXAMPLE ' +
          '--status Inactive',
        'aws iam update-signing-certificate --user-name alice --certificate-id CERTEXAMPLE ' +
          '--status Active',
        '',
      ].join('\n'),
    );
  });
});

describe('Pulumi for credential changes', () => {
  it('writes a key status change as the AccessKey with that status, to import first', () => {
    const code = pulumiTypescript([
      {
        Action: 'UpdateAccessKey',
        input: { UserName: 'alice', AccessKeyId: 'AKIAEXAMPLE', Status: 'Inactive' },
      },
    ]);
    expect(code).toContain(
      [
        '// The existing key AKIAEXAMPLE: `pulumi import` it first, or Pulumi creates a new key.',
        'const accessKey = new aws.iam.AccessKey("alice-access-key", {',
        '    user: "alice",',
        '    status: "Inactive",',
        '});',
      ].join('\n'),
    );
    expect(code).not.toContain('update-access-key');
  });

  it('declares an uploaded SSH key as an SshKey in SSH encoding', () => {
    expect(
      pulumiPython([
        { Action: 'UploadSSHPublicKey', input: { UserName: 'alice', SSHPublicKeyBody: SSH_KEY } },
      ]),
    ).toContain(
      [
        'ssh_key = iam.SshKey(',
        '    "alice-ssh-key",',
        '    username="alice",',
        '    encoding="SSH",',
        `    public_key="${SSH_KEY}",`,
        ')',
      ].join('\n'),
    );
  });

  it('declares an uploaded certificate and a virtual MFA device in Go', () => {
    const code = pulumiGo([
      {
        Action: 'UploadSigningCertificate',
        input: { UserName: 'alice', CertificateBody: CERTIFICATE },
      },
      { Action: 'CreateVirtualMFADevice', input: { VirtualMFADeviceName: 'alice' } },
    ]);
    expect(code).toContain('iam.NewSigningCertificate(ctx, "alice-signing-certificate"');
    expect(code).toContain(`CertificateBody: pulumi.String(${JSON.stringify(CERTIFICATE)}),`);
    expect(code).toContain('iam.NewVirtualMfaDevice(ctx, "alice"');
    expect(code).toContain('VirtualMfaDeviceName: pulumi.String("alice"),');
  });

  it('names the calls no resource expresses: enabling MFA, status changes, deletions', () => {
    const code = pulumiTypescript([
      {
        Action: 'EnableMFADevice',
        input: {
          UserName: 'alice',
          SerialNumber: SERIAL,
          AuthenticationCode1: '246810',
          AuthenticationCode2: '135791',
        },
      },
      {
        Action: 'UpdateSSHPublicKey',
        input: { UserName: 'alice', SSHPublicKeyId: 'APKAEXAMPLE', Status: 'Inactive' },
      },
      { Action: 'DeleteLoginProfile', input: { UserName: 'alice' } },
    ]);
    expect(code).toContain('//   aws iam enable-mfa-device');
    expect(code).toContain('//   aws iam update-ssh-public-key');
    expect(code).toContain('//   aws iam delete-login-profile');
    expect(code).not.toContain('246810');
    expect(code).not.toContain('new aws.iam.SshKey');
  });
});
