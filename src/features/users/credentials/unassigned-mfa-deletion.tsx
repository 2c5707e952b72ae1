import Alert from '@cloudscape-design/components/alert';
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useEffect, useRef, useState } from 'react';
import { toAwsError } from '../../../aws/errors.ts';
import { ShowAsCode } from '../../../code/ShowAsCode.tsx';
import { ErrorDetails, errorText } from '../../../components/ErrorAlert.tsx';
import { useFlash } from '../../../components/flash.tsx';
import { useSignedIn } from '../../../session/SessionContext.tsx';
import {
  unassignedMfaDeletion,
  useDeleteVirtualMfaDevice,
  type UnassignedMfaDeletion,
} from './api/mfa-devices.ts';

type DeletionState =
  | { status: 'deleting'; request: UnassignedMfaDeletion }
  | { status: 'deleted'; request: UnassignedMfaDeletion }
  | { status: 'failed'; request: UnassignedMfaDeletion; error: unknown };

/**
 * Deletes the virtual device that a cancelled assignment created. Its dialog is closed by then,
 * so the MFA section says what happened, with the request sent as code. A failure is never
 * dropped: the device would stay in the account, unassigned, and keep its name taken.
 */
export function useUnassignedMfaDeletion() {
  const { clients } = useSignedIn();
  const flash = useFlash();
  const deletion = useDeleteVirtualMfaDevice(clients.iam);
  const [state, setState] = useState<DeletionState>();
  const mounted = useRef(false);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  const start = (SerialNumber: string) => {
    const request = unassignedMfaDeletion(SerialNumber);
    setState({ status: 'deleting', request });

    // A promise, not mutate's callbacks: those are dropped once the section unmounts. If the
    // administrator has left the section by then (the tab, or the page with Back), the
    // page-wide flash carries the outcome.
    deletion.mutateAsync(request).then(
      () => {
        if (mounted.current) return setState({ status: 'deleted', request });
        flash.show(`mfa-unassigned-${SerialNumber}`, {
          type: 'success',
          header: `Deleted the unassigned MFA device ${SerialNumber}`,
          content: 'The assignment was left before the device was enabled.',
        });
      },
      (error: unknown) => {
        if (mounted.current) return setState({ status: 'failed', request, error });
        flash.show(`mfa-unassigned-${SerialNumber}`, {
          type: 'error',
          header: `Could not delete the unassigned MFA device ${SerialNumber}`,
          content: errorText(error),
        });
      },
    );
  };

  return { state, start, dismiss: () => setState(undefined), isPending: deletion.isPending };
}

type UnassignedMfaDeletionProps = Omit<ReturnType<typeof useUnassignedMfaDeletion>, 'isPending'>;

/** Where the deletion stands: in flight, done, or failed with IAM's error and Retry. */
export function UnassignedMfaNotice({ state, start, dismiss }: UnassignedMfaDeletionProps) {
  if (!state) return null;
  const { SerialNumber = '' } = state.request.input;
  const code = <ShowAsCode requests={[state.request]} />;

  if (state.status === 'deleting') {
    return (
      <Alert type="info" header={`Deleting the unassigned MFA device ${SerialNumber}`}>
        {code}
      </Alert>
    );
  }
  if (state.status === 'deleted') {
    return (
      <Alert
        type="success"
        dismissible
        onDismiss={dismiss}
        header={`Deleted the unassigned MFA device ${SerialNumber}`}
      >
        <SpaceBetween size="s">
          <Box variant="p">
            The assignment was cancelled before the device was enabled, so the console deleted the
            device it had created for it.
          </Box>
          {code}
        </SpaceBetween>
      </Alert>
    );
  }

  const aws = toAwsError(state.error);
  return (
    <Alert
      type="error"
      dismissible
      onDismiss={dismiss}
      header={`Could not delete the unassigned MFA device ${SerialNumber}: ${aws.code}`}
      action={<Button onClick={() => start(SerialNumber)}>Retry</Button>}
    >
      <SpaceBetween size="s">
        <Box variant="p">{aws.message}</Box>
        <ErrorDetails requestId={aws.requestId} httpStatus={aws.httpStatus} />
        <Box variant="p">
          Until it is deleted, the device stays in the account, assigned to no one, and a new device
          cannot take its name. Retry, or send the request below yourself.
        </Box>
        {code}
      </SpaceBetween>
    </Alert>
  );
}
