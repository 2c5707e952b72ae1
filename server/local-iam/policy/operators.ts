/**
 * Condition operator names, split into set qualifier, base operator and `IfExists`.
 * IAM User Guide, "IAM JSON policy elements: Condition operators"
 * (docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html).
 */
export const baseOperators = [
  'StringEquals',
  'StringNotEquals',
  'StringEqualsIgnoreCase',
  'StringNotEqualsIgnoreCase',
  'StringLike',
  'StringNotLike',
  'NumericEquals',
  'NumericNotEquals',
  'NumericLessThan',
  'NumericLessThanEquals',
  'NumericGreaterThan',
  'NumericGreaterThanEquals',
  'DateEquals',
  'DateNotEquals',
  'DateLessThan',
  'DateLessThanEquals',
  'DateGreaterThan',
  'DateGreaterThanEquals',
  'Bool',
  'BinaryEquals',
  'IpAddress',
  'NotIpAddress',
  'ArnEquals',
  'ArnLike',
  'ArnNotEquals',
  'ArnNotLike',
  'Null',
] as const;

export type BaseOperator = (typeof baseOperators)[number];

export type SetQualifier = 'ForAnyValue' | 'ForAllValues';

export interface ConditionOperator {
  base: BaseOperator;
  qualifier?: SetQualifier;
  ifExists: boolean;
}

/** Operators that hold when the value does not match, and so when the key is absent. */
export const negatedOperators: ReadonlySet<BaseOperator> = new Set([
  'StringNotEquals',
  'StringNotEqualsIgnoreCase',
  'StringNotLike',
  'NumericNotEquals',
  'DateNotEquals',
  'NotIpAddress',
  'ArnNotEquals',
  'ArnNotLike',
]);

const byLowerName = new Map<string, BaseOperator>(
  baseOperators.map((op) => [op.toLowerCase(), op]),
);

const qualifiers: Record<string, SetQualifier> = {
  foranyvalue: 'ForAnyValue',
  forallvalues: 'ForAllValues',
};

/** Returns undefined for a name IAM does not know, such as `StringEqual` or `NullIfExists`. */
export function parseOperatorName(name: string): ConditionOperator | undefined {
  const parts = name.split(':');
  if (parts.length > 2) return undefined;

  let qualifier: SetQualifier | undefined;
  if (parts.length === 2) {
    qualifier = qualifiers[(parts[0] ?? '').toLowerCase()];
    if (qualifier === undefined) return undefined;
  }

  let rest = (parts[parts.length - 1] ?? '').toLowerCase();
  const ifExists = rest.endsWith('ifexists');
  if (ifExists) rest = rest.slice(0, -'ifexists'.length);

  const base = byLowerName.get(rest);
  // The Null check tests for presence itself, so IAM refuses NullIfExists.
  if (base === undefined || (base === 'Null' && ifExists)) return undefined;

  return { base, qualifier, ifExists };
}
