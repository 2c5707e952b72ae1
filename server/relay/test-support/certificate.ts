// @peculiar/x509 resolves its services through tsyringe, which needs the Reflect metadata API
// loaded first (its README, "Reflect Polyfill Required").
import 'reflect-metadata';
import { webcrypto } from 'node:crypto';
import * as x509 from '@peculiar/x509';

export interface TestCertificate {
  certPem: string;
  keyPem: string;
}

const ALGORITHM = { name: 'ECDSA', namedCurve: 'P-256', hash: 'SHA-256' };

/**
 * A throwaway self-signed certificate for `hostName`, made at test time so that no private key
 * is ever committed. Clients trust it by passing `certPem` as their only CA.
 */
export async function createTestCertificate(hostName: string): Promise<TestCertificate> {
  const crypto = webcrypto as unknown as Crypto;
  const keys = await crypto.subtle.generateKey(ALGORITHM, true, ['sign', 'verify']);
  const now = Date.now();

  const certificate = await x509.X509CertificateGenerator.createSelfSigned(
    {
      serialNumber: '01',
      name: `CN=${hostName}`,
      notBefore: new Date(now - 60_000),
      notAfter: new Date(now + 60 * 60_000),
      signingAlgorithm: ALGORITHM,
      keys,
      extensions: [
        new x509.BasicConstraintsExtension(true, undefined, true),
        new x509.SubjectAlternativeNameExtension([{ type: 'dns', value: hostName }]),
      ],
    },
    crypto,
  );
  const pkcs8 = await crypto.subtle.exportKey('pkcs8', keys.privateKey);

  return {
    certPem: certificate.toString('pem'),
    keyPem: x509.PemConverter.encode(pkcs8, 'PRIVATE KEY'),
  };
}
