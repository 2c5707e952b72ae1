import type { StatusType } from '@aws-sdk/client-iam';
import Button from '@cloudscape-design/components/button';
import SpaceBetween from '@cloudscape-design/components/space-between';
import type { UseMutationResult } from '@tanstack/react-query';
import { useState } from 'react';
import { ConfirmModal } from '../../../components/ConfirmModal.tsx';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';

interface StatusActionsProps {
  /** "SSH public key APKA…", "certificate ABC…": names the item in labels and titles. */
  name: string;
  Id: string;
  Status: StatusType | undefined;
  update: UseMutationResult<unknown, Error, { Id: string; Status: StatusType }>;
  remove: UseMutationResult<unknown, Error, string>;
  /** What stops working when it is deleted. */
  consequence: string;
}

/** Activate or deactivate a credential, or delete it after a confirmation. */
export function StatusActions({
  name,
  Id,
  Status,
  update,
  remove,
  consequence,
}: StatusActionsProps) {
  const [confirming, setConfirming] = useState(false);
  const active = Status === 'Active';
  const close = () => {
    setConfirming(false);
    remove.reset();
  };

  return (
    <SpaceBetween size="xs">
      <SpaceBetween direction="horizontal" size="xs">
        <Button
          ariaLabel={`${active ? 'Deactivate' : 'Activate'} ${name}`}
          loading={update.isPending && update.variables.Id === Id}
          onClick={() => update.mutate({ Id, Status: active ? 'Inactive' : 'Active' })}
        >
          {active ? 'Deactivate' : 'Activate'}
        </Button>
        <Button ariaLabel={`Delete ${name}`} onClick={() => setConfirming(true)}>
          Delete
        </Button>
      </SpaceBetween>
      {update.error != null && update.variables?.Id === Id && (
        <ErrorAlert error={update.error} onDismiss={() => update.reset()} />
      )}
      {confirming && (
        <ConfirmModal
          title={`Delete ${name}?`}
          confirmLabel="Delete"
          pending={remove.isPending}
          error={remove.error}
          onConfirm={() => remove.mutate(Id, { onSuccess: close })}
          onDismiss={close}
        >
          {consequence} {active ? 'To test the effect first, deactivate it instead.' : ''}
        </ConfirmModal>
      )}
    </SpaceBetween>
  );
}
