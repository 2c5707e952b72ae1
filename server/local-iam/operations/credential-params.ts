import { ValidationError } from '../errors.ts';
import { memberName } from '../http/query-params.ts';
import type { CredentialStatus } from '../store/ssh-public-keys.ts';
import type { OperationContext } from './types.ts';
import { checkLength } from './validation.ts';

/** IAM's model-validation wording, for the parameters of MFA, SSH-key and certificate calls. */
export function constraintError(
  value: string,
  parameter: string,
  constraint: string,
): ValidationError {
  return new ValidationError(
    `1 validation error detected: Value '${value}' at '${memberName(parameter)}' failed to ` +
      `satisfy constraint: ${constraint}`,
  );
}

/** `[\w+=/:,.@-]+`, 9 to 256 characters: an MFA device's serial number or ARN. */
export function readSerialNumber(context: OperationContext, parameter = 'SerialNumber'): string {
  const serialNumber = context.params.require(parameter);
  checkLength(serialNumber, parameter, 9, 256);
  if (!/^[\w+=/:,.@-]+$/.test(serialNumber)) {
    throw constraintError(
      serialNumber,
      parameter,
      'Member must satisfy regular expression pattern: [\\w+=/:,.@-]+',
    );
  }
  return serialNumber;
}

/** Six digits, as AuthenticationCode1/2 and TokenCode are. */
export function readSixDigitCode(context: OperationContext, parameter: string): string {
  const code = context.params.require(parameter);
  checkLength(code, parameter, 6, 6);
  if (!/^\d+$/.test(code)) {
    throw constraintError(
      code,
      parameter,
      'Member must satisfy regular expression pattern: [\\d]+',
    );
  }
  return code;
}

export function readCredentialStatus(context: OperationContext): CredentialStatus {
  const status = context.params.require('Status');
  if (status !== 'Active' && status !== 'Inactive') {
    throw constraintError(
      status,
      'Status',
      'Member must satisfy enum value set: [Active, Inactive, Expired]',
    );
  }
  return status;
}

/** SSHPublicKeyId and CertificateId: 20 to 128 characters of `[\w]+`. */
export function readCredentialId(context: OperationContext, parameter: string, min = 20): string {
  const id = context.params.require(parameter);
  checkLength(id, parameter, min, 128);
  if (!/^\w+$/.test(id)) {
    throw constraintError(id, parameter, 'Member must satisfy regular expression pattern: [\\w]+');
  }
  return id;
}
