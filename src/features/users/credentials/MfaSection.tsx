import type { MFADevice } from '@aws-sdk/client-iam';
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import Header from '@cloudscape-design/components/header';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Table from '@cloudscape-design/components/table';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { ShowAsCode } from '../../../code/ShowAsCode.tsx';
import { ConfirmModal } from '../../../components/ConfirmModal.tsx';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { useFlash } from '../../../components/flash.tsx';
import { formatDateTime } from '../../../components/format.ts';
import { useSignedIn } from '../../../session/SessionContext.tsx';
import {
  isVirtualMfaSerial,
  mfaDevicesQuery,
  mfaRemovalRequests,
  useRemoveMfaDevice,
} from './api/mfa-devices.ts';
import { AssignMfaModal } from './AssignMfaModal.tsx';
import { UnassignedMfaNotice, useUnassignedMfaDeletion } from './unassigned-mfa-deletion.tsx';

function RemoveButton({ UserName, SerialNumber }: { UserName: string; SerialNumber: string }) {
  const { clients } = useSignedIn();
  const remove = useRemoveMfaDevice(clients.iam, UserName);
  const [confirming, setConfirming] = useState(false);
  const requests = mfaRemovalRequests(UserName, SerialNumber);
  const close = () => {
    setConfirming(false);
    remove.reset();
  };
  return (
    <>
      <Button
        ariaLabel={`Remove ${SerialNumber}`}
        wrapText={false}
        onClick={() => setConfirming(true)}
      >
        Remove
      </Button>
      {confirming && (
        <ConfirmModal
          title="Remove this MFA device?"
          confirmLabel="Remove"
          pending={remove.isPending}
          error={remove.error}
          onConfirm={() => remove.mutate(requests, { onSuccess: close })}
          onDismiss={close}
        >
          <SpaceBetween size="m">
            <span>
              {UserName} no longer needs {SerialNumber} to sign in
              {isVirtualMfaSerial(SerialNumber) ? ', and the virtual device is deleted' : ''}.
              Policies that require MFA deny {UserName} until another device is assigned.
            </span>
            <ShowAsCode requests={requests} />
          </SpaceBetween>
        </ConfirmModal>
      )}
    </>
  );
}

export function MfaSection({ UserName }: { UserName: string }) {
  const { clients } = useSignedIn();
  const flash = useFlash();
  const devices = useQuery(mfaDevicesQuery(clients.iam, UserName));
  const unassignedDeletion = useUnassignedMfaDeletion();
  const [assigning, setAssigning] = useState(false);

  const assigned = () => {
    setAssigning(false);
    flash.show(`mfa-${UserName}`, {
      type: 'success',
      header: `MFA device assigned to ${UserName}`,
    });
  };
  const cancelled = (unassigned?: string) => {
    setAssigning(false);
    if (unassigned !== undefined) unassignedDeletion.start(unassigned);
  };

  return (
    <>
      <Table<MFADevice>
        variant="container"
        // Dates and long values wrap at narrow widths so the Actions column stays on screen.
        wrapLines
        items={devices.data ?? []}
        loading={devices.isPending}
        loadingText="Loading MFA devices"
        trackBy="SerialNumber"
        header={
          <SpaceBetween size="s">
            <Header
              variant="h2"
              counter={devices.data ? `(${devices.data.length})` : undefined}
              description="A second factor asked for at sign-in and by policies that require MFA."
              actions={
                <Button
                  onClick={() => setAssigning(true)}
                  disabled={devices.isPending || unassignedDeletion.isPending}
                >
                  Assign MFA device
                </Button>
              }
            >
              Multi-factor authentication (MFA)
            </Header>
            <UnassignedMfaNotice {...unassignedDeletion} />
          </SpaceBetween>
        }
        columnDefinitions={[
          {
            id: 'SerialNumber',
            header: 'Serial number',
            isRowHeader: true,
            cell: (device) => <Box variant="code">{device.SerialNumber}</Box>,
          },
          {
            id: 'type',
            header: 'Type',
            cell: (device) => (isVirtualMfaSerial(device.SerialNumber ?? '') ? 'Virtual' : 'Other'),
          },
          {
            id: 'EnableDate',
            header: 'Enabled',
            cell: (device) => formatDateTime(device.EnableDate),
          },
          {
            id: 'actions',
            header: 'Actions',
            cell: (device) => (
              <RemoveButton UserName={UserName} SerialNumber={device.SerialNumber ?? ''} />
            ),
          },
        ]}
        empty={
          devices.error != null ? (
            <ErrorAlert
              header="Could not load MFA devices"
              error={devices.error}
              onRetry={() => void devices.refetch()}
            />
          ) : (
            <SpaceBetween size="xs">
              <Box textAlign="center" color="inherit">
                <b>No MFA devices</b>
              </Box>
              <Box textAlign="center" color="inherit" variant="p">
                Assign one so that a stolen password alone cannot sign in as {UserName}.
              </Box>
            </SpaceBetween>
          )
        }
      />
      {assigning && (
        <AssignMfaModal UserName={UserName} onEnabled={assigned} onCancel={cancelled} />
      )}
    </>
  );
}
