import {
  isAccountAlias,
  isAccountId,
  validateUserName,
} from '../../components/validation/iam-names.ts';
import { isRegionOf, partitionChoice } from '../../session/partitions.ts';
import type { Partition, SignInStyle, TargetKind } from '../../session/types.ts';

/** IAM users sign in with access keys, or, on the local account, with their console password. */
export type CredentialKind = 'access-keys' | 'password';

export interface SignInForm {
  style: SignInStyle;
  credentialKind: CredentialKind;
  userName: string;
  password: string;
  targetKind: TargetKind;
  customEndpoint: string;
  /** The AWS target's partition and STS region. */
  partition: Partition;
  region: string;
  account: string;
  accessKeyId: string;
  secretAccessKey: string;
  sessionToken: string;
  mfaCode: string;
}

export type SignInFormErrors = Partial<Record<keyof SignInForm, string>>;

export function emptySignInForm(account?: string): SignInForm {
  return {
    style: account ? 'iam-user' : 'root',
    credentialKind: 'access-keys',
    userName: '',
    password: '',
    targetKind: 'local',
    customEndpoint: '',
    partition: 'aws',
    region: partitionChoice('aws').defaultRegion,
    account: account ?? '',
    accessKeyId: '',
    secretAccessKey: '',
    sessionToken: '',
    mfaCode: '',
  };
}

function validateEndpoint(value: string): string | undefined {
  if (value.trim() === '') return 'Enter the endpoint URL, for example http://127.0.0.1:5000/.';
  try {
    const url = new URL(value.trim());
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return 'Use an http or https URL.';
    if (url.username || url.password) return 'Leave credentials out of the URL.';
  } catch {
    return 'Enter a full URL, for example http://127.0.0.1:5000/.';
  }
  return undefined;
}

function validateAccount(value: string): string | undefined {
  const account = value.trim();
  if (account === '') return 'Enter the 12-digit account ID or the account alias.';
  if (/^\d+$/.test(account)) {
    return isAccountId(account) ? undefined : 'An account ID has exactly 12 digits.';
  }
  if (!isAccountAlias(account.toLowerCase())) {
    return (
      'An alias has 3–63 letters, digits and single hyphens, ' + 'starting and ending alphanumeric.'
    );
  }
  return undefined;
}

// Access key IDs are 16–128 word characters.
// https://docs.aws.amazon.com/IAM/latest/APIReference/API_AccessKey.html
function validateAccessKeyId(value: string): string | undefined {
  const id = value.trim();
  if (id === '') return 'Enter the access key ID.';
  if (!/^\w+$/.test(id)) return 'An access key ID has only letters and digits, like AKIA….';
  if (id.length < 16 || id.length > 128) return 'An access key ID has 16–128 characters.';
  return undefined;
}

export const PASSWORD_SIGN_IN_LOCAL_ONLY =
  'Password sign-in is only for the local account: on other targets, sign in with access keys.';

export function usesPassword(form: SignInForm): boolean {
  return form.style === 'iam-user' && form.credentialKind === 'password';
}

export function validateSignInForm(form: SignInForm): SignInFormErrors {
  const errors: SignInFormErrors = {};
  if (form.targetKind === 'custom') errors.customEndpoint = validateEndpoint(form.customEndpoint);
  if (form.targetKind === 'aws' && !isRegionOf(form.partition, form.region)) {
    errors.region = `Choose a region of the ${partitionChoice(form.partition).label} partition.`;
  }
  if (form.style === 'iam-user') errors.account = validateAccount(form.account);
  if (usesPassword(form)) {
    if (form.targetKind !== 'local') errors.credentialKind = PASSWORD_SIGN_IN_LOCAL_ONLY;
    errors.userName = validateUserName(form.userName.trim());
    if (form.password === '') errors.password = 'Enter your password.';
  } else {
    errors.accessKeyId = validateAccessKeyId(form.accessKeyId);
    if (form.secretAccessKey === '') errors.secretAccessKey = 'Enter the secret access key.';
    else if (/\s/.test(form.secretAccessKey)) {
      errors.secretAccessKey = 'A secret access key has no spaces: check what was pasted.';
    }
  }
  if (form.mfaCode !== '' && !/^\d{6}$/.test(form.mfaCode.trim())) {
    errors.mfaCode = 'An MFA code has 6 digits. Leave it empty if you have no MFA device.';
  }

  for (const key of Object.keys(errors) as (keyof SignInForm)[]) {
    if (errors[key] === undefined) delete errors[key];
  }
  return errors;
}
