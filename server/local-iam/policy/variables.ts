/**
 * Policy variables such as `${aws:username}` in Resource and condition values. IAM substitutes
 * them only in documents of Version 2012-10-17; older documents match the text literally.
 * IAM User Guide, "IAM policy elements: Variables and tags".
 */
import type { NormalizedContext } from './context.ts';
import type { PolicyVersion } from './types.ts';
import { plainPattern, type PatternPart } from './wildcard.ts';

const variable = /\$\{([^}]*)\}/g;
// The escapes for characters that would otherwise be wildcards or start a variable.
const specialCharacters: Record<string, string> = { '*': '*', '?': '?', $: '$' };

/**
 * Returns undefined when a variable names a key the request does not have and gives no default:
 * that value then matches nothing.
 */
export function resolveVariables(
  text: string,
  context: NormalizedContext,
  version: PolicyVersion | undefined,
): PatternPart[] | undefined {
  if (version !== '2012-10-17' || !text.includes('${')) return plainPattern(text);

  const parts: PatternPart[] = [];
  let last = 0;
  for (const match of text.matchAll(variable)) {
    const index = match.index ?? 0;
    if (index > last) parts.push({ text: text.slice(last, index), literal: false });
    last = index + match[0].length;

    const value = variableValue((match[1] ?? '').trim(), context);
    if (value === undefined) return undefined;
    parts.push({ text: value, literal: true });
  }
  if (last < text.length) parts.push({ text: text.slice(last), literal: false });
  return parts;
}

function variableValue(body: string, context: NormalizedContext): string | undefined {
  const special = specialCharacters[body];
  if (special !== undefined) return special;

  // `${aws:username, 'guest'}` supplies a default for a key the request lacks.
  const withDefault = /^([^,]+?)\s*,\s*'([^']*)'$/.exec(body);
  const key = (withDefault?.[1] ?? body).trim().toLowerCase();
  const values = context.get(key);
  // A multivalued key cannot stand in a single string.
  if (values !== undefined && values.length === 1) return values[0];
  return withDefault?.[2];
}
