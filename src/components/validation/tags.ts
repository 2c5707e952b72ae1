/**
 * IAM's tag rules: https://docs.aws.amazon.com/IAM/latest/UserGuide/id_tags.html
 * At most 50 tags; keys 1–128 and values 0–256 characters of letters, digits, spaces and
 * _ . : / = + - @; keys are unique without regard to case and may not start with "aws:".
 */
export interface TagRow {
  Key: string;
  Value: string;
}

export interface TagRowErrors {
  Key?: string;
  Value?: string;
}

export const MAX_TAGS = 50;
const TAG_CHARACTERS = /^[\p{L}\p{Z}\p{N}_.:/=+\-@]*$/u;

function validateTagKey(key: string): string | undefined {
  if (key.length === 0) return 'Enter a key.';
  if (key.length > 128) return `A key can have at most 128 characters (it has ${key.length}).`;
  if (!TAG_CHARACTERS.test(key)) {
    return 'A key can contain only letters, digits, spaces and _ . : / = + - @.';
  }
  if (key.toLowerCase().startsWith('aws:')) return 'Keys starting with "aws:" are reserved.';
  return undefined;
}

function validateTagValue(value: string): string | undefined {
  if (value.length > 256) {
    return `A value can have at most 256 characters (it has ${value.length}).`;
  }
  if (!TAG_CHARACTERS.test(value)) {
    return 'A value can contain only letters, digits, spaces and _ . : / = + - @.';
  }
  return undefined;
}

/** One entry per row (undefined when the row is valid) plus a message for the whole set. */
export function validateTags(rows: readonly TagRow[]): {
  rowErrors: (TagRowErrors | undefined)[];
  listError?: string;
} {
  const seen = new Map<string, number>();
  const rowErrors = rows.map((row, index) => {
    let keyError = validateTagKey(row.Key);
    const folded = row.Key.toLowerCase();
    const firstIndex = seen.get(folded);
    if (keyError === undefined && firstIndex !== undefined) {
      keyError = `Key "${row.Key}" repeats row ${firstIndex + 1}: keys ignore case.`;
    }
    if (firstIndex === undefined) seen.set(folded, index);

    const valueError = validateTagValue(row.Value);
    return keyError || valueError ? { Key: keyError, Value: valueError } : undefined;
  });

  const listError =
    rows.length > MAX_TAGS
      ? `A user can have at most ${MAX_TAGS} tags (there are ${rows.length}).`
      : undefined;
  return { rowErrors, listError };
}

export function tagsAreValid(rows: readonly TagRow[]): boolean {
  const { rowErrors, listError } = validateTags(rows);
  return listError === undefined && rowErrors.every((error) => error === undefined);
}
