import Button from '@cloudscape-design/components/button';
import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { useFlash } from '../../components/flash.tsx';
import { useSignedIn } from '../../session/SessionContext.tsx';
import { DeleteWithBlockersModal } from '../../steps/DeleteWithBlockersModal.tsx';
import { useDeleteRole } from './api/role-mutations.ts';

export function DeleteRoleButton({ RoleName }: { RoleName: string }) {
  const { clients } = useSignedIn();
  const navigate = useNavigate();
  const flash = useFlash();
  const [open, setOpen] = useState(false);
  const deleteRole = useDeleteRole(clients.iam, RoleName);

  const confirm = () =>
    deleteRole.mutate(undefined, {
      onSuccess: () => {
        flash.show(`delete-role-${RoleName}`, {
          type: 'success',
          header: `Deleted role ${RoleName}`,
        });
        void navigate('/roles');
      },
    });

  return (
    <>
      <Button onClick={() => setOpen(true)}>Delete</Button>
      {open && (
        <DeleteWithBlockersModal
          title={`Delete role ${RoleName}?`}
          name={RoleName}
          steps={deleteRole.steps}
          pending={deleteRole.isPending}
          error={deleteRole.error}
          onConfirm={confirm}
          onDismiss={() => {
            setOpen(false);
            deleteRole.reset();
          }}
        >
          IAM deletes a role only once nothing holds it, so the console first removes it from its
          instance profiles, deletes its inline policies and detaches its managed policies, and then
          deletes the role. Anything that assumes it (services, users, other accounts) loses that
          access; sessions already issued keep working until they expire.
        </DeleteWithBlockersModal>
      )}
    </>
  );
}
