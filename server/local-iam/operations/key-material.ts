import {
  InvalidAuthenticationCodeError,
  InvalidCertificateError,
  InvalidPublicKeyError,
  MalformedCertificateError,
  UnrecognizedPublicKeyEncodingError,
  type AwsError,
} from '../errors.ts';
import { KeyMaterialError } from '../keys/errors.ts';

const classByCode = {
  InvalidPublicKey: InvalidPublicKeyError,
  UnrecognizedPublicKeyEncoding: UnrecognizedPublicKeyEncodingError,
  MalformedCertificate: MalformedCertificateError,
  InvalidCertificate: InvalidCertificateError,
  InvalidAuthenticationCode: InvalidAuthenticationCodeError,
} as const;

/**
 * Runs a `keys/` parser or check and turns its KeyMaterialError into the AWS error of the same
 * code, which the protocol layer knows how to send.
 */
export function withKeyMaterial<T>(check: () => T): T {
  try {
    return check();
  } catch (error) {
    if (!(error instanceof KeyMaterialError)) throw error;
    const converted: AwsError = new classByCode[error.code](error.message);
    throw converted;
  }
}
