import { describe, expect, it } from 'vitest';
import { validateCertificateBody, validateSshPublicKeyBody } from './credential-bodies.ts';

describe('validateSshPublicKeyBody', () => {
  it.each([
    'ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQC7 user@host',
    'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOMq\n',
    '---- BEGIN SSH2 PUBLIC KEY ----\nAAAAB3Nza\n---- END SSH2 PUBLIC KEY ----',
  ])('accepts %j', (body) => expect(validateSshPublicKeyBody(body)).toBeUndefined());

  it.each([
    ['', /Paste the public key/],
    ['-----BEGIN OPENSSH PRIVATE KEY-----\nb3Blbn\n', /private key/],
    ['ssh-dss AAAAB3NzaC1kc3M=', /Use OpenSSH/],
    ['ssh-rsa', /Use OpenSSH/],
    [`ssh-rsa ${'A'.repeat(16400)}`, /at most 16384/],
  ])('refuses %j', (body, message) => expect(validateSshPublicKeyBody(body)).toMatch(message));
});

describe('validateCertificateBody', () => {
  it('accepts a PEM certificate and refuses anything else', () => {
    const pem = '-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n';
    expect(validateCertificateBody(pem)).toBeUndefined();
    expect(validateCertificateBody('MIIB')).toMatch(/PEM certificate/);
    expect(validateCertificateBody('-----BEGIN CERTIFICATE-----\nMIIB')).toMatch(/PEM/);
    expect(validateCertificateBody('-----BEGIN RSA PRIVATE KEY-----')).toMatch(/private key/);
  });
});
