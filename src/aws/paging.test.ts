import { describe, expect, it, vi } from 'vitest';
import { listAll, nextMarker } from './paging.ts';

describe('nextMarker', () => {
  it('follows a truncated page and stops on the last one', () => {
    expect(nextMarker({ IsTruncated: true, Marker: 'm1' })).toBe('m1');
    expect(nextMarker({ IsTruncated: false })).toBeUndefined();
    expect(nextMarker({ IsTruncated: true })).toBeUndefined();
  });
});

describe('listAll', () => {
  it('walks the Markers to the end, keeping order', async () => {
    const pages: Record<string, { IsTruncated: boolean; Marker?: string; Items: number[] }> = {
      start: { IsTruncated: true, Marker: 'a', Items: [1, 2] },
      a: { IsTruncated: true, Marker: 'b', Items: [3] },
      b: { IsTruncated: false, Items: [4] },
    };
    const fetchPage = vi.fn(async (marker: string | undefined) => pages[marker ?? 'start']!);
    await expect(listAll(fetchPage, (page) => page.Items)).resolves.toEqual([1, 2, 3, 4]);
    expect(fetchPage.mock.calls.map(([marker]) => marker)).toEqual([undefined, 'a', 'b']);
  });

  it('stops a server that never stops truncating', async () => {
    const fetchPage = async () => ({ IsTruncated: true, Marker: 'again', Items: [0] });
    await expect(listAll(fetchPage, (page) => page.Items, 5)).rejects.toThrow(/after 5 pages/);
  });
});
