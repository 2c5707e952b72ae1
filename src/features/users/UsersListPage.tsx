import type { User } from '@aws-sdk/client-iam';
import Alert from '@cloudscape-design/components/alert';
import Button from '@cloudscape-design/components/button';
import SpaceBetween from '@cloudscape-design/components/space-between';
import type { TableProps } from '@cloudscape-design/components/table';
import { useInfiniteQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useNavigate } from 'react-router-dom';
import { userListQuery } from '../../aws/list-queries.ts';
import { useAllPages } from '../../aws/use-all-pages.ts';
import { formatDateTime } from '../../components/format.ts';
import { IdentityTable } from '../../components/IdentityTable.tsx';
import { usePathPrefixParam } from '../../components/path-param.ts';
import { PathListLayout } from '../../components/PathListLayout.tsx';
import { RouterLink } from '../../components/RouterLink.tsx';
import { USER_TIMING, useMarkOnce } from '../../components/user-timing.ts';
import { useSignedIn } from '../../session/SessionContext.tsx';

const columns: TableProps.ColumnDefinition<User>[] = [
  {
    id: 'UserName',
    header: 'User name',
    cell: (user) => (
      <RouterLink href={`/users/${encodeURIComponent(user.UserName ?? '')}`}>
        {user.UserName}
      </RouterLink>
    ),
    sortingField: 'UserName',
    isRowHeader: true,
  },
  { id: 'Path', header: 'Path', cell: (user) => user.Path, sortingField: 'Path' },
  {
    id: 'CreateDate',
    header: 'Created',
    cell: (user) => formatDateTime(user.CreateDate),
    sortingComparator: (a, b) => (a.CreateDate?.getTime() ?? 0) - (b.CreateDate?.getTime() ?? 0),
  },
  { id: 'Arn', header: 'ARN', cell: (user) => user.Arn, sortingField: 'Arn' },
];

export default function UsersListPage({ pathTree }: { pathTree?: ReactNode }) {
  const { clients } = useSignedIn();
  const navigate = useNavigate();
  const { PathPrefix, invalidPath } = usePathPrefixParam();
  const query = useInfiniteQuery(userListQuery(clients.iam, { PathPrefix }));
  useAllPages(query);

  const users = query.data?.pages.flatMap((page) => page.Users ?? []) ?? [];
  useMarkOnce(USER_TIMING.usersFirstRows, users.length > 0);
  useMarkOnce(USER_TIMING.usersAllPages, query.isSuccess && !query.hasNextPage);
  const createButton = (
    <Button variant="primary" onClick={() => void navigate('/users/create')}>
      Create user
    </Button>
  );

  return (
    <PathListLayout tree={pathTree}>
      <SpaceBetween size="s">
        {invalidPath !== undefined && (
          <Alert type="warning" header="Not a valid path">
            "{invalidPath}" is not an IAM path, so all users are listed.
          </Alert>
        )}
        <IdentityTable<User>
          noun={{ singular: 'user', plural: 'users' }}
          title="Users"
          description={PathPrefix ? `Under path ${PathPrefix}` : 'All paths'}
          items={users}
          columns={columns}
          trackBy="UserName"
          filteringFields={['UserName', 'Path', 'Arn', 'UserId']}
          defaultSortColumn={columns[0]!}
          loading={query.isPending}
          loadingMore={query.hasNextPage || query.isFetchingNextPage}
          error={query.error}
          onRetry={() => void query.refetch()}
          actions={createButton}
          emptyAction={createButton}
        />
      </SpaceBetween>
    </PathListLayout>
  );
}
