import type { Role } from '@aws-sdk/client-iam';
import Badge from '@cloudscape-design/components/badge';
import Button from '@cloudscape-design/components/button';
import SpaceBetween from '@cloudscape-design/components/space-between';
import type { TableProps } from '@cloudscape-design/components/table';
import { useInfiniteQuery } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { roleListQuery } from '../../aws/list-queries.ts';
import {
  arnColumn,
  createdColumn,
  nameColumn,
  pathColumn,
} from '../../components/identity-columns.tsx';
import { usePathPrefixParam } from '../../components/path-param.ts';
import { CreateButton, PathListPage } from '../../components/PathListPage.tsx';
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
  const [creatingServiceLinked, setCreatingServiceLinked] = useState(false);
  const { PathPrefix, invalidPath } = usePathPrefixParam();
  const query = useInfiniteQuery(roleListQuery(clients.iam, { PathPrefix }));

  return (
    <>
      <PathListPage<Role>
        tree={pathTree}
        PathPrefix={PathPrefix}
        invalidPath={invalidPath}
        query={query}
        noun={{ singular: 'role', plural: 'roles' }}
        title="Roles"
        items={query.data?.pages.flatMap((page) => page.Roles ?? []) ?? []}
        columns={columns}
        trackBy="RoleName"
        filteringFields={['RoleName', 'Path', 'Arn', 'RoleId', 'Description']}
        actions={
          <SpaceBetween direction="horizontal" size="xs">
            <Button onClick={() => setCreatingServiceLinked(true)}>
              Create service-linked role
            </Button>
            <CreateButton href="/roles/create">Create role</CreateButton>
          </SpaceBetween>
        }
      />
      {creatingServiceLinked && (
        <CreateServiceLinkedRoleModal onDismiss={() => setCreatingServiceLinked(false)} />
      )}
    </>
  );
}
