import Box from '@cloudscape-design/components/box';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { toAwsError } from '../../../aws/errors.ts';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';

const LIST_UNASSIGNED = 'aws iam list-virtual-mfa-devices --assignment-status Unassigned';

/**
 * CreateVirtualMFADevice's failure. EntityAlreadyExists alone does not say what to do, and the
 * device in the way is often one nobody uses: an assignment abandoned before EnableMFADevice,
 * or this very request, created once and retried by the SDK after its answer was lost. Which
 * one it is cannot be told from here, so the hint names the possibility and both ways out.
 */
export function CreateDeviceError({ error }: { error: unknown }) {
  if (toAwsError(error).code !== 'EntityAlreadyExists') {
    return <ErrorAlert header="Could not create the device" error={error} />;
  }
  return (
    <SpaceBetween size="s">
      <ErrorAlert header="Could not create the device" error={error} />
      <Box variant="p">
        A virtual MFA device with this name already exists in the account. It may be an unassigned
        device left from an earlier attempt to assign one. Choose a different device name, or find
        the unassigned devices with <Box variant="code">{LIST_UNASSIGNED}</Box> and delete the one
        that is not in use with{' '}
        <Box variant="code">aws iam delete-virtual-mfa-device --serial-number &lt;ARN&gt;</Box>.
      </Box>
    </SpaceBetween>
  );
}
