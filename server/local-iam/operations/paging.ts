import { ValidationError } from '../errors.ts';
import type { QueryParams } from '../http/query-params.ts';
import { readMaxItems } from './validation.ts';

/**
 * IAM's Marker is opaque to callers. Ours wraps the sort key of the last item returned, so a
 * page starts strictly after it even when items were added or removed in between.
 */
export function encodeMarker(sortKey: string): string {
  return Buffer.from(JSON.stringify({ after: sortKey })).toString('base64url');
}

export function decodeMarker(marker: string): string {
  try {
    const decoded: unknown = JSON.parse(Buffer.from(marker, 'base64url').toString('utf8'));
    if (decoded && typeof decoded === 'object' && 'after' in decoded) {
      const after = (decoded as { after: unknown }).after;
      if (typeof after === 'string' && encodeMarker(after) === marker) return after;
    }
  } catch {
    // Not base64url JSON: reported below as any other marker this account did not issue.
  }
  throw new ValidationError('Invalid Marker: the marker was not returned by this list.');
}

export interface Page<T> {
  items: T[];
  IsTruncated: boolean;
  Marker?: string;
}

/**
 * One page of a list sorted by `keyOf`: `fetch(after, limit)` returns up to `limit` items
 * whose key sorts after `after` (the empty string is before every key).
 */
export function readPage<T>(
  params: QueryParams,
  fetch: (after: string, limit: number) => T[],
  keyOf: (item: T) => string,
): Page<T> {
  const maxItems = readMaxItems(params);
  const marker = params.get('Marker');
  const after = marker === undefined ? '' : decodeMarker(marker);

  const fetched = fetch(after, maxItems + 1);
  const items = fetched.slice(0, maxItems);
  const last = items[items.length - 1];
  if (fetched.length > maxItems && last !== undefined) {
    return { items, IsTruncated: true, Marker: encodeMarker(keyOf(last)) };
  }
  return { items, IsTruncated: false };
}

/** `readPage` over a list already in memory and sorted by `keyOf` (small per-entity lists). */
export function readPageOf<T>(params: QueryParams, all: T[], keyOf: (item: T) => string): Page<T> {
  return readPage(
    params,
    (after, limit) => all.filter((item) => keyOf(item) > after).slice(0, limit),
    keyOf,
  );
}
