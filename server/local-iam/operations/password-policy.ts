import { NoSuchEntityError, PasswordPolicyViolationError, ValidationError } from '../errors.ts';
import type { PasswordPolicyRecord } from '../store/password-policy.ts';
import type { Store } from '../store/store.ts';
import type { XmlObject } from '../xml/serialize.ts';
import {
  checkDefaultPasswordPolicy,
  checkPasswordParameter,
  hashPassword,
  verifyPassword,
} from './passwords.ts';
import type { OperationContext, OperationTable } from './types.ts';
import { readBoolean, readInteger } from './validation.ts';

/** The most earlier passwords IAM can be told to refuse, and so the most we keep. */
const MAX_REUSE_PREVENTION = 24;

/**
 * Ranges of UpdateAccountPasswordPolicy's numeric fields.
 * https://docs.aws.amazon.com/IAM/latest/APIReference/API_UpdateAccountPasswordPolicy.html
 */
const RANGES = {
  MinimumPasswordLength: [6, 128],
  MaxPasswordAge: [1, 1095],
  PasswordReusePrevention: [1, MAX_REUSE_PREVENTION],
} as const;

function readRanged(context: OperationContext, name: keyof typeof RANGES): number | undefined {
  const value = readInteger(context.params, name);
  if (value === undefined) return undefined;
  const [min, max] = RANGES[name];
  if (value < min || value > max) {
    const bound = value < min ? `greater than or equal to ${min}` : `less than or equal to ${max}`;
    const member = name.charAt(0).toLowerCase() + name.slice(1);
    throw new ValidationError(
      `1 validation error detected: Value '${value}' at '${member}' failed to satisfy ` +
        `constraint: Member must have value ${bound}`,
    );
  }
  return value;
}

function noPolicy(accountId: string): NoSuchEntityError {
  return new NoSuchEntityError(
    `The Password Policy with domain name ${accountId} cannot be found.`,
  );
}

/** ExpirePasswords is derived: true when MaxPasswordAge is set. */
function getAccountPasswordPolicy(context: OperationContext): XmlObject {
  const policy = context.store.passwordPolicy.get();
  if (!policy) throw noPolicy(context.accountId);
  return {
    PasswordPolicy: {
      MinimumPasswordLength: policy.MinimumPasswordLength,
      RequireSymbols: policy.RequireSymbols,
      RequireNumbers: policy.RequireNumbers,
      RequireUppercaseCharacters: policy.RequireUppercaseCharacters,
      RequireLowercaseCharacters: policy.RequireLowercaseCharacters,
      AllowUsersToChangePassword: policy.AllowUsersToChangePassword,
      ExpirePasswords: policy.MaxPasswordAge !== undefined,
      MaxPasswordAge: policy.MaxPasswordAge,
      PasswordReusePrevention: policy.PasswordReusePrevention,
      HardExpiry: policy.HardExpiry,
    },
  };
}

/** Replaces the whole policy: a field left out takes its default, not its earlier value. */
function updateAccountPasswordPolicy(context: OperationContext): undefined {
  const { params, store } = context;
  const policy: PasswordPolicyRecord = {
    MinimumPasswordLength: readRanged(context, 'MinimumPasswordLength') ?? 6,
    RequireSymbols: readBoolean(params, 'RequireSymbols') ?? false,
    RequireNumbers: readBoolean(params, 'RequireNumbers') ?? false,
    RequireUppercaseCharacters: readBoolean(params, 'RequireUppercaseCharacters') ?? false,
    RequireLowercaseCharacters: readBoolean(params, 'RequireLowercaseCharacters') ?? false,
    AllowUsersToChangePassword: readBoolean(params, 'AllowUsersToChangePassword') ?? false,
    MaxPasswordAge: readRanged(context, 'MaxPasswordAge'),
    PasswordReusePrevention: readRanged(context, 'PasswordReusePrevention'),
    HardExpiry: readBoolean(params, 'HardExpiry') ?? false,
  };
  store.transaction(() => store.passwordPolicy.put(policy));
  return undefined;
}

function deleteAccountPasswordPolicy(context: OperationContext): undefined {
  if (!context.store.passwordPolicy.delete()) throw noPolicy(context.accountId);
  return undefined;
}

/**
 * The characters RequireSymbols counts, as the policy's reference lists them: a space, a dot or
 * a tilde is allowed in a password but is not one of them.
 * https://docs.aws.amazon.com/IAM/latest/APIReference/API_UpdateAccountPasswordPolicy.html
 */
const SYMBOL = /[!@#$%^&*()_+\-=[\]{}|']/;

/** What the account's policy asks of a password. */
function policyProblems(password: string, policy: PasswordPolicyRecord): string[] {
  const problems: string[] = [];
  if (password.length < policy.MinimumPasswordLength) {
    problems.push(`Password should have a minimum length of ${policy.MinimumPasswordLength}`);
  }
  if (policy.RequireUppercaseCharacters && !/[A-Z]/.test(password)) {
    problems.push('Password should have at least one uppercase letter');
  }
  if (policy.RequireLowercaseCharacters && !/[a-z]/.test(password)) {
    problems.push('Password should have at least one lowercase letter');
  }
  if (policy.RequireNumbers && !/[0-9]/.test(password)) {
    problems.push('Password should have at least one number');
  }
  if (policy.RequireSymbols && !SYMBOL.test(password)) {
    problems.push('Password should have at least one symbol');
  }
  return problems;
}

async function reused(store: Store, userPk: number, password: string, count: number) {
  for (const entry of store.passwordPolicy.history(userPk).slice(0, count)) {
    if (await verifyPassword(password, entry.passwordHash)) return true;
  }
  return false;
}

/**
 * Checks a new password against the account password policy, or IAM's default rules when the
 * account has none, and against the user's earlier passwords when reuse prevention is on.
 * Returns its hash. Messages never repeat the password.
 */
export async function hashNewPassword(
  context: OperationContext,
  password: string,
  userPk: number | undefined,
  parameter = 'password',
): Promise<string> {
  checkPasswordParameter(password, parameter);
  const { store, accountId } = context;
  const policy = store.passwordPolicy.get();
  if (!policy) {
    checkDefaultPasswordPolicy(password, store.account.aliases().concat(accountId));
    return hashPassword(password);
  }

  const problems = policyProblems(password, policy);
  const reuse = policy.PasswordReusePrevention;
  if (problems.length === 0 && reuse !== undefined && userPk !== undefined) {
    if (await reused(store, userPk, password, reuse)) {
      problems.push(`Password should not be one of the last ${reuse} passwords`);
    }
  }
  if (problems.length > 0) {
    throw new PasswordPolicyViolationError(
      'Password does not conform to the account password policy requirements: ' +
        problems.join('; '),
    );
  }
  return hashPassword(password);
}

/** Keeps a user's password hash for PasswordReusePrevention (inside the write transaction). */
export function rememberPassword(store: Store, userPk: number, hash: string, now: Date): void {
  store.passwordPolicy.remember(userPk, hash, now, MAX_REUSE_PREVENTION);
}

export const passwordPolicyOperations: OperationTable = {
  GetAccountPasswordPolicy: getAccountPasswordPolicy,
  UpdateAccountPasswordPolicy: updateAccountPasswordPolicy,
  DeleteAccountPasswordPolicy: deleteAccountPasswordPolicy,
};
