import type { AccessKeyMetadata } from '@aws-sdk/client-iam';
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import Header from '@cloudscape-design/components/header';
import SpaceBetween from '@cloudscape-design/components/space-between';
import StatusIndicator from '@cloudscape-design/components/status-indicator';
import Table from '@cloudscape-design/components/table';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import type { IamRequest } from '../../../code/iam-request.ts';
import { ShowAsCode } from '../../../code/ShowAsCode.tsx';
import { ConfirmModal } from '../../../components/ConfirmModal.tsx';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { formatDateTime } from '../../../components/format.ts';
import { useSignedIn } from '../../../session/SessionContext.tsx';
import { accessKeyLastUsedQuery, accessKeysQuery } from './api/access-key-queries.ts';
import {
  useCreateAccessKey,
  useDeleteAccessKey,
  useUpdateAccessKey,
} from './api/access-key-mutations.ts';
import { NewAccessKeyModal } from './NewAccessKeyModal.tsx';
import { StatusActions } from './StatusActions.tsx';
import { statusActionsColumn, statusColumn } from './status-column.tsx';

// "Each IAM user can have a maximum of two access keys", active or inactive.
// https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_iam-quotas.html
const ACCESS_KEYS_PER_USER = 2;

function LastUsed({ UserName, AccessKeyId }: { UserName: string; AccessKeyId: string }) {
  const { clients } = useSignedIn();
  const lastUsed = useQuery(accessKeyLastUsedQuery(clients.iam, UserName, AccessKeyId));
  if (lastUsed.isPending) return <StatusIndicator type="loading">Loading</StatusIndicator>;
  if (lastUsed.error != null) {
    return <StatusIndicator type="warning">Unavailable</StatusIndicator>;
  }
  const LastUsedDate = lastUsed.data?.LastUsedDate;
  if (!LastUsedDate) return <>Never</>;
  const ServiceName = lastUsed.data?.ServiceName;
  const service = ServiceName && ServiceName !== 'N/A' ? ` (${ServiceName})` : '';
  return <>{`${formatDateTime(LastUsedDate)}${service}`}</>;
}

function KeyActions({ UserName, accessKey }: { UserName: string; accessKey: AccessKeyMetadata }) {
  const { clients } = useSignedIn();
  const update = useUpdateAccessKey(clients.iam, UserName);
  const remove = useDeleteAccessKey(clients.iam, UserName);
  const AccessKeyId = accessKey.AccessKeyId ?? '';
  const Status = accessKey.Status === 'Active' ? 'Inactive' : 'Active';

  return (
    <StatusActions
      name={`access key ${AccessKeyId}`}
      Status={accessKey.Status}
      statusRequest={{ Action: 'UpdateAccessKey', input: { UserName, AccessKeyId, Status } }}
      deleteRequest={{ Action: 'DeleteAccessKey', input: { UserName, AccessKeyId } }}
      update={update}
      remove={remove}
      consequence="Programs that sign requests with this key stop working at once."
      typeToConfirm={AccessKeyId}
    />
  );
}

interface CreateKeyModalProps {
  UserName: string;
  create: ReturnType<typeof useCreateAccessKey>;
  onDismiss: () => void;
}

/** CreateAccessKey, confirmed with its code; the secret it answers is shown once afterwards. */
function CreateKeyModal({ UserName, create, onDismiss }: CreateKeyModalProps) {
  const request: IamRequest = { Action: 'CreateAccessKey', input: { UserName } };
  return (
    <ConfirmModal
      title={`Create an access key for ${UserName}?`}
      confirmLabel="Create access key"
      pending={create.isPending}
      error={create.error}
      onConfirm={() => create.mutate(request.input, { onSuccess: onDismiss })}
      onDismiss={() => {
        create.reset();
        onDismiss();
      }}
    >
      <SpaceBetween size="m">
        <span>
          The secret access key is shown once, on the next screen. Prefer temporary credentials
          (roles, IAM Identity Center) where a program can use them.
        </span>
        <ShowAsCode requests={[request]} />
      </SpaceBetween>
    </ConfirmModal>
  );
}

export function AccessKeysSection({ UserName }: { UserName: string }) {
  const { clients } = useSignedIn();
  const keys = useQuery(accessKeysQuery(clients.iam, UserName));
  const create = useCreateAccessKey(clients.iam, UserName);
  const [creating, setCreating] = useState(false);
  const atQuota = (keys.data?.length ?? 0) >= ACCESS_KEYS_PER_USER;
  const quotaReason =
    `${UserName} already has ${ACCESS_KEYS_PER_USER} access keys, the most IAM allows. ` +
    'Delete one to create another.';

  return (
    <SpaceBetween size="s">
      <Table<AccessKeyMetadata>
        variant="container"
        // Dates and long values wrap at narrow widths so the Actions column stays on screen.
        wrapLines
        items={keys.data ?? []}
        loading={keys.isPending}
        loadingText="Loading access keys"
        trackBy="AccessKeyId"
        header={
          <Header
            variant="h2"
            counter={keys.data ? `(${keys.data.length})` : undefined}
            description={
              atQuota
                ? quotaReason
                : 'Long-term credentials for the AWS CLI, SDKs and API calls. At most two.'
            }
            actions={
              <Button
                disabled={keys.isPending || atQuota}
                disabledReason={atQuota ? quotaReason : undefined}
                onClick={() => setCreating(true)}
              >
                Create access key
              </Button>
            }
          >
            Access keys
          </Header>
        }
        columnDefinitions={[
          {
            id: 'AccessKeyId',
            header: 'Access key ID',
            isRowHeader: true,
            cell: (key) => <Box variant="code">{key.AccessKeyId}</Box>,
          },
          statusColumn(),
          { id: 'CreateDate', header: 'Created', cell: (key) => formatDateTime(key.CreateDate) },
          {
            id: 'LastUsed',
            header: 'Last used',
            cell: (key) => <LastUsed UserName={UserName} AccessKeyId={key.AccessKeyId ?? ''} />,
          },
          statusActionsColumn((key) => <KeyActions UserName={UserName} accessKey={key} />),
        ]}
        empty={
          keys.error != null ? (
            <ErrorAlert
              header="Could not load access keys"
              error={keys.error}
              onRetry={() => void keys.refetch()}
            />
          ) : (
            <Box textAlign="center" color="inherit">
              <b>No access keys</b>
            </Box>
          )
        }
      />
      {creating && (
        <CreateKeyModal UserName={UserName} create={create} onDismiss={() => setCreating(false)} />
      )}
      {create.data && (
        <NewAccessKeyModal accessKey={create.data} onDismiss={() => create.reset()} />
      )}
    </SpaceBetween>
  );
}
