import { generateKeyPairSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { KeyMaterialError } from './errors.ts';
import {
  ed25519Fingerprint,
  ed25519OpenSSH,
  rsa1024OpenSSH,
  rsa2048Fingerprint,
  rsa2048OpenSSH,
  rsa2048PKCS1,
  rsa2048RFC4716,
  rsa2048SPKI,
} from './ssh.fixtures.ts';
import { parseSSHPublicKey, type SSHKeyOptions } from './ssh.ts';

function errorOf(text: string, options?: SSHKeyOptions): KeyMaterialError {
  try {
    parseSSHPublicKey(text, options);
  } catch (error) {
    if (error instanceof KeyMaterialError) return error;
    throw error;
  }
  throw new Error('accepted');
}

const [rsaType = '', rsaData = ''] = rsa2048OpenSSH.split(' ');

describe('parseSSHPublicKey', () => {
  it.each([
    ['OpenSSH', rsa2048OpenSSH],
    ['OpenSSH without comment, with surrounding white space', `  ${rsaType} ${rsaData}\n`],
    ['RFC 4716', rsa2048RFC4716],
    ['PEM SubjectPublicKeyInfo', rsa2048SPKI],
    ['PEM PKCS #1', rsa2048PKCS1],
  ])('reads a 2048-bit RSA key in %s form', (_form, text) => {
    const key = parseSSHPublicKey(text);
    expect(key.KeyType).toBe('ssh-rsa');
    expect(key.Bits).toBe(2048);
    expect(key.Fingerprint).toBe(rsa2048Fingerprint);
    expect(key.SSH).toBe(`${rsaType} ${rsaData}`);
    expect(key.PEM).toBe(rsa2048SPKI.trim());
  });

  it('converts a PEM upload back to the SSH encoding', () => {
    expect(parseSSHPublicKey(rsa2048PKCS1).SSH).toBe(`${rsaType} ${rsaData}`);
  });

  it('reads RFC 4716 headers continued over several lines', () => {
    const lines = rsa2048RFC4716.split('\n');
    const continued = [
      lines[0],
      'Comment: "a comment that goes on \\',
      'and on"',
      'x-Private: yes',
      ...lines.slice(2),
    ].join('\n');
    expect(parseSSHPublicKey(continued).Fingerprint).toBe(rsa2048Fingerprint);
  });

  it('reads Ed25519 keys only when asked to', () => {
    expect(errorOf(ed25519OpenSSH).code).toBe('UnrecognizedPublicKeyEncoding');
    const key = parseSSHPublicKey(ed25519OpenSSH, { allowEd25519: true });
    expect(key).toMatchObject({
      KeyType: 'ssh-ed25519',
      Bits: 256,
      Fingerprint: ed25519Fingerprint,
    });
    expect(key.PEM).toMatch(/^-----BEGIN PUBLIC KEY-----\n[\s\S]+\n-----END PUBLIC KEY-----$/);
    expect(parseSSHPublicKey(key.PEM, { allowEd25519: true }).SSH).toBe(
      ed25519OpenSSH.split(' ').slice(0, 2).join(' '),
    );
  });

  it('gives the same fingerprint for keys made by node as for their SSH form', () => {
    const { publicKey } = generateKeyPairSync('rsa', { modulusLength: 3072 });
    const pem = publicKey.export({ type: 'spki', format: 'pem' }).toString();
    const fromPem = parseSSHPublicKey(pem);
    expect(fromPem.Bits).toBe(3072);
    expect(parseSSHPublicKey(fromPem.SSH)).toEqual(fromPem);
  });

  const refused: [string, string, string][] = [
    ['a 1024-bit RSA key', rsa1024OpenSSH, 'InvalidPublicKey'],
    ['an empty body', '', 'UnrecognizedPublicKeyEncoding'],
    ['an unknown key type', `ssh-dss ${rsaData}`, 'UnrecognizedPublicKeyEncoding'],
    ['an ECDSA key', 'ecdsa-sha2-nistp256 AAAAE2VjZHNh', 'UnrecognizedPublicKeyEncoding'],
    [
      'a private key',
      '-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----',
      'UnrecognizedPublicKeyEncoding',
    ],
    ['a type without data', 'ssh-rsa', 'InvalidPublicKey'],
    ['data that is not base64', 'ssh-rsa AAAA!!!!', 'InvalidPublicKey'],
    ['truncated data', `ssh-rsa ${rsaData.slice(0, 200)}`, 'InvalidPublicKey'],
    ['a type that disagrees with the data', `ssh-ed25519 ${rsaData}`, 'InvalidPublicKey'],
    [
      'a PEM body that is not a key',
      '-----BEGIN PUBLIC KEY-----\nAAAA\n-----END PUBLIC KEY-----',
      'InvalidPublicKey',
    ],
    [
      'RFC 4716 without an end line',
      rsa2048RFC4716.split('\n').slice(0, -1).join('\n'),
      'UnrecognizedPublicKeyEncoding',
    ],
  ];

  it.each(refused)('refuses %s', (_name, text, code) => {
    const error = errorOf(text);
    expect(error.code).toBe(code);
    expect(error.httpStatus).toBe(400);
  });
});
