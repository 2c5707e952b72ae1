import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import FormField from '@cloudscape-design/components/form-field';
import Modal from '@cloudscape-design/components/modal';
import Multiselect from '@cloudscape-design/components/multiselect';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useInfiniteQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { userListQuery } from '../../aws/list-queries.ts';
import { useAllPages } from '../../aws/use-all-pages.ts';
import { errorText } from '../../components/ErrorAlert.tsx';
import { useSignedIn } from '../../session/SessionContext.tsx';
import { useAddUsersToGroup } from './api/group-mutations.ts';
import { MembershipFailures } from './MembershipFailures.tsx';

interface AddUsersModalProps {
  GroupName: string;
  members: ReadonlySet<string>;
  onDismiss: () => void;
}

export function AddUsersModal({ GroupName, members, onDismiss }: AddUsersModalProps) {
  const { clients } = useSignedIn();
  const users = useInfiniteQuery(userListQuery(clients.iam, {}));
  useAllPages(users);
  const add = useAddUsersToGroup(clients.iam, GroupName);
  const [chosen, setChosen] = useState<string[]>([]);

  const options = (users.data?.pages.flatMap((page) => page.Users ?? []) ?? [])
    .filter((user) => user.UserName && !members.has(user.UserName))
    .map((user) => ({ value: user.UserName ?? '', label: user.UserName, description: user.Path }));

  const submit = () =>
    add.mutate(chosen, {
      onSuccess: (failures) => {
        if (failures.length === 0) onDismiss();
      },
    });

  return (
    <Modal
      visible
      onDismiss={onDismiss}
      closeAriaLabel="Close"
      header={`Add users to ${GroupName}`}
      footer={
        <Box float="right">
          <SpaceBetween direction="horizontal" size="xs">
            <Button variant="link" onClick={onDismiss}>
              Cancel
            </Button>
            <Button
              variant="primary"
              disabled={chosen.length === 0}
              loading={add.isPending}
              onClick={submit}
            >
              Add users
            </Button>
          </SpaceBetween>
        </Box>
      }
    >
      <SpaceBetween size="m">
        <FormField label="Users" description="Users already in the group are not listed.">
          <Multiselect
            selectedOptions={options.filter((option) => chosen.includes(option.value))}
            onChange={({ detail }) =>
              setChosen(detail.selectedOptions.map((option) => option.value ?? ''))
            }
            options={options}
            filteringType="auto"
            placeholder="Choose users"
            statusType={
              users.error != null
                ? 'error'
                : users.isPending || users.hasNextPage
                  ? 'loading'
                  : 'finished'
            }
            loadingText="Loading users"
            errorText={users.error != null ? errorText(users.error) : undefined}
            empty="Every user is already a member"
            tokenLimit={8}
          />
        </FormField>
        {add.data && add.data.length > 0 && <MembershipFailures verb="added" failures={add.data} />}
      </SpaceBetween>
    </Modal>
  );
}
