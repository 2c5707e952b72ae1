// https://docs.aws.amazon.com/IAM/latest/APIReference/API_EnableMFADevice.html
// VirtualMFADeviceName: 1–226 characters of [\w+=,.@-]; AuthenticationCode1/2: six digits.
const DEVICE_NAME = /^[\w+=,.@-]+$/;
const CODE = /^\d{6}$/;

export function validateDeviceName(name: string): string | undefined {
  if (name === '') return 'Enter a device name.';
  if (name.length > 226) return 'A device name can have at most 226 characters.';
  if (!DEVICE_NAME.test(name)) return 'Use letters, digits and + = , . @ _ - only.';
  return undefined;
}

export interface MfaCodeErrors {
  AuthenticationCode1?: string;
  AuthenticationCode2?: string;
}

/** Two consecutive codes from the app: each six digits, and not the same code twice. */
export function validateMfaCodes(code1: string, code2: string): MfaCodeErrors {
  const errors: MfaCodeErrors = {};
  if (!CODE.test(code1)) errors.AuthenticationCode1 = 'Enter the six digits the app shows.';
  if (!CODE.test(code2)) {
    errors.AuthenticationCode2 = 'Enter the six digits the app shows next.';
  } else if (code1 === code2) {
    errors.AuthenticationCode2 = 'Wait for the next code: the two codes must be consecutive.';
  }
  return errors;
}
