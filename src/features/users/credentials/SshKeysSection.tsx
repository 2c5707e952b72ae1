import type { SSHPublicKeyMetadata } from '@aws-sdk/client-iam';
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import Header from '@cloudscape-design/components/header';
import StatusIndicator from '@cloudscape-design/components/status-indicator';
import Table from '@cloudscape-design/components/table';
import { useQuery } from '@tanstack/react-query';
import { Fragment, useState } from 'react';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { formatDateTime } from '../../../components/format.ts';
import { useSignedIn } from '../../../session/SessionContext.tsx';
import {
  sshPublicKeyFingerprintQuery,
  sshPublicKeysQuery,
  useDeleteSshPublicKey,
  useUpdateSshPublicKey,
  useUploadSshPublicKey,
} from './api/ssh-public-keys.ts';
import { validateSshPublicKeyBody } from './credential-bodies.ts';
import { StatusActions } from './StatusActions.tsx';
import { UploadBodyModal } from './UploadBodyModal.tsx';
import { statusActionsColumn, statusColumn } from './status-column.tsx';

// "SSH public keys per user: 5." https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_iam-quotas.html
const SSH_KEYS_PER_USER = 5;

function Fingerprint({ UserName, SSHPublicKeyId }: { UserName: string; SSHPublicKeyId: string }) {
  const { clients } = useSignedIn();
  const fingerprint = useQuery(sshPublicKeyFingerprintQuery(clients.iam, UserName, SSHPublicKeyId));
  if (fingerprint.isPending) return <StatusIndicator type="loading">Loading</StatusIndicator>;
  if (fingerprint.error != null)
    return <StatusIndicator type="warning">Unavailable</StatusIndicator>;
  if (!fingerprint.data) return <Box variant="code">—</Box>;
  // 47 characters with no break in them would widen the column past the table's edge; a break
  // opportunity after each colon lets it wrap, and copying it still gives the colons only.
  const [first, ...rest] = fingerprint.data.split(':');
  return (
    <Box variant="code">
      {first}
      {rest.map((pair, index) => (
        <Fragment key={index}>
          :<wbr />
          {pair}
        </Fragment>
      ))}
    </Box>
  );
}

function KeyActions({ UserName, sshKey }: { UserName: string; sshKey: SSHPublicKeyMetadata }) {
  const { clients } = useSignedIn();
  const update = useUpdateSshPublicKey(clients.iam, UserName);
  const remove = useDeleteSshPublicKey(clients.iam, UserName);
  const SSHPublicKeyId = sshKey.SSHPublicKeyId ?? '';
  const Status = sshKey.Status === 'Active' ? 'Inactive' : 'Active';

  return (
    <StatusActions
      name={`SSH public key ${SSHPublicKeyId}`}
      Status={sshKey.Status}
      statusRequest={{ Action: 'UpdateSSHPublicKey', input: { UserName, SSHPublicKeyId, Status } }}
      deleteRequest={{ Action: 'DeleteSSHPublicKey', input: { UserName, SSHPublicKeyId } }}
      update={update}
      remove={remove}
      consequence="Git clients that authenticate with this key stop working at once."
    />
  );
}

export function SshKeysSection({ UserName }: { UserName: string }) {
  const { clients } = useSignedIn();
  const keys = useQuery(sshPublicKeysQuery(clients.iam, UserName));
  const upload = useUploadSshPublicKey(clients.iam, UserName);
  const [uploading, setUploading] = useState(false);
  const full = (keys.data?.length ?? 0) >= SSH_KEYS_PER_USER;

  return (
    <>
      <Table<SSHPublicKeyMetadata>
        variant="container"
        // Dates and long values wrap at narrow widths so the Actions column stays on screen.
        wrapLines
        items={keys.data ?? []}
        loading={keys.isPending}
        loadingText="Loading SSH public keys"
        trackBy="SSHPublicKeyId"
        header={
          <Header
            variant="h2"
            counter={keys.data ? `(${keys.data.length})` : undefined}
            description="Keys for authenticating to AWS CodeCommit over SSH. At most five."
            actions={
              <Button
                disabled={keys.isPending || full}
                disabledReason={full ? `A user can have at most ${SSH_KEYS_PER_USER}.` : undefined}
                onClick={() => setUploading(true)}
              >
                Upload SSH public key
              </Button>
            }
          >
            SSH public keys for AWS CodeCommit
          </Header>
        }
        columnDefinitions={[
          {
            id: 'SSHPublicKeyId',
            header: 'SSH key ID',
            isRowHeader: true,
            cell: (key) => <Box variant="code">{key.SSHPublicKeyId}</Box>,
          },
          statusColumn(),
          { id: 'UploadDate', header: 'Uploaded', cell: (key) => formatDateTime(key.UploadDate) },
          {
            id: 'Fingerprint',
            header: 'Fingerprint (MD5)',
            cell: (key) => (
              <Fingerprint UserName={UserName} SSHPublicKeyId={key.SSHPublicKeyId ?? ''} />
            ),
          },
          statusActionsColumn((key) => <KeyActions UserName={UserName} sshKey={key} />),
        ]}
        empty={
          keys.error != null ? (
            <ErrorAlert
              header="Could not load SSH public keys"
              error={keys.error}
              onRetry={() => void keys.refetch()}
            />
          ) : (
            <Box textAlign="center" color="inherit">
              <b>No SSH public keys</b>
            </Box>
          )
        }
      />
      {uploading && (
        <UploadBodyModal
          title={`Upload an SSH public key for ${UserName}`}
          label="SSH public key"
          description="The public key in OpenSSH (ssh-rsa AAAA…), RFC 4716 or PEM format."
          validate={validateSshPublicKeyBody}
          request={(SSHPublicKeyBody) => ({
            Action: 'UploadSSHPublicKey',
            input: { UserName, SSHPublicKeyBody },
          })}
          upload={upload}
          onDismiss={() => setUploading(false)}
        />
      )}
    </>
  );
}
