import type { User } from '@aws-sdk/client-iam';
import Button from '@cloudscape-design/components/button';
import ContentLayout from '@cloudscape-design/components/content-layout';
import Header from '@cloudscape-design/components/header';
import SpaceBetween from '@cloudscape-design/components/space-between';
import type { TableProps } from '@cloudscape-design/components/table';
import { useInfiniteQuery } from '@tanstack/react-query';
import { Suspense, useState } from 'react';
import { useNavigate } from 'react-router-dom';
import Spinner from '@cloudscape-design/components/spinner';
import { hasAwsCode } from '../../aws/errors.ts';
import { useAllPages } from '../../aws/use-all-pages.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { formatDateTime } from '../../components/format.ts';
import { IdentityTable } from '../../components/IdentityTable.tsx';
import { RouterLink } from '../../components/RouterLink.tsx';
import { IdentitySummary } from '../../components/IdentitySummary.tsx';
import { retriableLazy } from '../../components/retriable-lazy.ts';
import { SectionBoundary } from '../../components/SectionBoundary.tsx';
import { useSignedIn } from '../../session/SessionContext.tsx';
import { AddUsersModal } from './AddUsersModal.tsx';
import { DeleteGroupButton } from './DeleteGroupButton.tsx';
import { EditGroupModal } from './EditGroupModal.tsx';
import { RemoveMembersModal } from './RemoveMembersModal.tsx';
import { useRemoveUsersFromGroup } from './api/group-mutations.ts';
import { groupDetailQuery } from './api/group-queries.ts';
import { MembershipFailures } from './MembershipFailures.tsx';

// The permissions feature's panel takes the owner's kind and name, so groups reuse it.
const EntityPermissions = retriableLazy(() => import('../../permissions/EntityPermissions.tsx'));

const memberColumns: TableProps.ColumnDefinition<User>[] = [
  {
    id: 'UserName',
    header: 'User name',
    isRowHeader: true,
    sortingField: 'UserName',
    cell: (user) => (
      <RouterLink href={`/users/${encodeURIComponent(user.UserName ?? '')}`}>
        {user.UserName}
      </RouterLink>
    ),
  },
  { id: 'Path', header: 'Path', sortingField: 'Path', cell: (user) => user.Path },
  { id: 'CreateDate', header: 'Created', cell: (user) => formatDateTime(user.CreateDate) },
];

export default function GroupDetailPage({ GroupName }: { GroupName: string }) {
  const { clients } = useSignedIn();
  const query = useInfiniteQuery(groupDetailQuery(clients.iam, GroupName));
  useAllPages(query);
  const remove = useRemoveUsersFromGroup(clients.iam, GroupName);
  const navigate = useNavigate();
  const [adding, setAdding] = useState(false);
  const [editing, setEditing] = useState(false);
  const [removing, setRemoving] = useState(false);
  const [selected, setSelected] = useState<User[]>([]);

  const group = query.data?.pages[0]?.Group;
  const members = query.data?.pages.flatMap((page) => page.Users ?? []) ?? [];

  if (query.error != null && !group) {
    const missing = hasAwsCode(query.error, 'NoSuchEntity');
    return (
      <ContentLayout header={<Header variant="h1">{GroupName}</Header>}>
        <ErrorAlert
          header={missing ? 'No such group' : 'Could not load the group'}
          error={query.error}
          onRetry={missing ? undefined : () => void query.refetch()}
        />
      </ContentLayout>
    );
  }

  const header = (
    <Header
      variant="h1"
      actions={
        <SpaceBetween direction="horizontal" size="xs">
          <Button disabled={!group} onClick={() => setEditing(true)}>
            Edit
          </Button>
          <DeleteGroupButton
            GroupName={GroupName}
            memberCount={query.hasNextPage ? undefined : members.length}
          />
        </SpaceBetween>
      }
    >
      {GroupName}
    </Header>
  );

  return (
    <ContentLayout header={header}>
      <SpaceBetween size="l">
        <IdentitySummary
          noun="Group"
          identity={group && { ...group, name: group.GroupName, id: group.GroupId }}
        />

        <SectionBoundary name="members">
          <SpaceBetween size="s">
            {remove.data && remove.data.length > 0 && (
              <MembershipFailures verb="removed" failures={remove.data} />
            )}
            <IdentityTable<User>
              variant="container"
              noun={{ singular: 'member', plural: 'members' }}
              title="Users in this group"
              items={members}
              columns={memberColumns}
              trackBy="UserName"
              filteringFields={['UserName', 'Path', 'Arn']}
              defaultSortColumn={memberColumns[0]!}
              loading={query.isPending}
              loadingMore={query.hasNextPage || query.isFetchingNextPage}
              error={query.error}
              onRetry={() => void query.refetch()}
              selectionType="multi"
              selectedItems={selected}
              onSelectionChange={setSelected}
              actions={
                <SpaceBetween direction="horizontal" size="xs">
                  <Button
                    disabled={selected.length === 0}
                    loading={remove.isPending}
                    onClick={() => setRemoving(true)}
                  >
                    Remove
                  </Button>
                  <Button variant="primary" onClick={() => setAdding(true)}>
                    Add users
                  </Button>
                </SpaceBetween>
              }
            />
          </SpaceBetween>
        </SectionBoundary>

        <SectionBoundary name="permissions">
          <Suspense fallback={<Spinner />}>
            <EntityPermissions kind="group" name={GroupName} />
          </Suspense>
        </SectionBoundary>
      </SpaceBetween>
      {editing && group && (
        <EditGroupModal
          GroupName={GroupName}
          Path={group.Path ?? '/'}
          UserNames={members.map((user) => user.UserName ?? '')}
          onDismiss={() => setEditing(false)}
          onUpdated={(NewGroupName) => {
            setEditing(false);
            if (NewGroupName !== GroupName) {
              void navigate(`/groups/${encodeURIComponent(NewGroupName)}`, { replace: true });
            }
          }}
        />
      )}
      {removing && (
        <RemoveMembersModal
          GroupName={GroupName}
          UserNames={selected.map((user) => user.UserName ?? '')}
          remove={remove}
          onDone={() => {
            setRemoving(false);
            setSelected([]);
          }}
          onDismiss={() => setRemoving(false)}
        />
      )}
      {adding && (
        <AddUsersModal
          GroupName={GroupName}
          members={new Set(members.map((user) => user.UserName ?? ''))}
          onDismiss={() => setAdding(false)}
        />
      )}
    </ContentLayout>
  );
}
