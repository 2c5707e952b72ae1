/**
 * One class per AWS error code, with the HTTP status IAM and STS send for it.
 * Codes and statuses: IAM API Reference, "Common Error Types" and each action's "Errors".
 * https://docs.aws.amazon.com/IAM/latest/APIReference/CommonErrors.html
 */
export abstract class AwsError extends Error {
  abstract readonly code: string;
  abstract readonly status: number;
  /** `Sender` when the caller is at fault, `Receiver` when the service is. */
  readonly type: 'Sender' | 'Receiver' = 'Sender';
}

export class ValidationError extends AwsError {
  readonly code = 'ValidationError';
  readonly status = 400;
}

export class InvalidInputError extends AwsError {
  readonly code = 'InvalidInput';
  readonly status = 400;
}

export class MalformedPolicyDocumentError extends AwsError {
  readonly code = 'MalformedPolicyDocument';
  readonly status = 400;
}

export class PasswordPolicyViolationError extends AwsError {
  readonly code = 'PasswordPolicyViolation';
  readonly status = 400;
}

export class InvalidActionError extends AwsError {
  readonly code = 'InvalidAction';
  readonly status = 400;
}

export class IncompleteSignatureError extends AwsError {
  readonly code = 'IncompleteSignature';
  readonly status = 400;
}

export class NoSuchEntityError extends AwsError {
  readonly code = 'NoSuchEntity';
  readonly status = 404;
}

export class EntityAlreadyExistsError extends AwsError {
  readonly code = 'EntityAlreadyExists';
  readonly status = 409;
}

export class LimitExceededError extends AwsError {
  readonly code = 'LimitExceeded';
  readonly status = 409;
}

export class DeleteConflictError extends AwsError {
  readonly code = 'DeleteConflict';
  readonly status = 409;
}

export class MissingAuthenticationTokenError extends AwsError {
  readonly code = 'MissingAuthenticationToken';
  readonly status = 403;
  constructor() {
    super('Request is missing Authentication Token');
  }
}

export class InvalidClientTokenIdError extends AwsError {
  readonly code = 'InvalidClientTokenId';
  readonly status = 403;
  constructor() {
    super('The security token included in the request is invalid.');
  }
}

export class SignatureDoesNotMatchError extends AwsError {
  readonly code = 'SignatureDoesNotMatch';
  readonly status = 403;
  constructor(
    message = 'The request signature we calculated does not match the signature you provided. ' +
      'Check your AWS Secret Access Key and signing method. ' +
      'Consult the service documentation for details.',
  ) {
    super(message);
  }
}

export class AccessDeniedError extends AwsError {
  readonly code = 'AccessDenied';
  readonly status = 403;
}

/** Not an AWS code: the local account caps request bodies to protect its own memory. */
export class RequestEntityTooLargeError extends AwsError {
  readonly code = 'RequestEntityTooLarge';
  readonly status = 413;
}

export class ServiceFailureError extends AwsError {
  readonly code = 'ServiceFailure';
  readonly status = 500;
  override readonly type = 'Receiver';
  constructor() {
    super('The request processing has failed because of an unknown error, exception or failure.');
  }
}

export class MissingActionError extends AwsError {
  readonly code = 'MissingAction';
  readonly status = 400;
}

/**
 * Credential and session errors (engineer C). Statuses from each action's "Errors" section of
 * the IAM and STS API references.
 */
export class ExpiredTokenError extends AwsError {
  readonly code = 'ExpiredToken';
  readonly status = 403;
  constructor() {
    super('The security token included in the request is expired');
  }
}

export class InvalidAuthenticationCodeError extends AwsError {
  readonly code = 'InvalidAuthenticationCode';
  readonly status = 403;
}

export class InvalidPublicKeyError extends AwsError {
  readonly code = 'InvalidPublicKey';
  readonly status = 400;
}

export class UnrecognizedPublicKeyEncodingError extends AwsError {
  readonly code = 'UnrecognizedPublicKeyEncoding';
  readonly status = 400;
}

export class DuplicateSSHPublicKeyError extends AwsError {
  readonly code = 'DuplicateSSHPublicKey';
  readonly status = 400;
}

export class MalformedCertificateError extends AwsError {
  readonly code = 'MalformedCertificate';
  readonly status = 400;
}

export class InvalidCertificateError extends AwsError {
  readonly code = 'InvalidCertificate';
  readonly status = 400;
}

export class DuplicateCertificateError extends AwsError {
  readonly code = 'DuplicateCertificate';
  readonly status = 409;
}

export class UnmodifiableEntityError extends AwsError {
  readonly code = 'UnmodifiableEntity';
  readonly status = 400;
}

export class InvalidUserTypeError extends AwsError {
  readonly code = 'InvalidUserType';
  readonly status = 400;
}
