/**
 * Errors the credential parsers raise, with the AWS error code and HTTP status the operations
 * layer answers with. Descriptions follow the IAM API reference for each code.
 */
export type KeyErrorCode =
  | 'InvalidPublicKey'
  | 'UnrecognizedPublicKeyEncoding'
  | 'MalformedCertificate'
  | 'InvalidCertificate'
  | 'InvalidAuthenticationCode';

const statusByCode: Record<KeyErrorCode, number> = {
  InvalidPublicKey: 400,
  UnrecognizedPublicKeyEncoding: 400,
  MalformedCertificate: 400,
  InvalidCertificate: 400,
  InvalidAuthenticationCode: 403,
};

export class KeyMaterialError extends Error {
  readonly code: KeyErrorCode;
  readonly httpStatus: number;

  constructor(code: KeyErrorCode, message: string) {
    super(message);
    this.name = 'KeyMaterialError';
    this.code = code;
    this.httpStatus = statusByCode[code];
  }
}
