import Button from '@cloudscape-design/components/button';
import SpaceBetween from '@cloudscape-design/components/space-between';
import type { ReactNode } from 'react';
import { useNavigate } from 'react-router-dom';
import { useAllPages } from '../aws/use-all-pages.ts';
import { IdentityTable, type IdentityTableProps } from './IdentityTable.tsx';
import { InvalidPathAlert, PathListLayout } from './PathListLayout.tsx';

/** What the page needs of an infinite list query (TanStack Query's result). */
interface ListQuery {
  isPending: boolean;
  hasNextPage: boolean;
  isFetchingNextPage: boolean;
  isError: boolean;
  error: unknown;
  fetchNextPage: (options?: { cancelRefetch?: boolean }) => Promise<unknown>;
  refetch: () => Promise<unknown>;
}

type TableChoices<T> = Omit<
  IdentityTableProps<T>,
  'description' | 'loading' | 'loadingMore' | 'error' | 'onRetry' | 'defaultSortColumn'
>;

interface PathListPageProps<T> extends TableChoices<T> {
  tree?: ReactNode;
  PathPrefix?: string;
  invalidPath?: string;
  query: ListQuery;
}

/**
 * A list of identities under the path in the URL: the path tree beside it, every page fetched
 * behind the first, and the table's loading, error and empty states. Entity pages only declare
 * their query, columns and actions.
 */
export function PathListPage<T>({
  tree,
  PathPrefix,
  invalidPath,
  query,
  ...table
}: PathListPageProps<T>) {
  useAllPages(query);
  return (
    <PathListLayout tree={tree}>
      <SpaceBetween size="s">
        <InvalidPathAlert invalidPath={invalidPath} plural={table.noun.plural} />
        <IdentityTable<T>
          {...table}
          description={PathPrefix ? `Under path ${PathPrefix}` : 'All paths'}
          defaultSortColumn={table.columns[0]!}
          loading={query.isPending}
          loadingMore={query.hasNextPage || query.isFetchingNextPage}
          error={query.error}
          onRetry={() => void query.refetch()}
        />
      </SpaceBetween>
    </PathListLayout>
  );
}

/** The primary "Create …" button of a list: a real link, followed inside the app. */
export function CreateButton({ href, children }: { href: string; children: ReactNode }) {
  const navigate = useNavigate();
  return (
    <Button
      variant="primary"
      href={href}
      onFollow={(event) => {
        event.preventDefault();
        void navigate(href);
      }}
    >
      {children}
    </Button>
  );
}
