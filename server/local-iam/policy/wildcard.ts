/**
 * Wildcard matching for actions, resources and string conditions. A pattern is a list of parts
 * so that text a policy variable put in (`${*}`, a user name) stays literal.
 */
export interface PatternPart {
  text: string;
  literal: boolean;
}

type StarRule = 'anything' | 'segment';

const compiled = new Map<string, RegExp>();
const cacheLimit = 2000;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/**
 * `segment`: the Resource element's rule, where `*` and `?` stay within one colon-separated ARN
 * segment unless the `*` ends a segment, in which case it may run past colons. IAM User Guide,
 * "IAM JSON policy elements: Resource", section on wildcards.
 */
function compile(parts: readonly PatternPart[], star: StarRule, ignoreCase: boolean): RegExp {
  const key = `${star}|${ignoreCase}|${JSON.stringify(parts)}`;
  const cached = compiled.get(key);
  if (cached) return cached;

  let source = '';
  parts.forEach((part, index) => {
    if (part.literal) {
      source += escapeRegExp(part.text);
      return;
    }
    for (let i = 0; i < part.text.length; i++) {
      const char = part.text[i] ?? '';
      if (char === '*') {
        const next = part.text[i + 1] ?? parts[index + 1]?.text[0];
        source += star === 'anything' || next === undefined || next === ':' ? '.*' : '[^:]*';
      } else if (char === '?') {
        source += star === 'anything' ? '.' : '[^:]';
      } else {
        source += escapeRegExp(char);
      }
    }
  });

  const regExp = new RegExp(`^${source}$`, ignoreCase ? 'is' : 's');
  if (compiled.size >= cacheLimit) compiled.clear();
  compiled.set(key, regExp);
  return regExp;
}

export function plainPattern(text: string): PatternPart[] {
  return [{ text, literal: false }];
}

/**
 * Actions match without regard to case: `iam:listusers` matches `iam:List*`. Matched without
 * a RegExp: AWS managed policies hold thousands of action patterns (ReadOnlyAccess about
 * 3,000), more than the RegExp cache keeps, so compiling them would redo the work on every
 * request of a user holding one.
 */
export function matchesAction(pattern: string, action: string): boolean {
  return globMatches(pattern, action);
}

/**
 * One UTF-16 unit as a case-insensitive RegExp without the u flag compares it (ECMAScript
 * Canonicalize): its upper case, unless that is several units or turns non-ASCII into ASCII.
 */
function canonical(unit: string): string {
  const upper = unit.toUpperCase();
  if (upper.length !== 1) return unit;
  if (unit.charCodeAt(0) >= 128 && upper.charCodeAt(0) < 128) return unit;
  return upper;
}

/**
 * `*` matches any run of units and `?` any one, the rest case-insensitively, as the compiled
 * `anything` pattern with the i and s flags does. Backtracks only to the last `*`, so the
 * work is at most pattern length × text length.
 */
function globMatches(pattern: string, text: string): boolean {
  let p = 0;
  let t = 0;
  let star = -1;
  let starText = 0;
  while (t < text.length) {
    const unit = pattern[p];
    if (unit === '*') {
      star = p++;
      starText = t;
    } else if (unit !== undefined && (unit === '?' || canonical(unit) === canonical(text[t]!))) {
      p++;
      t++;
    } else if (star !== -1) {
      p = star + 1;
      t = ++starText;
    } else {
      return false;
    }
  }
  while (pattern[p] === '*') p++;
  return p === pattern.length;
}

/** Resource ARNs match case-sensitively. */
export function matchesResource(pattern: readonly PatternPart[], resource: string): boolean {
  return compile(pattern, 'segment', false).test(resource);
}

/** StringLike: `*` and `?` match any characters, colons included. */
export function matchesLike(
  pattern: readonly PatternPart[],
  value: string,
  ignoreCase = false,
): boolean {
  return compile(pattern, 'anything', ignoreCase).test(value);
}

/**
 * ArnLike and ArnEquals: each of the six colon-separated components is compared on its own and
 * may hold wildcards; the last one runs to the end of the ARN.
 */
export function matchesArnCondition(pattern: readonly PatternPart[], value: string): boolean {
  const valueSegments = splitArn(value);
  const patternSegments = splitPatternSegments(pattern);
  if (valueSegments === undefined || patternSegments === undefined) return false;
  return patternSegments.every((segment, i) =>
    compile(segment, 'anything', false).test(valueSegments[i] ?? ''),
  );
}

/** Splits a pattern at its first five colons outside literal (variable) text. */
function splitPatternSegments(pattern: readonly PatternPart[]): PatternPart[][] | undefined {
  const segments: PatternPart[][] = [[]];
  for (const part of pattern) {
    if (part.literal) {
      segments[segments.length - 1]?.push(part);
      continue;
    }
    let buffer = '';
    for (const char of part.text) {
      if (char === ':' && segments.length < 6) {
        segments[segments.length - 1]?.push({ text: buffer, literal: false });
        segments.push([]);
        buffer = '';
      } else {
        buffer += char;
      }
    }
    segments[segments.length - 1]?.push({ text: buffer, literal: false });
  }
  const first = segments[0]?.map((part) => part.text).join('');
  return segments.length === 6 && first === 'arn' ? segments : undefined;
}

export function splitArn(arn: string): string[] | undefined {
  const parts = arn.split(':');
  if (parts.length < 6 || parts[0] !== 'arn') return undefined;
  return [...parts.slice(0, 5), parts.slice(5).join(':')];
}
