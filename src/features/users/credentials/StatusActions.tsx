import type { StatusType } from '@aws-sdk/client-iam';
import Button from '@cloudscape-design/components/button';
import SpaceBetween from '@cloudscape-design/components/space-between';
import type { UseMutationResult } from '@tanstack/react-query';
import { useState } from 'react';
import type { IamRequest } from '../../../code/iam-request.ts';
import { ShowAsCode } from '../../../code/ShowAsCode.tsx';
import { ConfirmModal } from '../../../components/ConfirmModal.tsx';

export type StatusRequest = Extract<
  IamRequest,
  { Action: 'UpdateAccessKey' | 'UpdateSSHPublicKey' | 'UpdateSigningCertificate' }
>;
export type DeleteRequest = Extract<
  IamRequest,
  { Action: 'DeleteAccessKey' | 'DeleteSSHPublicKey' | 'DeleteSigningCertificate' }
>;

// Generic over the inputs, taken from the mutations, so each pairs with its own request.
interface StatusActionsProps<StatusInput, DeleteInput> {
  /** "access key AKIA…", "SSH public key APKA…": names the item in labels and titles. */
  name: string;
  Status: StatusType | undefined;
  /** The status change a click asks to send, to the opposite of Status. */
  statusRequest: StatusRequest & { input: NoInfer<StatusInput> };
  deleteRequest: DeleteRequest & { input: NoInfer<DeleteInput> };
  update: UseMutationResult<unknown, Error, StatusInput>;
  remove: UseMutationResult<unknown, Error, DeleteInput>;
  /** What stops working when it is deactivated or deleted. */
  consequence: string;
  /** Typed before delete unlocks, for credentials whose loss breaks running programs. */
  typeToConfirm?: string;
}

/**
 * Activate or deactivate a credential, or delete it, each after a confirmation that shows the
 * request as code; the request confirmed is the one sent.
 */
export function StatusActions<StatusInput, DeleteInput>(
  props: StatusActionsProps<StatusInput, DeleteInput>,
) {
  const { name, statusRequest, deleteRequest, update, remove } = props;
  const [confirming, setConfirming] = useState<'status' | 'delete' | undefined>();
  const active = props.Status === 'Active';
  const verb = active ? 'Deactivate' : 'Activate';
  const close = () => {
    setConfirming(undefined);
    update.reset();
    remove.reset();
  };

  return (
    <>
      {/* Each label stays on one line, so a narrow column stacks the two buttons (the row
          wraps) instead of breaking "Deactivate" inside its button. */}
      <SpaceBetween direction="horizontal" size="xs">
        <Button
          ariaLabel={`${verb} ${name}`}
          wrapText={false}
          onClick={() => setConfirming('status')}
        >
          {verb}
        </Button>
        <Button
          ariaLabel={`Delete ${name}`}
          wrapText={false}
          onClick={() => setConfirming('delete')}
        >
          Delete
        </Button>
      </SpaceBetween>
      {confirming === 'status' && (
        <ConfirmModal
          title={`${verb} ${name}?`}
          confirmLabel={verb}
          pending={update.isPending}
          error={update.error}
          onConfirm={() => update.mutate(statusRequest.input, { onSuccess: close })}
          onDismiss={close}
        >
          <SpaceBetween size="m">
            <span>
              {active
                ? `${props.consequence} It can be activated again.`
                : 'It works again from now on.'}
            </span>
            <ShowAsCode requests={[statusRequest]} />
          </SpaceBetween>
        </ConfirmModal>
      )}
      {confirming === 'delete' && (
        <ConfirmModal
          title={`Delete ${name}?`}
          confirmLabel="Delete"
          typeToConfirm={props.typeToConfirm}
          pending={remove.isPending}
          error={remove.error}
          onConfirm={() => remove.mutate(deleteRequest.input, { onSuccess: close })}
          onDismiss={close}
        >
          <SpaceBetween size="m">
            <span>
              {props.consequence} It cannot be restored.
              {active ? ' To test the effect first, deactivate it instead.' : ''}
            </span>
            <ShowAsCode requests={[deleteRequest]} />
          </SpaceBetween>
        </ConfirmModal>
      )}
    </>
  );
}
