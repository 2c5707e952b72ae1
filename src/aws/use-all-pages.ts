import { useEffect } from 'react';

interface PagedQuery {
  hasNextPage: boolean;
  isFetchingNextPage: boolean;
  isError: boolean;
  fetchNextPage: () => Promise<unknown>;
}

/**
 * Keeps fetching the next page of an infinite query until IsTruncated is false, so the rows of
 * the first page show at once and the rest arrive behind them. Stops at an error: the page then
 * offers Retry instead of hammering a failing endpoint.
 */
export function useAllPages(query: PagedQuery): void {
  const { hasNextPage, isFetchingNextPage, isError, fetchNextPage } = query;
  useEffect(() => {
    if (hasNextPage && !isFetchingNextPage && !isError) void fetchNextPage();
  }, [hasNextPage, isFetchingNextPage, isError, fetchNextPage]);
}
