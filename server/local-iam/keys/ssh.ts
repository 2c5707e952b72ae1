/**
 * SSH public keys for UploadSSHPublicKey (CodeCommit). The API reference accepts a key "encoded
 * in ssh-rsa format or PEM format" of at least 2048 bits; this reads the OpenSSH one-line form,
 * RFC 4716 ("---- BEGIN SSH2 PUBLIC KEY ----") and PEM (SubjectPublicKeyInfo or PKCS #1), and
 * converts to the SSH and PEM encodings GetSSHPublicKey returns.
 */
import { createHash, createPublicKey, type JsonWebKey, type KeyObject } from 'node:crypto';
import { KeyMaterialError } from './errors.ts';

export type SSHKeyType = 'ssh-rsa' | 'ssh-ed25519';

export interface SSHPublicKey {
  KeyType: SSHKeyType;
  /** Modulus size for RSA; 256 for Ed25519. */
  Bits: number;
  /** MD5 of the SSH wire-format key, as colon-separated hex: what IAM shows as Fingerprint. */
  Fingerprint: string;
  /** `ssh-rsa AAAA...`, without comment: GetSSHPublicKey with Encoding SSH. */
  SSH: string;
  /** `-----BEGIN PUBLIC KEY-----`: GetSSHPublicKey with Encoding PEM. */
  PEM: string;
}

export interface SSHKeyOptions {
  /**
   * IAM documents ssh-rsa only, so Ed25519 keys are refused unless the caller opts in (they are
   * parsed either way, to tell an unsupported key from a malformed one).
   */
  allowEd25519?: boolean;
}

export const MinimumRSABits = 2048;

const unrecognized = () =>
  new KeyMaterialError(
    'UnrecognizedPublicKeyEncoding',
    'The public key encoding format is unsupported or unrecognized.',
  );
const invalid = (why: string) =>
  new KeyMaterialError(
    'InvalidPublicKey',
    `The public key is malformed or otherwise invalid. ${why}`,
  );

/** Reads the length-prefixed fields of the SSH wire format (RFC 4253, section 6.6). */
function readFields(blob: Buffer): Buffer[] {
  const fields: Buffer[] = [];
  let at = 0;
  while (at < blob.length) {
    if (at + 4 > blob.length) throw invalid('Truncated key data.');
    const length = blob.readUInt32BE(at);
    if (at + 4 + length > blob.length) throw invalid('Truncated key data.');
    fields.push(blob.subarray(at + 4, at + 4 + length));
    at += 4 + length;
  }
  return fields;
}

function writeFields(fields: Buffer[]): Buffer {
  return Buffer.concat(
    fields.flatMap((field) => {
      const length = Buffer.alloc(4);
      length.writeUInt32BE(field.length);
      return [length, field];
    }),
  );
}

/** An SSH mpint is two's complement: a positive value with its top bit set gets a 0 byte. */
function toMpint(unsigned: Buffer): Buffer {
  let start = 0;
  while (start < unsigned.length - 1 && unsigned[start] === 0) start++;
  const trimmed = unsigned.subarray(start);
  return (trimmed[0] ?? 0) & 0x80 ? Buffer.concat([Buffer.from([0]), trimmed]) : trimmed;
}

function fromMpint(mpint: Buffer): Buffer {
  let start = 0;
  while (start < mpint.length - 1 && mpint[start] === 0) start++;
  return mpint.subarray(start);
}

function keyFromBlob(blob: Buffer): KeyObject {
  const [type, ...rest] = readFields(blob);
  const typeName = type?.toString('latin1');
  try {
    if (typeName === 'ssh-rsa' && rest.length === 2) {
      const [e = Buffer.alloc(0), n = Buffer.alloc(0)] = rest;
      const jwk: JsonWebKey = {
        kty: 'RSA',
        e: fromMpint(e).toString('base64url'),
        n: fromMpint(n).toString('base64url'),
      };
      return createPublicKey({ key: jwk, format: 'jwk' });
    }
    if (typeName === 'ssh-ed25519' && rest.length === 1 && rest[0]?.length === 32) {
      const jwk: JsonWebKey = { kty: 'OKP', crv: 'Ed25519', x: rest[0].toString('base64url') };
      return createPublicKey({ key: jwk, format: 'jwk' });
    }
  } catch {
    throw invalid('The key data is not a valid public key.');
  }
  if (typeName === 'ssh-rsa' || typeName === 'ssh-ed25519') {
    throw invalid('The key data does not match its type.');
  }
  throw unrecognized();
}

function blobFromKey(key: KeyObject): Buffer {
  const jwk = key.export({ format: 'jwk' });
  if (key.asymmetricKeyType === 'rsa' && jwk.n && jwk.e) {
    return writeFields([
      Buffer.from('ssh-rsa'),
      toMpint(Buffer.from(jwk.e, 'base64url')),
      toMpint(Buffer.from(jwk.n, 'base64url')),
    ]);
  }
  if (key.asymmetricKeyType === 'ed25519' && jwk.x) {
    return writeFields([Buffer.from('ssh-ed25519'), Buffer.from(jwk.x, 'base64url')]);
  }
  throw unrecognized();
}

function strictBase64(text: string): Buffer {
  const compact = text.replace(/\s+/g, '');
  if (compact === '' || !/^[A-Za-z0-9+/]+={0,2}$/.test(compact) || compact.length % 4 !== 0) {
    throw invalid('The key data is not valid base64.');
  }
  return Buffer.from(compact, 'base64');
}

/** RFC 4716: header lines (`Key: value`, continued with a trailing backslash), then base64. */
function rfc4716Blob(text: string): Buffer {
  const lines = text.split(/\r?\n/).map((line) => line.trim());
  const begin = lines.indexOf('---- BEGIN SSH2 PUBLIC KEY ----');
  const end = lines.indexOf('---- END SSH2 PUBLIC KEY ----');
  if (begin === -1 || end < begin) throw unrecognized();

  const body: string[] = [];
  let continued = false;
  for (const line of lines.slice(begin + 1, end)) {
    const header: boolean = continued || /^[\x21-\x39\x3b-\x7e]{1,64}:/.test(line);
    continued = header && line.endsWith('\\');
    if (!header) body.push(line);
  }
  return strictBase64(body.join(''));
}

function parseKey(text: string): KeyObject {
  const body = text.trim();
  if (body.startsWith('---- BEGIN SSH2 PUBLIC KEY ----')) return keyFromBlob(rfc4716Blob(body));

  if (body.startsWith('-----BEGIN ')) {
    if (!/^-----BEGIN (RSA )?PUBLIC KEY-----/.test(body)) throw unrecognized();
    try {
      return createPublicKey({ key: body, format: 'pem' });
    } catch {
      throw invalid('The PEM data is not a valid public key.');
    }
  }

  const [type, data] = body.split(/\s+/);
  if (type !== 'ssh-rsa' && type !== 'ssh-ed25519') throw unrecognized();
  if (data === undefined) throw invalid('The key data is missing.');
  const blob = strictBase64(data);
  const blobType = readFields(blob)[0]?.toString('latin1');
  if (blobType !== type) throw invalid('The key type does not match the key data.');
  return keyFromBlob(blob);
}

function fingerprint(blob: Buffer): string {
  const hex = createHash('md5').update(blob).digest('hex');
  return hex.match(/../g)?.join(':') ?? hex;
}

/** Parses an SSHPublicKeyBody, refusing what UploadSSHPublicKey refuses. */
export function parseSSHPublicKey(text: string, options: SSHKeyOptions = {}): SSHPublicKey {
  const key = parseKey(text);
  const blob = blobFromKey(key);

  let keyType: SSHKeyType;
  let bits: number;
  if (key.asymmetricKeyType === 'rsa') {
    keyType = 'ssh-rsa';
    bits = key.asymmetricKeyDetails?.modulusLength ?? 0;
    if (bits < MinimumRSABits) {
      throw invalid(`The minimum bit-length of the public key is ${MinimumRSABits} bits.`);
    }
  } else if (key.asymmetricKeyType === 'ed25519') {
    if (!options.allowEd25519) throw unrecognized();
    keyType = 'ssh-ed25519';
    bits = 256;
  } else {
    throw unrecognized();
  }

  const pem = key.export({ type: 'spki', format: 'pem' }).toString().trimEnd();
  return {
    KeyType: keyType,
    Bits: bits,
    Fingerprint: fingerprint(blob),
    SSH: `${keyType} ${blob.toString('base64')}`,
    PEM: pem,
  };
}
