import 'reflect-metadata';
import { webcrypto, X509Certificate as NodeX509Certificate } from 'node:crypto';
import * as x509 from '@peculiar/x509';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseSigningCertificate } from './certificate.ts';
import { KeyMaterialError } from './errors.ts';

const rsa = {
  name: 'RSASSA-PKCS1-v1_5',
  hash: 'SHA-256',
  publicExponent: new Uint8Array([1, 0, 1]),
  modulusLength: 2048,
};
const ecdsa = { name: 'ECDSA', namedCurve: 'P-256', hash: 'SHA-256' };

type Algorithm = typeof rsa | typeof ecdsa;

/** Certificates are made at test time; no private key is ever written down. */
async function makeCertificate(notBefore: string, notAfter: string, algorithm: Algorithm = rsa) {
  const keys = (await webcrypto.subtle.generateKey(algorithm, false, [
    'sign',
    'verify',
  ])) as CryptoKeyPair;
  const certificate = await x509.X509CertificateGenerator.createSelfSigned({
    serialNumber: '0a1b2c',
    name: 'CN=alice, O=Example',
    notBefore: new Date(notBefore),
    notAfter: new Date(notAfter),
    keys,
    signingAlgorithm: algorithm,
  });
  return certificate.toString('pem');
}

function errorOf(body: string, now: Date): KeyMaterialError {
  try {
    parseSigningCertificate(body, now);
  } catch (error) {
    if (error instanceof KeyMaterialError) return error;
    throw error;
  }
  throw new Error('accepted');
}

const now = new Date('2025-06-01T00:00:00Z');
let valid = '';
let other = '';

beforeAll(async () => {
  x509.cryptoProvider.set(webcrypto as unknown as Crypto);
  valid = await makeCertificate('2025-01-01T00:00:00Z', '2026-01-01T00:00:00Z');
  other = await makeCertificate('2025-01-01T00:00:00Z', '2026-01-01T00:00:00Z', ecdsa);
});

describe('parseSigningCertificate', () => {
  it('reads a PEM certificate, its validity and identity', () => {
    const parsed = parseSigningCertificate(valid, now);
    const reference = new NodeX509Certificate(valid);
    expect(parsed.NotBefore).toEqual(new Date('2025-01-01T00:00:00Z'));
    expect(parsed.NotAfter).toEqual(new Date('2026-01-01T00:00:00Z'));
    expect(parsed.Subject).toBe('CN=alice, O=Example');
    expect(parsed.SerialNumber).toBe('0a1b2c');
    expect(parsed.Fingerprint).toBe(reference.fingerprint256.replace(/:/g, '').toLowerCase());
    expect(parsed.CertificateId).toMatch(/^[A-Z2-7]{28}$/);
  });

  it('normalises line endings, line width and surrounding white space', () => {
    const der = new NodeX509Certificate(valid).raw.toString('base64');
    const messy = `\r\n  -----BEGIN CERTIFICATE-----\r\n${der}\r\n-----END CERTIFICATE-----\r\n\n`;
    const parsed = parseSigningCertificate(messy, now);
    expect(parsed.CertificateBody).toBe(valid.trim());
    expect(parsed.CertificateBody.split('\n').every((line) => line.length <= 64)).toBe(true);
  });

  it('gives the same certificate the same Fingerprint and CertificateId', () => {
    const a = parseSigningCertificate(valid, now);
    const b = parseSigningCertificate(`${valid}\n`, now);
    const c = parseSigningCertificate(other, now);
    expect(b.Fingerprint).toBe(a.Fingerprint);
    expect(b.CertificateId).toBe(a.CertificateId);
    expect(c.CertificateId).not.toBe(a.CertificateId);
  });

  it('refuses an expired certificate as MalformedCertificate', () => {
    const error = errorOf(valid, new Date('2026-01-02T00:00:00Z'));
    expect(error.code).toBe('MalformedCertificate');
    expect(error.httpStatus).toBe(400);
    expect(error.message).toBe('The certificate is expired.');
  });

  it('refuses a certificate not yet valid as InvalidCertificate', () => {
    const error = errorOf(valid, new Date('2024-12-31T00:00:00Z'));
    expect(error.code).toBe('InvalidCertificate');
    expect(error.httpStatus).toBe(400);
  });

  it.each([
    ['an empty body', () => ''],
    ['bare base64 without PEM lines', () => new NodeX509Certificate(valid).raw.toString('base64')],
    ['two certificates', () => `${valid}\n${other}`],
    ['text around the block', () => `subject=alice\n${valid}`],
    ['a block that is not a certificate', () => valid.replace(/MII[A-Za-z0-9+/]{4}/, 'AAAAAAA')],
    [
      'a block that is not base64',
      () => '-----BEGIN CERTIFICATE-----\n!!!!\n-----END CERTIFICATE-----',
    ],
    [
      'a certificate with trailing bytes',
      () => {
        const der = Buffer.concat([new NodeX509Certificate(valid).raw, Buffer.from([0, 0])]);
        return `-----BEGIN CERTIFICATE-----\n${der.toString('base64')}\n-----END CERTIFICATE-----`;
      },
    ],
  ])('refuses %s as MalformedCertificate', (_name, body) => {
    const error = errorOf(body(), now);
    expect(error.code).toBe('MalformedCertificate');
    expect(error.message).toBe(
      'Unable to parse certificate. Please ensure the certificate is in PEM format.',
    );
  });
});
