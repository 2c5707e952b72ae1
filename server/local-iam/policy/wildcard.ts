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

/** Actions match without regard to case: `iam:listusers` matches `iam:List*`. */
export function matchesAction(pattern: string, action: string): boolean {
  return compile(plainPattern(pattern), 'anything', true).test(action);
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
