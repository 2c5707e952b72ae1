/**
 * Quick checks on pasted key material, so that an obvious slip (a private key, a truncated
 * paste) is caught before upload. IAM still parses the body and answers with
 * InvalidPublicKey, UnrecognizedPublicKeyEncoding, MalformedCertificate or InvalidCertificate.
 * https://docs.aws.amazon.com/IAM/latest/APIReference/API_UploadSSHPublicKey.html
 * https://docs.aws.amazon.com/IAM/latest/APIReference/API_UploadSigningCertificate.html
 */
const MAX_BODY = 16384;
const OPENSSH = /^(ssh-rsa|ssh-ed25519|ecdsa-sha2-nistp(256|384|521)) [A-Za-z0-9+/]+={0,2}( .*)?$/;

function checkCommon(body: string, what: string): string | undefined {
  if (body.trim() === '') return `Paste the ${what}.`;
  if (body.length > MAX_BODY) return `The ${what} can have at most ${MAX_BODY} characters.`;
  if (/PRIVATE KEY/.test(body)) {
    return 'This is a private key: paste the public part only, and keep the private key secret.';
  }
  return undefined;
}

export function validateSshPublicKeyBody(body: string): string | undefined {
  const common = checkCommon(body, 'public key');
  if (common) return common;
  const text = body.trim();
  if (OPENSSH.test(text)) return undefined;
  if (text.startsWith('---- BEGIN SSH2 PUBLIC KEY ----')) return undefined;
  if (text.startsWith('-----BEGIN PUBLIC KEY-----')) return undefined;
  return 'Use OpenSSH (ssh-rsa AAAA…, ssh-ed25519 AAAA…), RFC 4716 (---- BEGIN SSH2 PUBLIC KEY ----) or PEM.';
}

export function validateCertificateBody(body: string): string | undefined {
  const common = checkCommon(body, 'certificate');
  if (common) return common;
  const text = body.trim();
  if (
    !text.startsWith('-----BEGIN CERTIFICATE-----') ||
    !text.endsWith('-----END CERTIFICATE-----')
  ) {
    return 'Paste a PEM certificate, from -----BEGIN CERTIFICATE----- to -----END CERTIFICATE-----.';
  }
  return undefined;
}
