import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import ColumnLayout from '@cloudscape-design/components/column-layout';
import FormField from '@cloudscape-design/components/form-field';
import Input from '@cloudscape-design/components/input';
import Modal from '@cloudscape-design/components/modal';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useState } from 'react';
import type { IamRequest } from '../../../code/iam-request.ts';
import { ShowAsCode } from '../../../code/ShowAsCode.tsx';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { SecretOnce } from '../../../components/SecretOnce.tsx';
import { useSignedIn } from '../../../session/SessionContext.tsx';
import {
  useCreateVirtualMfaDevice,
  useEnableMfaDevice,
  type NewVirtualMfaDevice,
} from './api/mfa-devices.ts';
import { CreateDeviceError } from './CreateDeviceError.tsx';
import { validateDeviceName, validateMfaCodes } from './mfa-codes.ts';
import { useUnassignedMfaDevice } from './unassigned-mfa-device.ts';

interface CodesStepProps {
  UserName: string;
  device: NewVirtualMfaDevice;
  enable: ReturnType<typeof useEnableMfaDevice>;
  onSubmit: (send: () => Promise<unknown>) => void;
}

function CodesStep({ UserName, device, enable, onSubmit }: CodesStepProps) {
  const [code1, setCode1] = useState('');
  const [code2, setCode2] = useState('');
  const [submitted, setSubmitted] = useState(false);
  const errors = validateMfaCodes(code1, code2);
  const request: IamRequest = {
    Action: 'EnableMFADevice',
    input: {
      UserName,
      SerialNumber: device.SerialNumber,
      AuthenticationCode1: code1,
      AuthenticationCode2: code2,
    },
  };

  const submit = () => {
    setSubmitted(true);
    if (errors.AuthenticationCode1 || errors.AuthenticationCode2) return;
    onSubmit(() => enable.mutateAsync(request.input));
  };

  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
    >
      <SpaceBetween size="m">
        <ColumnLayout columns={2}>
          <SpaceBetween size="s">
            <Box variant="p">1. Scan this QR code with an authenticator app.</Box>
            <img src={device.qrCodeDataUrl} alt="QR code for the MFA device" width={200} />
          </SpaceBetween>
          <SpaceBetween size="s">
            <Box variant="p">Or type the secret key into the app:</Box>
            <SecretOnce label="Secret key" value={device.Base32StringSeed} />
            <Box variant="small">Serial number: {device.SerialNumber}</Box>
            <Box variant="small">
              The device exists in the account but is not assigned yet: Cancel deletes it.
            </Box>
          </SpaceBetween>
        </ColumnLayout>
        <Box variant="p">2. Enter two consecutive codes from the app.</Box>
        <ColumnLayout columns={2}>
          <FormField label="MFA code 1" errorText={submitted && errors.AuthenticationCode1}>
            <Input
              value={code1}
              inputMode="numeric"
              autoComplete="one-time-code"
              onChange={({ detail }) => setCode1(detail.value.trim())}
            />
          </FormField>
          <FormField label="MFA code 2" errorText={submitted && errors.AuthenticationCode2}>
            <Input
              value={code2}
              inputMode="numeric"
              autoComplete="one-time-code"
              onChange={({ detail }) => setCode2(detail.value.trim())}
            />
          </FormField>
        </ColumnLayout>
        <ShowAsCode requests={[request]} />
        {enable.error != null && (
          <ErrorAlert header="IAM did not accept the codes" error={enable.error} />
        )}
        <Box float="right">
          <Button variant="primary" formAction="submit" loading={enable.isPending}>
            Add MFA device
          </Button>
        </Box>
      </SpaceBetween>
    </form>
  );
}

interface AssignMfaModalProps {
  UserName: string;
  onEnabled: () => void;
  /** `unassigned`: the serial of the device this dialog created and did not enable. */
  onCancel: (unassigned?: string) => void;
}

/** CreateVirtualMFADevice, then the QR code and secret, then EnableMFADevice with two codes. */
export function AssignMfaModal({ UserName, onEnabled, onCancel }: AssignMfaModalProps) {
  const { clients } = useSignedIn();
  const create = useCreateVirtualMfaDevice(clients.iam);
  const enable = useEnableMfaDevice(clients.iam, UserName);
  const unassigned = useUnassignedMfaDevice({ onEnabled, onCancel });
  const [name, setName] = useState(UserName);
  const nameError = validateDeviceName(name);
  const request: IamRequest = {
    Action: 'CreateVirtualMFADevice',
    input: { VirtualMFADeviceName: name },
  };
  const device = create.data;

  // Closing while CreateVirtualMFADevice is in flight would lose the serial of the device it
  // creates, and with it the chance to delete it. Closing while EnableMFADevice is in flight
  // would send the delete beside it: one of the two fails, and the alert shown is the wrong one.
  const busy = create.isPending || enable.isPending;
  const cancel = () => {
    if (!busy && !unassigned.isEnabling()) unassigned.cancel();
  };
  const createDevice = () => {
    create
      .mutateAsync(request.input)
      .then((created) => unassigned.created(created.SerialNumber))
      .catch(() => undefined); // The error is in create.error, shown under the name.
  };

  return (
    <Modal
      visible
      size="medium"
      header={`Assign a virtual MFA device to ${UserName}`}
      closeAriaLabel="Close"
      onDismiss={(event) => {
        if (event.detail.reason !== 'overlay') cancel();
      }}
      footer={
        <Box float="right">
          <SpaceBetween direction="horizontal" size="xs">
            <Button variant="link" disabled={busy} onClick={cancel}>
              Cancel
            </Button>
            {!device && (
              <Button
                variant="primary"
                disabled={nameError !== undefined}
                loading={create.isPending}
                onClick={createDevice}
              >
                Continue
              </Button>
            )}
          </SpaceBetween>
        </Box>
      }
    >
      {device ? (
        <CodesStep
          UserName={UserName}
          device={device}
          enable={enable}
          onSubmit={unassigned.enable}
        />
      ) : (
        <SpaceBetween size="m">
          <FormField
            label="Device name"
            description="Names the device in this account; its ARN ends in mfa/<name>."
            errorText={nameError}
          >
            <Input value={name} onChange={({ detail }) => setName(detail.value)} />
          </FormField>
          <ShowAsCode requests={nameError === undefined ? [request] : []} />
          {create.error != null && <CreateDeviceError error={create.error} />}
        </SpaceBetween>
      )}
    </Modal>
  );
}
