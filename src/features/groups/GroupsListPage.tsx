import type { Group } from '@aws-sdk/client-iam';
import type { TableProps } from '@cloudscape-design/components/table';
import { useInfiniteQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { groupListQuery } from '../../aws/list-queries.ts';
import {
  arnColumn,
  createdColumn,
  nameColumn,
  pathColumn,
} from '../../components/identity-columns.tsx';
import { usePathPrefixParam } from '../../components/path-param.ts';
import { CreateButton, PathListPage } from '../../components/PathListPage.tsx';
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
  const { PathPrefix, invalidPath } = usePathPrefixParam();
  const query = useInfiniteQuery(groupListQuery(clients.iam, { PathPrefix }));

  return (
    <PathListPage<Group>
      tree={pathTree}
      PathPrefix={PathPrefix}
      invalidPath={invalidPath}
      query={query}
      noun={{ singular: 'group', plural: 'groups' }}
      title="User groups"
      items={query.data?.pages.flatMap((page) => page.Groups ?? []) ?? []}
      columns={columns}
      trackBy="GroupName"
      filteringFields={['GroupName', 'Path', 'Arn', 'GroupId']}
      actions={<CreateButton href="/groups/create">Create group</CreateButton>}
    />
  );
}
