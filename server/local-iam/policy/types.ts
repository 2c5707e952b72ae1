/** A policy document after parsing: every single-or-list element is normalised to a list. */
export type PolicyVersion = '2012-10-17' | '2008-10-17';

export type PolicyKind = 'identity' | 'trust';

export type Effect = 'Allow' | 'Deny';

export type PrincipalType = 'AWS' | 'Service' | 'Federated' | 'CanonicalUser';

/** `"*"` or a map of principal type to names; `{"AWS": "*"}` stays as `{ AWS: ['*'] }`. */
export type PrincipalBlock = '*' | Partial<Record<PrincipalType, string[]>>;

/** Operator (e.g. `ForAnyValue:StringLikeIfExists`) to condition key to values, all as strings. */
export type ConditionBlock = Record<string, Record<string, string[]>>;

export interface PolicyStatement {
  Sid?: string;
  Effect: Effect;
  Principal?: PrincipalBlock;
  NotPrincipal?: PrincipalBlock;
  Action?: string[];
  NotAction?: string[];
  Resource?: string[];
  NotResource?: string[];
  Condition?: ConditionBlock;
}

export interface PolicyDocument {
  /** Absent when the document leaves it out; IAM then treats it as 2008-10-17. */
  Version?: PolicyVersion;
  Id?: string;
  Statement: PolicyStatement[];
}
