/**
 * Decides a request against identity policies or a role's trust policy, following IAM's
 * evaluation logic: an explicit Deny wins, then any Allow, else the request is implicitly denied.
 * IAM User Guide, "Policy evaluation logic" and "The difference between explicit and implicit
 * denies".
 */
import { conditionsHold } from './conditions.ts';
import {
  normalizeContext,
  principalArn,
  type NormalizedContext,
  type RequestContext,
  type RequestPrincipal,
} from './context.ts';
import { matchPrincipal, type PrincipalGrant } from './principals.ts';
import type { PolicyDocument, PolicyStatement } from './types.ts';
import { resolveVariables } from './variables.ts';
import { matchesAction, matchesResource } from './wildcard.ts';

export type { PrincipalGrant } from './principals.ts';
export type { RequestContext, RequestPrincipal } from './context.ts';

export interface AuthorizationRequest {
  /** `service:Action`, e.g. `iam:ListUsers`. */
  Action: string;
  /** The resource ARN; unused by trust policies, which have no Resource element. */
  Resource: string;
  Principal: RequestPrincipal;
  Context?: RequestContext;
}

/** A policy with the name or ARN that messages and results refer to it by. */
export interface PolicyInput {
  Document: PolicyDocument;
  PolicyName?: string;
  PolicyArn?: string;
}

export type Decision = 'Allow' | 'ExplicitDeny' | 'ImplicitDeny';

export interface MatchedStatement {
  Policy: PolicyInput;
  StatementIndex: number;
  Statement: PolicyStatement;
}

export interface EvaluationResult {
  Decision: Decision;
  /** The deciding statement: the Deny that matched, or the Allow that granted. */
  MatchedStatement?: MatchedStatement;
  /** For an Allow by a statement with Principal or NotPrincipal: how the caller was named. */
  PrincipalGrant?: PrincipalGrant;
}

function actionApplies(statement: PolicyStatement, action: string): boolean {
  if (statement.Action) return statement.Action.some((pattern) => matchesAction(pattern, action));
  return !(statement.NotAction ?? []).some((pattern) => matchesAction(pattern, action));
}

function resourceApplies(
  statement: PolicyStatement,
  resource: string,
  context: NormalizedContext,
  document: PolicyDocument,
): boolean {
  const list = statement.Resource ?? statement.NotResource;
  // Trust policy statements carry no resource: the role they are attached to is it.
  if (list === undefined) return true;

  const matches = list.some((text) => {
    const pattern = resolveVariables(text, context, document.Version);
    return pattern !== undefined && matchesResource(pattern, resource);
  });
  return statement.Resource ? matches : !matches;
}

/** undefined: the statement does not apply to this caller. */
function principalApplies(
  statement: PolicyStatement,
  principal: RequestPrincipal,
): PrincipalGrant | 'Unnamed' | undefined {
  if (statement.Principal !== undefined) return matchPrincipal(statement.Principal, principal);
  if (statement.NotPrincipal !== undefined) {
    return matchPrincipal(statement.NotPrincipal, principal) === undefined
      ? 'Principal'
      : undefined;
  }
  return 'Unnamed';
}

export function evaluate(
  request: AuthorizationRequest,
  policies: readonly PolicyInput[],
): EvaluationResult {
  const context = normalizeContext(request.Context ?? {});
  let allow: EvaluationResult | undefined;

  for (const policy of policies) {
    const document = policy.Document;
    for (const [index, statement] of document.Statement.entries()) {
      if (!actionApplies(statement, request.Action)) continue;
      if (!resourceApplies(statement, request.Resource, context, document)) continue;
      const principal = principalApplies(statement, request.Principal);
      if (principal === undefined) continue;
      if (!conditionsHold(statement.Condition, context, document.Version)) continue;

      const matched = { Policy: policy, StatementIndex: index, Statement: statement };
      if (statement.Effect === 'Deny')
        return { Decision: 'ExplicitDeny', MatchedStatement: matched };

      const grant = principal === 'Unnamed' ? undefined : principal;
      // A statement naming the caller outranks one naming only the caller's account.
      if (allow === undefined || (allow.PrincipalGrant === 'Account' && grant === 'Principal')) {
        allow = { Decision: 'Allow', MatchedStatement: matched, PrincipalGrant: grant };
      }
    }
  }
  return allow ?? { Decision: 'ImplicitDeny' };
}

/** A role's trust policy decides sts:AssumeRole (and its kin) on the role ARN. */
export function evaluateTrustPolicy(
  request: AuthorizationRequest,
  trustPolicy: PolicyDocument,
): EvaluationResult {
  return evaluate(request, [{ Document: trustPolicy }]);
}

/**
 * AWS's AccessDenied message. Identity-policy denials give the reason; trust policy denials
 * (AssumeRole) give none.
 */
export function formatAccessDenied(
  request: Pick<AuthorizationRequest, 'Action' | 'Resource' | 'Principal'>,
  decision: Exclude<Decision, 'Allow'>,
  policyType: 'identity-based' | 'trust' = 'identity-based',
): string {
  const base =
    `User: ${principalArn(request.Principal)} is not authorized to perform: ` +
    `${request.Action} on resource: ${request.Resource}`;
  if (policyType === 'trust') return base;
  if (decision === 'ExplicitDeny')
    return `${base} with an explicit deny in an identity-based policy`;
  return `${base} because no identity-based policy allows the ${request.Action} action`;
}
