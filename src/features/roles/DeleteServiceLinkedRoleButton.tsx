import Button from '@cloudscape-design/components/button';
import StatusIndicator from '@cloudscape-design/components/status-indicator';
import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { ConfirmModal } from '../../components/ConfirmModal.tsx';
import { useFlash } from '../../components/flash.tsx';
import { useSignedIn } from '../../session/SessionContext.tsx';
import { useDeleteServiceLinkedRole, type DeletionProgress } from './api/service-linked-roles.ts';

export function DeleteServiceLinkedRoleButton({ RoleName }: { RoleName: string }) {
  const { clients } = useSignedIn();
  const navigate = useNavigate();
  const flash = useFlash();
  const [open, setOpen] = useState(false);
  const [progress, setProgress] = useState<DeletionProgress>({});
  const deletion = useDeleteServiceLinkedRole(clients.iam, RoleName, setProgress);

  const confirm = () =>
    deletion.mutate(undefined, {
      onSuccess: () => {
        flash.show(`delete-role-${RoleName}`, {
          type: 'success',
          header: `Deleted service-linked role ${RoleName}`,
        });
        void navigate('/roles');
      },
    });

  return (
    <>
      <Button onClick={() => setOpen(true)}>Delete service-linked role</Button>
      {open && (
        <ConfirmModal
          title={`Delete service-linked role ${RoleName}?`}
          confirmLabel="Delete"
          typeToConfirm={RoleName}
          pending={deletion.isPending}
          error={deletion.error}
          onConfirm={confirm}
          onDismiss={() => {
            setOpen(false);
            deletion.reset();
            setProgress({});
          }}
        >
          The service checks that none of its resources still uses the role before deleting it,
          which can take a while.
          {progress.DeletionTaskId && (
            <StatusIndicator
              type={
                progress.Status === 'SUCCEEDED'
                  ? 'success'
                  : progress.Status === 'FAILED'
                    ? 'error'
                    : 'in-progress'
              }
            >
              Deletion task {progress.Status ?? 'submitted'}
            </StatusIndicator>
          )}
        </ConfirmModal>
      )}
    </>
  );
}
