import type { Group } from '@aws-sdk/client-iam';
import Button from '@cloudscape-design/components/button';
import SpaceBetween from '@cloudscape-design/components/space-between';
import type { TableProps } from '@cloudscape-design/components/table';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { ShowAsCode } from '../../../code/ShowAsCode.tsx';
import { ConfirmModal } from '../../../components/ConfirmModal.tsx';
import { IdentityTable } from '../../../components/IdentityTable.tsx';
import { RouterLink } from '../../../components/RouterLink.tsx';
import { useSignedIn } from '../../../session/SessionContext.tsx';
import { groupsForUserQuery } from '../../../aws/list-queries.ts';
import { AddToGroupsModal, GROUPS_PER_USER } from './AddToGroupsModal.tsx';
import { useRemoveUserFromGroup } from './user-detail-mutations.ts';

function RemoveButton({ UserName, GroupName }: { UserName: string; GroupName: string }) {
  const { clients } = useSignedIn();
  const remove = useRemoveUserFromGroup(clients.iam, UserName);
  const [confirming, setConfirming] = useState(false);
  const close = () => {
    setConfirming(false);
    remove.reset();
  };
  const request = { Action: 'RemoveUserFromGroup', input: { GroupName, UserName } } as const;
  return (
    <>
      <Button ariaLabel={`Remove from ${GroupName}`} onClick={() => setConfirming(true)}>
        Remove
      </Button>
      {confirming && (
        <ConfirmModal
          title={`Remove ${UserName} from ${GroupName}?`}
          confirmLabel="Remove"
          pending={remove.isPending}
          error={remove.error}
          onConfirm={() => remove.mutate(request, { onSuccess: close })}
          onDismiss={close}
        >
          <SpaceBetween size="m">
            <span>
              {UserName} loses the permissions it has through {GroupName}. The group stays.
            </span>
            <ShowAsCode requests={[request]} />
          </SpaceBetween>
        </ConfirmModal>
      )}
    </>
  );
}

const nameColumn: TableProps.ColumnDefinition<Group> = {
  id: 'GroupName',
  header: 'Group name',
  isRowHeader: true,
  sortingField: 'GroupName',
  cell: (group) => (
    <RouterLink href={`/groups/${encodeURIComponent(group.GroupName ?? '')}`}>
      {group.GroupName}
    </RouterLink>
  ),
};

export function UserGroupsTab({ UserName }: { UserName: string }) {
  const { clients } = useSignedIn();
  const groups = useQuery(groupsForUserQuery(clients.iam, UserName));
  const [adding, setAdding] = useState(false);
  const memberOf = (groups.data ?? []).map((group) => group.GroupName ?? '');
  const full = memberOf.length >= GROUPS_PER_USER;

  const columns: TableProps.ColumnDefinition<Group>[] = [
    nameColumn,
    { id: 'Path', header: 'Path', cell: (group) => group.Path, sortingField: 'Path' },
    {
      id: 'actions',
      header: 'Actions',
      cell: (group) => <RemoveButton UserName={UserName} GroupName={group.GroupName ?? ''} />,
    },
  ];

  return (
    <>
      <IdentityTable<Group>
        noun={{ singular: 'group', plural: 'groups' }}
        title="Groups"
        description={`${UserName} has the permissions of every group it belongs to.`}
        variant="container"
        items={groups.data ?? []}
        columns={columns}
        trackBy="GroupName"
        filteringFields={['GroupName', 'Path']}
        defaultSortColumn={nameColumn}
        loading={groups.isPending}
        error={groups.error}
        onRetry={() => void groups.refetch()}
        actions={
          <Button
            variant="primary"
            disabled={!groups.isSuccess || full}
            disabledReason={
              full ? `A user can be in at most ${GROUPS_PER_USER} groups.` : undefined
            }
            onClick={() => setAdding(true)}
          >
            Add to groups
          </Button>
        }
      />
      {adding && (
        <AddToGroupsModal
          UserName={UserName}
          memberOf={memberOf}
          onDismiss={() => setAdding(false)}
        />
      )}
    </>
  );
}
