import { useEffect } from 'react';

interface PagedQuery {
  hasNextPage: boolean;
  isFetchingNextPage: boolean;
  isError: boolean;
  fetchNextPage: (options?: { cancelRefetch?: boolean }) => Promise<unknown>;
}

/**
 * Keeps fetching the next page of an infinite query until IsTruncated is false, so the rows of
 * the first page show at once and the rest arrive behind them. Stops at an error: the page then
 * offers Retry instead of hammering a failing endpoint.
 */
export function useAllPages(query: PagedQuery): void {
  const { hasNextPage, isFetchingNextPage, isError, fetchNextPage } = query;
  useEffect(() => {
    // The users table and the path tree page through the same query: the second call must join
    // the page already on its way. By default (cancelRefetch: true, TanStack Query's
    // fetchNextPage reference) it cancels that fetch and starts another: every page twice.
    if (hasNextPage && !isFetchingNextPage && !isError) {
      void fetchNextPage({ cancelRefetch: false });
    }
  }, [hasNextPage, isFetchingNextPage, isError, fetchNextPage]);
}
