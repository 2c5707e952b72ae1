import type { Tag } from '@aws-sdk/client-iam';
import type { TagRow } from './validation/tags.ts';

export interface TagDiff {
  /** For TagUser or TagRole: new keys and changed values. */
  Tags: { Key: string; Value: string }[];
  /** For UntagUser or UntagRole: keys no row holds any more. */
  TagKeys: string[];
}

/**
 * The tags to set and the keys to remove that turn `before` into `after`. IAM compares keys
 * without regard to case, and TagUser with "team" replaces a tag "Team" (key casing included), so
 * a key whose case changed is re-tagged, not removed.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/id_tags.html
 */
export function diffTags(before: readonly Tag[], after: readonly TagRow[]): TagDiff {
  const afterKeys = new Set(after.map((row) => row.Key.toLowerCase()));
  const TagKeys = before
    .map((tag) => tag.Key ?? '')
    .filter((Key) => !afterKeys.has(Key.toLowerCase()));

  const Tags = after
    .filter((row) => !before.some((tag) => tag.Key === row.Key && (tag.Value ?? '') === row.Value))
    .map((row) => ({ Key: row.Key, Value: row.Value }));
  return { Tags, TagKeys };
}

export function tagRowsOf(tags: readonly Tag[] | undefined): TagRow[] {
  return (tags ?? []).map((tag) => ({ Key: tag.Key ?? '', Value: tag.Value ?? '' }));
}

/**
 * IAM's tags as rows in the order the form had them: IAM lists tags in an order of its own, so
 * rows the user arranged keep their places, and keys new to the form come after them.
 */
export function tagRowsInOrder(tags: readonly Tag[], rows: readonly TagRow[]): TagRow[] {
  const place = new Map(rows.map((row, index) => [row.Key.toLowerCase(), index]));
  const at = (row: TagRow) => place.get(row.Key.toLowerCase()) ?? rows.length;
  return tagRowsOf(tags)
    .map((row, index) => ({ row, index }))
    .sort((a, b) => at(a.row) - at(b.row) || a.index - b.index)
    .map(({ row }) => row);
}
