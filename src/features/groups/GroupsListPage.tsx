import type { Group } from '@aws-sdk/client-iam';
import Alert from '@cloudscape-design/components/alert';
import Button from '@cloudscape-design/components/button';
import SpaceBetween from '@cloudscape-design/components/space-between';
import type { TableProps } from '@cloudscape-design/components/table';
import { useInfiniteQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useNavigate } from 'react-router-dom';
import { groupListQuery } from '../../aws/list-queries.ts';
import { useAllPages } from '../../aws/use-all-pages.ts';
import { formatDateTime } from '../../components/format.ts';
import { IdentityTable } from '../../components/IdentityTable.tsx';
import { LongText } from '../../components/LongText.tsx';
import { usePathPrefixParam } from '../../components/path-param.ts';
import { PathListLayout } from '../../components/PathListLayout.tsx';
import { RouterLink } from '../../components/RouterLink.tsx';
import { useSignedIn } from '../../session/SessionContext.tsx';

const columns: TableProps.ColumnDefinition<Group>[] = [
  {
    id: 'GroupName',
    header: 'Group name',
    cell: (group) => (
      <LongText text={group.GroupName}>
        <RouterLink href={`/groups/${encodeURIComponent(group.GroupName ?? '')}`}>
          {group.GroupName}
        </RouterLink>
      </LongText>
    ),
    minWidth: 120,
    sortingField: 'GroupName',
    isRowHeader: true,
  },
  {
    id: 'Path',
    header: 'Path',
    cell: (group) => <LongText text={group.Path} />,
    sortingField: 'Path',
    minWidth: 80,
  },
  {
    id: 'CreateDate',
    header: 'Created',
    cell: (group) => formatDateTime(group.CreateDate),
    sortingComparator: (a, b) => (a.CreateDate?.getTime() ?? 0) - (b.CreateDate?.getTime() ?? 0),
  },
  {
    id: 'Arn',
    header: 'ARN',
    cell: (group) => <LongText text={group.Arn} />,
    sortingField: 'Arn',
    minWidth: 120,
  },
];

export default function GroupsListPage({ pathTree }: { pathTree?: ReactNode }) {
  const { clients } = useSignedIn();
  const navigate = useNavigate();
  const { PathPrefix, invalidPath } = usePathPrefixParam();
  const query = useInfiniteQuery(groupListQuery(clients.iam, { PathPrefix }));
  useAllPages(query);

  const groups = query.data?.pages.flatMap((page) => page.Groups ?? []) ?? [];

  return (
    <PathListLayout tree={pathTree}>
      <SpaceBetween size="s">
        {invalidPath !== undefined && (
          <Alert type="warning" header="Not a valid path">
            "{invalidPath}" is not an IAM path, so all groups are listed.
          </Alert>
        )}
        <IdentityTable<Group>
          noun={{ singular: 'group', plural: 'groups' }}
          title="User groups"
          description={PathPrefix ? `Under path ${PathPrefix}` : 'All paths'}
          items={groups}
          columns={columns}
          trackBy="GroupName"
          filteringFields={['GroupName', 'Path', 'Arn', 'GroupId']}
          defaultSortColumn={columns[0]!}
          loading={query.isPending}
          loadingMore={query.hasNextPage || query.isFetchingNextPage}
          error={query.error}
          onRetry={() => void query.refetch()}
          actions={
            <Button
              variant="primary"
              href="/groups/create"
              onFollow={(event) => {
                event.preventDefault();
                void navigate('/groups/create');
              }}
            >
              Create group
            </Button>
          }
        />
      </SpaceBetween>
    </PathListLayout>
  );
}
