import SpaceBetween from '@cloudscape-design/components/space-between';
import type { UseMutationResult } from '@tanstack/react-query';
import { ShowAsCode } from '../../code/ShowAsCode.tsx';
import { ConfirmModal } from '../../components/ConfirmModal.tsx';
import { plural } from '../../components/format.ts';
import {
  membershipRequests,
  type MembershipFailure,
  type MembershipRequest,
} from './api/group-mutations.ts';

interface RemoveMembersModalProps {
  GroupName: string;
  UserNames: string[];
  remove: UseMutationResult<MembershipFailure[], Error, MembershipRequest[]>;
  onDone: () => void;
  onDismiss: () => void;
}

/** Confirms removing the chosen members, showing the RemoveUserFromGroup calls it will send. */
export function RemoveMembersModal(props: RemoveMembersModalProps) {
  const { GroupName, UserNames, remove } = props;
  const requests = membershipRequests('remove', GroupName, UserNames);

  return (
    <ConfirmModal
      title={`Remove ${plural(UserNames.length, 'user')} from ${GroupName}?`}
      confirmLabel="Remove"
      pending={remove.isPending}
      error={remove.error}
      onConfirm={() => remove.mutate(requests, { onSuccess: props.onDone })}
      onDismiss={props.onDismiss}
    >
      <SpaceBetween size="m">
        <span>
          {UserNames.join(', ')} lose the permissions they have through {GroupName}. The users and
          the group stay.
        </span>
        <ShowAsCode requests={requests} />
      </SpaceBetween>
    </ConfirmModal>
  );
}
