/**
 * Errors a policy document can raise, carrying the AWS error code and HTTP status the operations
 * layer answers with, and AWS's own message text.
 */
export type PolicyErrorCode = 'MalformedPolicyDocument' | 'LimitExceeded';

const statusByCode: Record<PolicyErrorCode, number> = {
  MalformedPolicyDocument: 400,
  LimitExceeded: 409,
};

export class PolicyDocumentError extends Error {
  readonly code: PolicyErrorCode;
  readonly httpStatus: number;

  constructor(code: PolicyErrorCode, message: string) {
    super(message);
    this.name = 'PolicyDocumentError';
    this.code = code;
    this.httpStatus = statusByCode[code];
  }
}

export function malformed(message: string): PolicyDocumentError {
  return new PolicyDocumentError('MalformedPolicyDocument', message);
}

/**
 * IAM names the principal it refuses as `"<type>":"<name>"`, the name as written, e.g.
 * `Invalid principal in policy: "AWS":"arn:aws:iam::123456789012:user/gone"`.
 */
export function invalidPrincipalMessage(type: string, name: string): string {
  return `Invalid principal in policy: "${type}":"${name}"`;
}

export function limitExceeded(message: string): PolicyDocumentError {
  return new PolicyDocumentError('LimitExceeded', message);
}
