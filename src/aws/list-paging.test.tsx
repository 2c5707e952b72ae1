import type { IAMClient, ListUsersCommand, ListUsersCommandOutput } from '@aws-sdk/client-iam';
import { QueryClient, QueryClientProvider, useInfiniteQuery } from '@tanstack/react-query';
import { renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { FIRST_PAGE_SIZE, NEXT_PAGE_SIZE, userListQuery } from './list-queries.ts';
import { useAllPages } from './use-all-pages.ts';

/** An IAM stand-in serving `pages` pages of ListUsers, each after a short delay, as a network. */
function pagedIam(pages: number) {
  const send = vi.fn(async (command: ListUsersCommand): Promise<ListUsersCommandOutput> => {
    await new Promise((resolve) => setTimeout(resolve, 5));
    const index = command.input.Marker === undefined ? 0 : Number(command.input.Marker);
    const last = index === pages - 1;
    return {
      $metadata: {},
      Users: [
        {
          UserName: `user-${index}`,
          Path: '/',
          UserId: 'AIDA',
          Arn: 'arn',
          CreateDate: new Date(),
        },
      ],
      IsTruncated: !last,
      Marker: last ? undefined : String(index + 1),
    };
  });
  return { iam: { send } as unknown as IAMClient, send };
}

function wrapper({ children }: { children: ReactNode }) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return <QueryClientProvider client={client}>{children}</QueryClientProvider>;
}

describe('paging a list to the end', () => {
  it('asks for each page once when two components page through the same list', async () => {
    const { iam, send } = pagedIam(4);
    const { result } = renderHook(
      () => {
        // The users table and the path tree both read the unfiltered user list.
        const table = useInfiniteQuery(userListQuery(iam, {}));
        const tree = useInfiniteQuery(userListQuery(iam, {}));
        useAllPages(table);
        useAllPages(tree);
        return table;
      },
      { wrapper },
    );

    await waitFor(() => expect(result.current.data?.pages).toHaveLength(4));
    await waitFor(() => expect(result.current.isFetching).toBe(false));
    expect(send).toHaveBeenCalledTimes(4);
  });

  it('asks for a small first page, then the largest pages IAM allows', async () => {
    const { iam, send } = pagedIam(3);
    const { result } = renderHook(
      () => {
        const query = useInfiniteQuery(userListQuery(iam, { PathPrefix: '/team/' }));
        useAllPages(query);
        return query;
      },
      { wrapper },
    );

    await waitFor(() => expect(result.current.data?.pages).toHaveLength(3));
    const inputs = send.mock.calls.map(([command]) => command.input);
    expect(inputs).toEqual([
      { PathPrefix: '/team/', Marker: undefined, MaxItems: FIRST_PAGE_SIZE },
      { PathPrefix: '/team/', Marker: '1', MaxItems: NEXT_PAGE_SIZE },
      { PathPrefix: '/team/', Marker: '2', MaxItems: NEXT_PAGE_SIZE },
    ]);
    expect(NEXT_PAGE_SIZE).toBeLessThanOrEqual(1000);
  });
});
