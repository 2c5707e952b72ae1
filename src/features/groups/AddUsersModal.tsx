import Button from '@cloudscape-design/components/button';
import Modal from '@cloudscape-design/components/modal';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useState } from 'react';
import { useSignedIn } from '../../session/SessionContext.tsx';
import { ShowAsCode } from '../../code/ShowAsCode.tsx';
import { membershipRequests, useAddUsersToGroup } from './api/group-mutations.ts';
import { GroupMembersPicker } from './GroupMembersPicker.tsx';
import { MembershipFailures } from './MembershipFailures.tsx';
import { ModalFooter } from '../../components/ModalFooter.tsx';

interface AddUsersModalProps {
  GroupName: string;
  members: ReadonlySet<string>;
  onDismiss: () => void;
}

export function AddUsersModal({ GroupName, members, onDismiss }: AddUsersModalProps) {
  const { clients } = useSignedIn();
  const add = useAddUsersToGroup(clients.iam, GroupName);
  const [chosen, setChosen] = useState<string[]>([]);

  const requests = membershipRequests('add', GroupName, chosen);
  const submit = () =>
    add.mutate(requests, {
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
        <ModalFooter onCancel={onDismiss}>
          <Button
            variant="primary"
            disabled={chosen.length === 0}
            loading={add.isPending}
            onClick={submit}
          >
            Add users
          </Button>
        </ModalFooter>
      }
    >
      <SpaceBetween size="m">
        <GroupMembersPicker UserNames={chosen} onChange={setChosen} members={members} />
        {add.data && add.data.length > 0 && <MembershipFailures verb="added" failures={add.data} />}
        <ShowAsCode requests={requests} />
      </SpaceBetween>
    </Modal>
  );
}
