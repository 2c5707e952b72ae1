/**
 * Evaluates a statement's Condition block against the request context. Operators are AND'ed,
 * keys within an operator are AND'ed, and the values of one key are OR'ed.
 * IAM User Guide, "Condition operators" and "Set operators for multivalued context keys".
 */
import { BlockList, isIP } from 'node:net';
import type { NormalizedContext } from './context.ts';
import {
  negatedOperators,
  parseOperatorName,
  type BaseOperator,
  type ConditionOperator,
} from './operators.ts';
import type { ConditionBlock, PolicyVersion } from './types.ts';
import { resolveVariables } from './variables.ts';
import { matchesArnCondition, matchesLike, plainPattern, type PatternPart } from './wildcard.ts';

type Comparator = (contextValue: string, policyValue: PatternPart[]) => boolean;

const text = (pattern: PatternPart[]) => pattern.map((part) => part.text).join('');

function compareNumbers(test: (a: number, b: number) => boolean): Comparator {
  return (contextValue, policyValue) => {
    const a = Number(contextValue);
    const b = Number(text(policyValue));
    const valid = contextValue.trim() !== '' && Number.isFinite(a) && Number.isFinite(b);
    return valid && test(a, b);
  };
}

/** Dates are ISO 8601 or epoch seconds, on either side. */
function parseDate(value: string): number {
  if (/^\d+$/.test(value)) return Number(value) * 1000;
  return Date.parse(value);
}

function compareDates(test: (a: number, b: number) => boolean): Comparator {
  return (contextValue, policyValue) => {
    const a = parseDate(contextValue);
    const b = parseDate(text(policyValue));
    return Number.isFinite(a) && Number.isFinite(b) && test(a, b);
  };
}

function inRange(address: string, range: string): boolean {
  const family = isIP(address);
  if (family === 0) return false;
  const [network = '', prefixText] = range.split('/');
  const networkFamily = isIP(network);
  if (networkFamily !== family) return false;

  const type = family === 4 ? 'ipv4' : 'ipv6';
  const prefix = prefixText === undefined ? (family === 4 ? 32 : 128) : Number(prefixText);
  if (!Number.isInteger(prefix) || prefix < 0 || prefix > (family === 4 ? 32 : 128)) return false;
  const list = new BlockList();
  list.addSubnet(network, prefix, type);
  return list.check(address, type);
}

/** The positive form of every operator; a negated operator is the negation of its partner. */
const comparators: Record<Exclude<BaseOperator, 'Null'>, Comparator> = {
  StringEquals: (c, p) => c === text(p),
  StringNotEquals: (c, p) => c === text(p),
  StringEqualsIgnoreCase: (c, p) => c.toLowerCase() === text(p).toLowerCase(),
  StringNotEqualsIgnoreCase: (c, p) => c.toLowerCase() === text(p).toLowerCase(),
  StringLike: (c, p) => matchesLike(p, c),
  StringNotLike: (c, p) => matchesLike(p, c),
  NumericEquals: compareNumbers((a, b) => a === b),
  NumericNotEquals: compareNumbers((a, b) => a === b),
  NumericLessThan: compareNumbers((a, b) => a < b),
  NumericLessThanEquals: compareNumbers((a, b) => a <= b),
  NumericGreaterThan: compareNumbers((a, b) => a > b),
  NumericGreaterThanEquals: compareNumbers((a, b) => a >= b),
  DateEquals: compareDates((a, b) => a === b),
  DateNotEquals: compareDates((a, b) => a === b),
  DateLessThan: compareDates((a, b) => a < b),
  DateLessThanEquals: compareDates((a, b) => a <= b),
  DateGreaterThan: compareDates((a, b) => a > b),
  DateGreaterThanEquals: compareDates((a, b) => a >= b),
  Bool: (c, p) => c.toLowerCase() === text(p).toLowerCase(),
  BinaryEquals: (c, p) => c === text(p),
  IpAddress: (c, p) => inRange(c, text(p)),
  NotIpAddress: (c, p) => inRange(c, text(p)),
  ArnEquals: (c, p) => matchesArnCondition(p, c),
  ArnLike: (c, p) => matchesArnCondition(p, c),
  ArnNotEquals: (c, p) => matchesArnCondition(p, c),
  ArnNotLike: (c, p) => matchesArnCondition(p, c),
};

// Variables are substituted only where IAM documents support for them.
const variableOperators = /^(String|Arn)/;

export function conditionsHold(
  block: ConditionBlock | undefined,
  context: NormalizedContext,
  version: PolicyVersion | undefined,
): boolean {
  if (block === undefined) return true;
  return Object.entries(block).every(([name, keys]) => {
    const operator = parseOperatorName(name);
    if (operator === undefined) return false;
    return Object.entries(keys).every(([key, values]) =>
      keyHolds(operator, context.get(key.toLowerCase()), values, context, version),
    );
  });
}

function keyHolds(
  operator: ConditionOperator,
  contextValues: readonly string[] | undefined,
  policyValues: readonly string[],
  context: NormalizedContext,
  version: PolicyVersion | undefined,
): boolean {
  const present = contextValues !== undefined && contextValues.length > 0;
  if (operator.base === 'Null') {
    // "true" asks that the key be absent, "false" that it be present.
    return policyValues.some((value) => (value.toLowerCase() === 'true') !== present);
  }

  const comparator = comparators[operator.base];
  const patterns = policyValues.flatMap((value) => {
    const pattern = variableOperators.test(operator.base)
      ? resolveVariables(value, context, version)
      : plainPattern(value);
    return pattern === undefined ? [] : [pattern];
  });
  const negated = negatedOperators.has(operator.base);
  const matchesAny = (value: string) => patterns.some((pattern) => comparator(value, pattern));
  const satisfies = (value: string) => (negated ? !matchesAny(value) : matchesAny(value));

  if (!present) {
    if (operator.ifExists) return true;
    // ForAllValues holds for a missing key; ForAnyValue does not; a plain negated operator does.
    if (operator.qualifier === 'ForAllValues') return true;
    if (operator.qualifier === 'ForAnyValue') return false;
    return negated;
  }
  if (operator.qualifier === 'ForAllValues') return contextValues.every(satisfies);
  if (operator.qualifier === 'ForAnyValue') return contextValues.some(satisfies);
  return negated ? !contextValues.some(matchesAny) : contextValues.some(matchesAny);
}
