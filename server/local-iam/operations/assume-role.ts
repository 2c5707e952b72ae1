import { evaluateIdentityPolicies, requestPrincipal } from '../auth/authorize.ts';
import { callerArn, type Caller } from '../auth/caller.ts';
import { issueTemporaryCredentials } from '../auth/temporary-credentials.ts';
import {
  AccessDeniedError,
  InvalidInputError,
  LimitExceededError,
  ValidationError,
} from '../errors.ts';
import type { QueryParams } from '../http/query-params.ts';
import { buildRequestContext } from '../policy/context.ts';
import { evaluateTrustPolicy, formatAccessDenied } from '../policy/evaluate.ts';
import type { RoleRecord } from '../store/roles.ts';
import type { XmlObject } from '../xml/serialize.ts';
import { constraintError } from './credential-params.ts';
import { checkTokenCode } from './mfa-codes.ts';
import { readDurationSeconds } from './sts-sessions.ts';
import { readTags } from './tags.ts';
import { trustPolicyForEvaluation } from './trust-principals.ts';
import type { OperationContext, OperationTable } from './types.ts';
import { checkLength } from './validation.ts';

/**
 * Role sessions last 900 s up to the role's MaxSessionDuration (one hour by default), and one
 * hour at most when a role session assumes a role ("role chaining").
 * https://docs.aws.amazon.com/STS/latest/APIReference/API_AssumeRole.html
 */
const DEFAULT_DURATION = 3600;
const MAX_DURATION = 43200;
const ROLE_CHAINING_LIMIT = 3600;

function readPattern(
  context: OperationContext,
  parameter: string,
  min: number,
  max: number,
  pattern: RegExp,
  patternText: string,
): string | undefined {
  const value = context.params.get(parameter);
  if (value === undefined) return undefined;
  checkLength(value, parameter, min, max);
  if (!pattern.test(value)) {
    throw constraintError(
      value,
      parameter,
      `Member must satisfy regular expression pattern: ${patternText}`,
    );
  }
  return value;
}

function readRoleSessionName(context: OperationContext): string {
  context.params.require('RoleSessionName');
  return readPattern(context, 'RoleSessionName', 2, 64, /^[\w+=,.@-]*$/, '[\\w+=,.@-]*') ?? '';
}

/** The role a RoleArn names in this account, path included; undefined for any other ARN. */
function roleOfArn(context: OperationContext, arn: string): RoleRecord | undefined {
  const match = /^arn:aws:iam::(\d{12}):role(\/(?:[\x21-\x7E]*\/)?)([\w+=,.@-]+)$/.exec(arn);
  if (!match || match[1] !== context.accountId) return undefined;
  const role = context.store.roles.byName(match[3] ?? '');
  if (!role || role.path !== match[2] || role.roleName !== match[3]) return undefined;
  return role;
}

function denied(context: OperationContext, arn: string): AccessDeniedError {
  const principal = requestPrincipal(context.caller, context.accountId);
  return new AccessDeniedError(
    formatAccessDenied(
      { Action: 'sts:AssumeRole', Resource: arn, Principal: principal },
      'ImplicitDeny',
      'trust',
    ),
  );
}

/**
 * The trust policy must allow the caller. When it names only the caller's account, the
 * caller's own identity policies must allow sts:AssumeRole too; an explicit deny there always
 * wins. IAM User Guide, "Cross-account policy evaluation logic" and "Granting a user
 * permissions to switch roles".
 */
function trusts(
  context: OperationContext,
  role: RoleRecord,
  arn: string,
  mfaAuthenticatedAt: Date | undefined,
  externalId: string | undefined,
): boolean {
  const { store, accountId, caller, now } = context;
  const principal = requestPrincipal(caller, accountId);
  const session = caller.session;
  const mfaAt = mfaAuthenticatedAt ?? session?.mfaAuthenticatedAt;
  const withSession = session !== undefined || mfaAt !== undefined;
  const requestContext = buildRequestContext({
    Principal: principal,
    now,
    Session: withSession
      ? { IssuedAt: session?.issuedAt ?? now, MfaAuthenticatedAt: mfaAt }
      : undefined,
    ExternalId: externalId,
  });

  let trustPolicy;
  try {
    trustPolicy = trustPolicyForEvaluation(store, role);
  } catch {
    return false;
  }
  const trust = evaluateTrustPolicy(
    { Action: 'sts:AssumeRole', Resource: arn, Principal: principal, Context: requestContext },
    trustPolicy,
  );
  if (trust.Decision !== 'Allow') return false;

  const identity = evaluateIdentityPolicies(store, accountId, caller, 'sts:AssumeRole', arn, now);
  if (identity.Decision === 'ExplicitDeny') return false;
  return trust.PrincipalGrant !== 'Account' || identity.Decision === 'Allow';
}

function readDuration(context: OperationContext, role: RoleRecord, caller: Caller): number {
  const duration = readDurationSeconds(context, MAX_DURATION, DEFAULT_DURATION);
  if (caller.kind === 'assumed-role' && duration > ROLE_CHAINING_LIMIT) {
    throw new ValidationError(
      'The requested DurationSeconds exceeds the 1 hour session limit for roles assumed by ' +
        'role chaining.',
    );
  }
  if (duration > role.maxSessionDuration) {
    throw new ValidationError(
      'The requested DurationSeconds exceeds the MaxSessionDuration set for this role.',
    );
  }
  return duration;
}

/** Session tags and a session policy count against a packed size AWS reports in percent. */
function packedPolicySize(tags: { Key: string; Value: string }[], policy: string | undefined) {
  if (tags.length === 0 && policy === undefined) return undefined;
  const packed = tags.reduce((sum, tag) => sum + tag.Key.length + tag.Value.length, 0);
  return Math.min(100, Math.ceil(((packed + (policy?.length ?? 0)) / 2048) * 100));
}

/**
 * Root credentials cannot assume roles. An unknown role and a trust policy that refuses the
 * caller give the same AccessDenied, so the answer does not reveal which roles exist.
 */
function assumeRole(context: OperationContext): XmlObject {
  const { store, params, caller, accountId, now } = context;
  const arn = params.require('RoleArn');
  checkLength(arn, 'RoleArn', 20, 2048);
  const roleSessionName = readRoleSessionName(context);
  const externalId = readPattern(
    context,
    'ExternalId',
    2,
    1224,
    /^[\w+=,.@:/-]*$/,
    '[\\w+=,.@:\\/-]*',
  );
  const policy = params.get('Policy');
  if (policy !== undefined) checkLength(policy, 'Policy', 1, 2048);
  const tags = readSessionTags(params);

  if (caller.kind === 'root') {
    throw new AccessDeniedError('Roles may not be assumed by root accounts.');
  }
  const role = roleOfArn(context, arn);
  if (!role) throw denied(context, arn);
  const durationSeconds = readDuration(context, role, caller);
  const mfaAuthenticatedAt = checkTokenCode(
    context,
    caller.kind === 'user' ? caller.user : 'no-device',
  );
  if (!trusts(context, role, arn, mfaAuthenticatedAt, externalId)) throw denied(context, arn);

  const credentials = issueTemporaryCredentials(store, {
    source: 'AssumeRole',
    rolePk: role.pk,
    roleSessionName,
    roleChained: caller.kind === 'assumed-role',
    mfaAuthenticatedAt,
    issuedAt: now,
    durationSeconds,
  });
  const session: Caller = {
    kind: 'assumed-role',
    accessKeyId: credentials.AccessKeyId,
    role,
    roleSessionName,
    session: { source: 'AssumeRole', expiration: credentials.Expiration },
  };
  return {
    Credentials: { ...credentials },
    AssumedRoleUser: {
      AssumedRoleId: `${role.roleId}:${roleSessionName}`,
      Arn: callerArn(session, accountId),
    },
    PackedPolicySize: packedPolicySize(tags, policy),
  };
}

/**
 * Session tags follow IAM's tag rules, but STS has neither InvalidInput nor LimitExceeded:
 * its tag limits (50 tags, key and value patterns) are constraints of its input model, which
 * it answers with ValidationError.
 * https://docs.aws.amazon.com/STS/latest/APIReference/API_Tag.html
 */
function readSessionTags(params: QueryParams) {
  try {
    return readTags(params);
  } catch (error) {
    if (error instanceof InvalidInputError || error instanceof LimitExceededError) {
      throw new ValidationError(error.message);
    }
    throw error;
  }
}

export const assumeRoleOperations: OperationTable = { AssumeRole: assumeRole };
