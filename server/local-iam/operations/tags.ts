import { InvalidInputError, LimitExceededError, ValidationError } from '../errors.ts';
import type { QueryParams } from '../http/query-params.ts';
import type { Store } from '../store/store.ts';
import type { Tag, TaggedEntity } from '../store/tags.ts';
import { readPageOf } from './paging.ts';
import { checkLength } from './validation.ts';

/**
 * Tag rules for IAM resources: at most 50 a resource; keys 1–128 characters, values up to 256,
 * letters, digits, spaces and `_ . : / = + - @`; keys are case-insensitive and the `aws:`
 * prefix is reserved.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/id_tags.html#id_tags_rules
 */
export const MAX_TAGS = 50;
const TAG_KEY = /^[\p{L}\p{Z}\p{N}_.:/=+\-@]+$/u;
const TAG_VALUE = /^[\p{L}\p{Z}\p{N}_.:/=+\-@]*$/u;

function checkTagKey(key: string): void {
  checkLength(key, 'Key', 1, 128);
  if (!TAG_KEY.test(key)) {
    throw new InvalidInputError(`Tag key '${key}' contains characters that are not allowed.`);
  }
  if (key.toLowerCase().startsWith('aws:')) {
    throw new InvalidInputError(`Tag keys cannot begin with the reserved prefix 'aws:'.`);
  }
}

function checkTagValue(value: string): void {
  checkLength(value, 'Value', 0, 256);
  if (!TAG_VALUE.test(value)) {
    throw new InvalidInputError(`Tag value '${value}' contains characters that are not allowed.`);
  }
}

function checkNoDuplicateKeys(keys: string[]): void {
  const seen = new Set<string>();
  for (const key of keys) {
    const lower = key.toLowerCase();
    if (seen.has(lower)) {
      throw new InvalidInputError(
        'Duplicate tag keys found. Please note that Tag keys are case insensitive.',
      );
    }
    seen.add(lower);
  }
}

/** The `Tags.member.N.Key/Value` list of a request, validated; empty when not sent. */
export function readTags(params: QueryParams, required = false): Tag[] {
  const members = params.structList('Tags');
  if (members === undefined && required) params.require('Tags');
  const tags = (members ?? []).map((fields) => {
    const Key = fields.get('Key');
    const Value = fields.get('Value');
    if (Key === undefined || Value === undefined) {
      throw new InvalidInputError('Each tag needs a Key and a Value.');
    }
    checkTagKey(Key);
    checkTagValue(Value);
    return { Key, Value };
  });
  checkNoDuplicateKeys(tags.map((tag) => tag.Key));
  if (tags.length > MAX_TAGS) throw tagQuotaError();
  return tags;
}

export function readTagKeys(params: QueryParams): string[] {
  const keys = params.list('TagKeys') ?? [params.require('TagKeys')];
  for (const key of keys) checkLength(key, 'TagKeys', 1, 128);
  // TagKeys is a list of at most 50 members (API_UntagUser.html, "Array Members").
  if (keys.length > MAX_TAGS) {
    throw new ValidationError(
      `1 validation error detected: Value '[${keys.join(', ')}]' at 'tagKeys' failed to ` +
        `satisfy constraint: Member must have length less than or equal to ${MAX_TAGS}`,
    );
  }
  return keys;
}

function tagQuotaError(): LimitExceededError {
  return new LimitExceededError(`The number of tags has reached the maximum limit of ${MAX_TAGS}.`);
}

/** Adds tags to an entity, replacing same-key (any case) tags, within the 50-tag quota. */
export function putTags(store: Store, entity: TaggedEntity, pk: number, tags: Tag[]): void {
  const existing = store.tags.count(entity, pk);
  const replaced = store.tags.existingKeys(
    entity,
    pk,
    tags.map((tag) => tag.Key),
  ).size;
  if (existing - replaced + tags.length > MAX_TAGS) throw tagQuotaError();
  store.tags.put(entity, pk, tags);
}

/** ListUserTags / ListRoleTags: `{ Tags, IsTruncated, Marker }`, paged by key. */
export function listTags(
  store: Store,
  params: QueryParams,
  entity: TaggedEntity,
  pk: number,
): { Tags: Tag[]; IsTruncated: boolean; Marker?: string } {
  const page = readPageOf(params, store.tags.list(entity, pk), (tag) => tag.Key.toLowerCase());
  return { Tags: page.items, IsTruncated: page.IsTruncated, Marker: page.Marker };
}

/** Tags as GetUser and GetRole show them: omitted when there are none. */
export function tagsOrNothing(store: Store, entity: TaggedEntity, pk: number): Tag[] | undefined {
  const tags = store.tags.list(entity, pk);
  return tags.length > 0 ? tags : undefined;
}
