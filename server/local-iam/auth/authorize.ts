/**
 * Authorization of IAM and STS calls by IAM users and role sessions against their identity-based
 * policies: a user's inline and attached policies plus those of its groups; a role session's
 * role's. The root user is never refused. IAM User Guide, "Policy evaluation logic".
 */
import { roleArn, rootArn, userArn } from '../arns.ts';
import { AccessDeniedError } from '../errors.ts';
import type { Authorizer } from '../http/handler.ts';
import { defaultDocument, findPolicy } from '../operations/policy-arns.ts';
import { buildRequestContext, type RequestContext } from '../policy/context.ts';
import { parsePolicyDocument, type PolicyDocument } from '../policy/document.ts';
import {
  evaluate,
  formatAccessDenied,
  type EvaluationResult,
  type PolicyInput,
  type RequestPrincipal,
} from '../policy/evaluate.ts';
import type { PolicyOwner } from '../store/policy-links.ts';
import type { Store } from '../store/store.ts';
import { callerArn, callerUserId, type Caller } from './caller.ts';
import { resourceFor } from './resources.ts';

/**
 * STS actions that need no permission: GetCallerIdentity, and GetSessionToken (which AWS
 * allows to any IAM user). AssumeRole is decided by the operation, against the trust policy.
 * https://docs.aws.amazon.com/STS/latest/APIReference/API_GetCallerIdentity.html
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_temp_control-access_getsessiontoken.html
 */
const STS_WITHOUT_PERMISSION = new Set(['GetCallerIdentity', 'GetSessionToken', 'AssumeRole']);

/** Parsed documents by text: the same few policies are evaluated on every request. */
const parsed = new Map<string, PolicyDocument | null>();
const PARSED_LIMIT = 1000;

function parseStored(text: string): PolicyDocument | undefined {
  let document = parsed.get(text);
  if (document === undefined) {
    try {
      document = parsePolicyDocument(text, 'identity');
    } catch {
      // Stored documents were validated on the way in; one that no longer parses grants nothing.
      document = null;
    }
    if (parsed.size >= PARSED_LIMIT) parsed.clear();
    parsed.set(text, document);
  }
  return document ?? undefined;
}

/** The inline and attached policies of one user, group or role. */
function policiesOf(store: Store, accountId: string, owner: PolicyOwner, pk: number) {
  const inputs: PolicyInput[] = [];
  for (const inline of store.policyLinks.inlineList(owner, pk)) {
    const document = parseStored(inline.document);
    if (document) inputs.push({ Document: document, PolicyName: inline.policyName });
  }
  for (const arn of store.policyLinks.attached(owner, pk)) {
    const resolved = findPolicy(store, accountId, arn);
    const text = resolved && defaultDocument(store, resolved);
    const document = text === undefined ? undefined : parseStored(text);
    if (document) inputs.push({ Document: document, PolicyArn: arn });
  }
  return inputs;
}

/** Every identity-based policy that applies to the caller. */
export function identityPolicies(store: Store, accountId: string, caller: Caller): PolicyInput[] {
  if (caller.kind === 'root') return [];
  if (caller.kind === 'assumed-role') return policiesOf(store, accountId, 'role', caller.role.pk);
  const own = policiesOf(store, accountId, 'user', caller.user.pk);
  const inherited = store.groups
    .groupsOfUser(caller.user.pk)
    .flatMap((group) => policiesOf(store, accountId, 'group', group.pk));
  return own.concat(inherited);
}

/** The caller as the evaluator names it; a role session's ARN is its STS ARN. */
export function requestPrincipal(caller: Caller, accountId: string): RequestPrincipal {
  switch (caller.kind) {
    case 'root':
      return { Type: 'root', Account: accountId, Arn: rootArn(accountId) };
    case 'user':
      return {
        Type: 'user',
        Account: accountId,
        Arn: userArn(accountId, caller.user.path, caller.user.userName),
        UserName: caller.user.userName,
        UserId: caller.user.userId,
      };
    case 'assumed-role':
      return {
        Type: 'assumed-role',
        Account: accountId,
        Arn: callerArn(caller, accountId),
        RoleArn: roleArn(accountId, caller.role.path, caller.role.roleName),
        UserId: callerUserId(caller, accountId),
      };
  }
}

/** Global condition keys from the caller and, for temporary credentials, their MFA facts. */
export function callerContext(
  caller: Caller,
  accountId: string,
  now: Date,
  extra?: RequestContext,
): RequestContext {
  const session = caller.session;
  return buildRequestContext({
    Principal: requestPrincipal(caller, accountId),
    now,
    Session: session && { MfaAuthenticatedAt: session.mfaAuthenticatedAt },
    Extra: extra,
  });
}

/** Evaluates the caller's identity-based policies (user + its groups', or the role's). */
export function evaluateIdentityPolicies(
  store: Store,
  accountId: string,
  caller: Caller,
  action: string,
  resourceArn: string,
  now: Date,
  extraContext?: RequestContext,
): EvaluationResult {
  if (caller.kind === 'root') return { Decision: 'Allow' };
  return evaluate(
    {
      Action: action,
      Resource: resourceArn,
      Principal: requestPrincipal(caller, accountId),
      Context: callerContext(caller, accountId, now, extraContext),
    },
    identityPolicies(store, accountId, caller),
  );
}

/** Service-specific condition keys an action's request carries. */
function actionContext(action: string, policyArn: string | undefined): RequestContext {
  // iam:PolicyARN is set on the actions that attach or detach a managed policy.
  // https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_iam-condition-keys.html
  return /^(Attach|Detach)(User|Group|Role)Policy$/.test(action) && policyArn !== undefined
    ? { 'iam:PolicyARN': policyArn }
    : {};
}

/**
 * With AllowUsersToChangePassword in the account password policy, every IAM user may change its
 * own password and read the policy without a policy of its own; an explicit deny still wins.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_passwords_enable-user-change.html
 */
function selfServicePassword(store: Store, caller: Caller, service: string, action: string) {
  if (caller.kind !== 'user' || service !== 'iam') return false;
  if (action !== 'ChangePassword' && action !== 'GetAccountPasswordPolicy') return false;
  return store.passwordPolicy.get()?.AllowUsersToChangePassword === true;
}

/** The Authorizer that http/handler.ts calls; throws AccessDeniedError with AWS's message. */
export function createAuthorizer(store: Store, now: () => Date): Authorizer {
  return ({ caller, service, action, params, accountId }) => {
    if (caller.kind === 'root') return;
    if (service === 'sts' && STS_WITHOUT_PERMISSION.has(action)) return;

    const resource =
      service === 'iam' ? resourceFor(action, { store, accountId, caller, params }) : '*';
    const qualified = `${service}:${action}`;
    const extra = actionContext(action, params.get('PolicyArn'));
    const result = evaluateIdentityPolicies(
      store,
      accountId,
      caller,
      qualified,
      resource,
      now(),
      extra,
    );
    if (result.Decision === 'Allow') return;
    if (result.Decision === 'ImplicitDeny' && selfServicePassword(store, caller, service, action)) {
      return;
    }

    const principal = requestPrincipal(caller, accountId);
    throw new AccessDeniedError(
      formatAccessDenied(
        { Action: qualified, Resource: resource, Principal: principal },
        result.Decision,
      ),
    );
  };
}
