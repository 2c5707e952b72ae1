import 'reflect-metadata';
import * as x509 from '@peculiar/x509';
import { createHash, generateKeyPairSync, webcrypto } from 'node:crypto';

/** Fresh key material for the credentials a user can upload, made per test: nothing is kept. */

function sshString(data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  return Buffer.concat([length, data]);
}

/** An SSH mpint: big-endian, with a zero byte in front when the top bit would read as a sign. */
function sshMpint(base64url: string): Buffer {
  const bytes = Buffer.from(base64url, 'base64url');
  return sshString((bytes[0] ?? 0) & 0x80 ? Buffer.concat([Buffer.from([0]), bytes]) : bytes);
}

/**
 * A fresh RSA public key in OpenSSH form (RFC 4253: string "ssh-rsa", mpint e, mpint n), and the
 * MD5 fingerprint IAM reports for it.
 */
export function openSshRsaKey(comment: string): { body: string; fingerprint: string } {
  const { publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const jwk = publicKey.export({ format: 'jwk' });
  const blob = Buffer.concat([
    sshString(Buffer.from('ssh-rsa')),
    sshMpint(jwk.e ?? ''),
    sshMpint(jwk.n ?? ''),
  ]);
  const md5 = createHash('md5').update(blob).digest('hex');
  return {
    body: `ssh-rsa ${blob.toString('base64')} ${comment}`,
    fingerprint: (md5.match(/../g) ?? []).join(':'),
  };
}

/** A self-signed P-256 certificate in PEM, valid from an hour ago to a day from now. */
export async function selfSignedCertificate(commonName: string, serialNumber: string) {
  x509.cryptoProvider.set(webcrypto as unknown as Crypto);
  const algorithm = { name: 'ECDSA', namedCurve: 'P-256', hash: 'SHA-256' };
  const keys = (await webcrypto.subtle.generateKey(algorithm, false, [
    'sign',
    'verify',
  ])) as CryptoKeyPair;
  const certificate = await x509.X509CertificateGenerator.createSelfSigned({
    serialNumber,
    name: `CN=${commonName}`,
    notBefore: new Date(Date.now() - 3_600_000),
    notAfter: new Date(Date.now() + 86_400_000),
    keys,
    signingAlgorithm: algorithm,
  });
  return certificate.toString('pem');
}
