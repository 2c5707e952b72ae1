import type { Group } from '@aws-sdk/client-iam';
import Button from '@cloudscape-design/components/button';
import SpaceBetween from '@cloudscape-design/components/space-between';
import type { TableProps } from '@cloudscape-design/components/table';
import { useInfiniteQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useNavigate } from 'react-router-dom';
import { groupListQuery } from '../../aws/list-queries.ts';
import { useAllPages } from '../../aws/use-all-pages.ts';
import {
  arnColumn,
  createdColumn,
  nameColumn,
  pathColumn,
} from '../../components/identity-columns.tsx';
import { IdentityTable } from '../../components/IdentityTable.tsx';
import { usePathPrefixParam } from '../../components/path-param.ts';
import { InvalidPathAlert, PathListLayout } from '../../components/PathListLayout.tsx';
import { useSignedIn } from '../../session/SessionContext.tsx';

const columns: TableProps.ColumnDefinition<Group>[] = [
  nameColumn<Group>({
    id: 'GroupName',
    header: 'Group name',
    name: (group) => group.GroupName,
    href: (name) => `/groups/${name}`,
  }),
  pathColumn(),
  createdColumn(),
  arnColumn(),
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
        <InvalidPathAlert invalidPath={invalidPath} plural="groups" />
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
