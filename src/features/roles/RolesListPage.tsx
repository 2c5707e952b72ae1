import type { Role } from '@aws-sdk/client-iam';
import Badge from '@cloudscape-design/components/badge';
import Button from '@cloudscape-design/components/button';
import SpaceBetween from '@cloudscape-design/components/space-between';
import type { TableProps } from '@cloudscape-design/components/table';
import { useInfiniteQuery } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { useNavigate } from 'react-router-dom';
import { roleListQuery } from '../../aws/list-queries.ts';
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
import { isServiceLinkedRole } from './api/service-linked-roles.ts';
import { CreateServiceLinkedRoleModal } from './CreateServiceLinkedRoleModal.tsx';

const columns: TableProps.ColumnDefinition<Role>[] = [
  nameColumn<Role>({
    id: 'RoleName',
    header: 'Role name',
    name: (role) => role.RoleName,
    href: (name) => `/roles/${name}`,
    extra: (role) =>
      isServiceLinkedRole(role.Path) ? <Badge color="blue">Service-linked</Badge> : undefined,
  }),
  pathColumn(),
  createdColumn(),
  arnColumn(),
];

export default function RolesListPage({ pathTree }: { pathTree?: ReactNode }) {
  const { clients } = useSignedIn();
  const navigate = useNavigate();
  const [creatingServiceLinked, setCreatingServiceLinked] = useState(false);
  const { PathPrefix, invalidPath } = usePathPrefixParam();
  const query = useInfiniteQuery(roleListQuery(clients.iam, { PathPrefix }));
  useAllPages(query);

  const roles = query.data?.pages.flatMap((page) => page.Roles ?? []) ?? [];

  return (
    <PathListLayout tree={pathTree}>
      <SpaceBetween size="s">
        <InvalidPathAlert invalidPath={invalidPath} plural="roles" />
        <IdentityTable<Role>
          noun={{ singular: 'role', plural: 'roles' }}
          title="Roles"
          description={PathPrefix ? `Under path ${PathPrefix}` : 'All paths'}
          items={roles}
          columns={columns}
          trackBy="RoleName"
          filteringFields={['RoleName', 'Path', 'Arn', 'RoleId', 'Description']}
          defaultSortColumn={columns[0]!}
          loading={query.isPending}
          loadingMore={query.hasNextPage || query.isFetchingNextPage}
          error={query.error}
          onRetry={() => void query.refetch()}
          actions={
            <SpaceBetween direction="horizontal" size="xs">
              <Button onClick={() => setCreatingServiceLinked(true)}>
                Create service-linked role
              </Button>
              <Button
                variant="primary"
                href="/roles/create"
                onFollow={(event) => {
                  event.preventDefault();
                  void navigate('/roles/create');
                }}
              >
                Create role
              </Button>
            </SpaceBetween>
          }
        />
      </SpaceBetween>
      {creatingServiceLinked && (
        <CreateServiceLinkedRoleModal onDismiss={() => setCreatingServiceLinked(false)} />
      )}
    </PathListLayout>
  );
}
