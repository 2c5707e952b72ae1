/**
 * The request context that conditions and policy variables read: global condition keys derived
 * from the caller and the request. IAM User Guide, "AWS global condition context keys".
 */
export type ContextValue = string | number | boolean | Date | readonly string[];

/** Context keys as given; names are compared without regard to case, as IAM does. */
export type RequestContext = Readonly<Record<string, ContextValue | undefined>>;

/** Lower-cased key to values; a key that is absent has no entry. */
export type NormalizedContext = ReadonlyMap<string, readonly string[]>;

export type RequestPrincipal =
  | { Type: 'root'; Account: string; Arn: string }
  | { Type: 'user'; Account: string; Arn: string; UserName: string; UserId: string }
  | {
      Type: 'assumed-role';
      Account: string;
      /** arn:aws:sts::<account>:assumed-role/<RoleName>/<RoleSessionName> */
      Arn: string;
      /** The role's own ARN, path included, which trust policies and aws:PrincipalArn name. */
      RoleArn: string;
      /** <RoleId>:<RoleSessionName> */
      UserId: string;
    }
  | { Type: 'service'; Service: string }
  | { Type: 'federated'; Provider: string };

export function principalArn(principal: RequestPrincipal): string {
  if (principal.Type === 'service') return principal.Service;
  if (principal.Type === 'federated') return principal.Provider;
  return principal.Arn;
}

function toStrings(value: ContextValue): string[] {
  if (typeof value === 'string') return [value];
  if (value instanceof Date) return [formatTime(value)];
  if (typeof value === 'number' || typeof value === 'boolean') return [String(value)];
  return [...value];
}

export function normalizeContext(context: RequestContext): NormalizedContext {
  const map = new Map<string, readonly string[]>();
  for (const [key, value] of Object.entries(context)) {
    if (value !== undefined) map.set(key.toLowerCase(), toStrings(value));
  }
  return map;
}

/** ISO 8601 without milliseconds, the form aws:CurrentTime takes. */
function formatTime(time: Date): string {
  return time.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

export interface ContextInput {
  Principal: RequestPrincipal;
  now: Date;
  /**
   * Set for temporary credentials only. IAM leaves aws:MultiFactorAuthPresent out of the context
   * for long-term access keys, and sets aws:MultiFactorAuthAge only when MFA was used.
   */
  Session?: { IssuedAt?: Date; MfaAuthenticatedAt?: Date };
  SecureTransport?: boolean;
  SourceIp?: string;
  ExternalId?: string;
  /** Service-specific keys such as iam:PolicyARN, added as given. */
  Extra?: RequestContext;
}

const principalTypeNames = {
  root: 'Account',
  user: 'User',
  'assumed-role': 'AssumedRole',
  service: 'Service',
  federated: 'FederatedUser',
} as const;

export function buildRequestContext(input: ContextInput): Record<string, ContextValue> {
  const { Principal: principal, now } = input;
  const context: Record<string, ContextValue> = {
    'aws:CurrentTime': formatTime(now),
    'aws:EpochTime': String(Math.floor(now.getTime() / 1000)),
    'aws:PrincipalType': principalTypeNames[principal.Type],
  };

  if (principal.Type === 'root' || principal.Type === 'user' || principal.Type === 'assumed-role') {
    context['aws:PrincipalAccount'] = principal.Account;
    // For a role session this is the role's ARN, not the session's.
    context['aws:PrincipalArn'] =
      principal.Type === 'assumed-role' ? principal.RoleArn : principal.Arn;
    context['aws:userid'] = principal.Type === 'root' ? principal.Account : principal.UserId;
  }
  if (principal.Type === 'user') context['aws:username'] = principal.UserName;
  if (principal.Type === 'service') context['aws:PrincipalServiceName'] = principal.Service;

  if (input.Session) {
    const mfaAt = input.Session.MfaAuthenticatedAt;
    if (input.Session.IssuedAt) {
      context['aws:TokenIssueTime'] = formatTime(input.Session.IssuedAt);
    }
    context['aws:MultiFactorAuthPresent'] = mfaAt !== undefined ? 'true' : 'false';
    if (mfaAt !== undefined) {
      const age = Math.max(0, Math.floor((now.getTime() - mfaAt.getTime()) / 1000));
      context['aws:MultiFactorAuthAge'] = String(age);
    }
  }
  if (input.SecureTransport !== undefined) {
    context['aws:SecureTransport'] = input.SecureTransport ? 'true' : 'false';
  }
  if (input.SourceIp !== undefined) context['aws:SourceIp'] = input.SourceIp;
  if (input.ExternalId !== undefined) context['sts:ExternalId'] = input.ExternalId;

  for (const [key, value] of Object.entries(input.Extra ?? {})) {
    if (value !== undefined) context[key] = value;
  }
  return context;
}
