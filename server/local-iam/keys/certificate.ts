/**
 * X.509 signing certificates for UploadSigningCertificate. The API reference names
 * MalformedCertificate ("malformed or expired"), InvalidCertificate, and DuplicateCertificate,
 * which the caller raises when Fingerprint matches a certificate already in the account.
 */
// @peculiar/x509 resolves its algorithms through tsyringe, which needs the Reflect metadata API.
import 'reflect-metadata';
import { createHash } from 'node:crypto';
import { X509Certificate } from '@peculiar/x509';
import { KeyMaterialError } from './errors.ts';

export interface SigningCertificate {
  /** The certificate re-encoded as one PEM block with 64-column lines. */
  CertificateBody: string;
  NotBefore: Date;
  NotAfter: Date;
  Subject: string;
  Issuer: string;
  SerialNumber: string;
  /** SHA-256 of the DER encoding, lower-case hex: the same certificate gives the same value. */
  Fingerprint: string;
  /** A CertificateId in IAM's shape (28 base32 characters), derived from the Fingerprint. */
  CertificateId: string;
}

const pemBlock = /-----BEGIN CERTIFICATE-----([\s\S]*?)-----END CERTIFICATE-----/g;
const base32Alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

const malformed = (message: string) => new KeyMaterialError('MalformedCertificate', message);
const unparsable = () =>
  malformed('Unable to parse certificate. Please ensure the certificate is in PEM format.');

function toPem(der: Uint8Array): string {
  const lines =
    Buffer.from(der)
      .toString('base64')
      .match(/.{1,64}/g) ?? [];
  return ['-----BEGIN CERTIFICATE-----', ...lines, '-----END CERTIFICATE-----'].join('\n');
}

/** The length of a DER SEQUENCE from its header (X.690, section 8.1.3). */
function encodedLength(der: Buffer): number | undefined {
  const first = der[1];
  if (der[0] !== 0x30 || first === undefined) return undefined;
  if (first < 0x80) return 2 + first;

  const size = first & 0x7f;
  if (size === 0 || size > 4 || der.length < 2 + size) return undefined;
  let length = 0;
  for (let i = 0; i < size; i++) length = length * 256 + (der[2 + i] ?? 0);
  return 2 + size + length;
}

function certificateId(digest: Buffer): string {
  let id = '';
  for (let i = 0; id.length < 28; i++) id += base32Alphabet[(digest[i] ?? 0) % 32];
  return id;
}

/** Parses a CertificateBody; `now` decides whether it has expired or is not yet valid. */
export function parseSigningCertificate(body: string, now: Date): SigningCertificate {
  const blocks = [...body.matchAll(pemBlock)];
  const outside = body.replace(pemBlock, '').trim();
  if (blocks.length !== 1 || outside !== '') throw unparsable();

  const base64 = (blocks[0]?.[1] ?? '').replace(/\s+/g, '');
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(base64)) throw unparsable();
  const der = Buffer.from(base64, 'base64');

  let certificate: X509Certificate;
  try {
    certificate = new X509Certificate(der);
  } catch {
    throw unparsable();
  }
  // The parser ignores bytes after the certificate; IAM takes one certificate and nothing else.
  if (encodedLength(der) !== der.length) throw unparsable();

  if (certificate.notAfter.getTime() < now.getTime()) {
    throw malformed('The certificate is expired.');
  }
  if (certificate.notBefore.getTime() > now.getTime()) {
    throw new KeyMaterialError('InvalidCertificate', 'The certificate is not yet valid.');
  }

  const digest = createHash('sha256').update(der).digest();
  return {
    CertificateBody: toPem(der),
    NotBefore: certificate.notBefore,
    NotAfter: certificate.notAfter,
    Subject: certificate.subject,
    Issuer: certificate.issuer,
    SerialNumber: certificate.serialNumber,
    Fingerprint: digest.toString('hex'),
    CertificateId: certificateId(digest),
  };
}
