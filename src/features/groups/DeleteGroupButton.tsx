import Button from '@cloudscape-design/components/button';
import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { useFlash } from '../../components/flash.tsx';
import { plural } from '../../components/format.ts';
import { useSignedIn } from '../../session/SessionContext.tsx';
import { useDeleteGroup } from './api/group-mutations.ts';
import { DeleteWithBlockersModal } from '../../steps/DeleteWithBlockersModal.tsx';

interface DeleteGroupButtonProps {
  GroupName: string;
  /** What the page knows the group holds, to state the consequences before confirming. */
  memberCount?: number;
}

export function DeleteGroupButton({ GroupName, memberCount }: DeleteGroupButtonProps) {
  const { clients } = useSignedIn();
  const navigate = useNavigate();
  const flash = useFlash();
  const [open, setOpen] = useState(false);
  const deleteGroup = useDeleteGroup(clients.iam, GroupName);

  const confirm = () =>
    deleteGroup.mutate(undefined, {
      onSuccess: () => {
        flash.show(`delete-group-${GroupName}`, {
          type: 'success',
          header: `Deleted group ${GroupName}`,
        });
        void navigate('/groups');
      },
    });

  return (
    <>
      <Button onClick={() => setOpen(true)}>Delete</Button>
      {open && (
        <DeleteWithBlockersModal
          title={`Delete group ${GroupName}?`}
          name={GroupName}
          steps={deleteGroup.steps}
          pending={deleteGroup.isPending}
          error={deleteGroup.error}
          onConfirm={confirm}
          onDismiss={() => {
            setOpen(false);
            deleteGroup.reset();
          }}
        >
          IAM deletes a group only once it is empty, so the console first removes
          {memberCount === undefined
            ? ' its members'
            : ` its ${plural(memberCount, 'member')}`}{' '}
          (their own permissions stay), detaches its managed policies, deletes its inline policies,
          and then deletes the group. Members lose the permissions they had through it.
        </DeleteWithBlockersModal>
      )}
    </>
  );
}
