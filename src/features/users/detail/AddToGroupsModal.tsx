import type { Group } from '@aws-sdk/client-iam';
import Alert from '@cloudscape-design/components/alert';
import Button from '@cloudscape-design/components/button';
import Modal from '@cloudscape-design/components/modal';
import SpaceBetween from '@cloudscape-design/components/space-between';
import type { TableProps } from '@cloudscape-design/components/table';
import { useInfiniteQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { groupListQuery } from '../../../aws/list-queries.ts';
import { useAllPages } from '../../../aws/use-all-pages.ts';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { FailuresAlert } from '../../../components/FailuresAlert.tsx';
import { IdentityTable } from '../../../components/IdentityTable.tsx';
import { ShowAsCode } from '../../../code/ShowAsCode.tsx';
import { useSignedIn } from '../../../session/SessionContext.tsx';
import { useAddUserToGroups, type AddUserToGroupRequest } from './user-detail-mutations.ts';
import { ModalFooter } from '../../../components/ModalFooter.tsx';

// "IAM users can be members of up to 10 groups."
// https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_iam-quotas.html
export const GROUPS_PER_USER = 10;

const nameColumn: TableProps.ColumnDefinition<Group> = {
  id: 'GroupName',
  header: 'Group name',
  cell: (group) => group.GroupName,
  sortingField: 'GroupName',
  isRowHeader: true,
};
const columns = [nameColumn, { id: 'Path', header: 'Path', cell: (group: Group) => group.Path }];

interface AddToGroupsModalProps {
  UserName: string;
  memberOf: string[];
  onDismiss: () => void;
}

export function AddToGroupsModal({ UserName, memberOf, onDismiss }: AddToGroupsModalProps) {
  const { clients } = useSignedIn();
  const groups = useInfiniteQuery(groupListQuery(clients.iam, {}));
  useAllPages(groups);
  const add = useAddUserToGroups(clients.iam, UserName);
  const [selected, setSelected] = useState<Group[]>([]);

  const choices = (groups.data?.pages ?? [])
    .flatMap((page) => page.Groups ?? [])
    .filter((group) => !memberOf.includes(group.GroupName ?? ''));
  const room = GROUPS_PER_USER - memberOf.length;
  const tooMany = selected.length > room;

  // One AddUserToGroup a group, built once: shown as code and sent as they are.
  const requests = selected.map((group): AddUserToGroupRequest => ({
    Action: 'AddUserToGroup',
    input: { GroupName: group.GroupName ?? '', UserName },
  }));
  const submit = () =>
    add.mutate(requests, {
      onSuccess: (failures) => {
        if (failures.length === 0) onDismiss();
        else setSelected(selected.filter((g) => failures.some((f) => f.GroupName === g.GroupName)));
      },
    });

  return (
    <Modal
      visible
      size="large"
      header={`Add ${UserName} to groups`}
      closeAriaLabel="Close"
      onDismiss={onDismiss}
      footer={
        <ModalFooter onCancel={onDismiss}>
          <Button
            variant="primary"
            disabled={selected.length === 0 || tooMany}
            loading={add.isPending}
            onClick={submit}
          >
            Add to groups
          </Button>
        </ModalFooter>
      }
    >
      <SpaceBetween size="m">
        {tooMany && (
          <Alert type="warning">
            {UserName} is in {memberOf.length} groups; IAM allows {GROUPS_PER_USER}, so choose at
            most {Math.max(0, room)}.
          </Alert>
        )}
        <FailuresAlert
          header="Not every group was joined"
          failures={(add.data ?? []).map((failure) => ({
            name: failure.GroupName,
            error: failure.error,
          }))}
        />
        {add.error != null && <ErrorAlert error={add.error} />}
        <IdentityTable<Group>
          noun={{ singular: 'group', plural: 'groups' }}
          title="Groups"
          variant="embedded"
          items={choices}
          columns={columns}
          trackBy="GroupName"
          filteringFields={['GroupName', 'Path']}
          defaultSortColumn={nameColumn}
          loading={groups.isPending}
          loadingMore={groups.hasNextPage}
          error={groups.error}
          onRetry={() => void groups.refetch()}
          selectionType="multi"
          selectedItems={selected}
          onSelectionChange={setSelected}
        />
        <ShowAsCode requests={requests} />
      </SpaceBetween>
    </Modal>
  );
}
