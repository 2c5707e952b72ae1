import type { AccessKey } from '@aws-sdk/client-iam';
import Alert from '@cloudscape-design/components/alert';
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import KeyValuePairs from '@cloudscape-design/components/key-value-pairs';
import Modal from '@cloudscape-design/components/modal';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { CopyButton } from '../../../components/CopyButton.tsx';
import { ACCESS_KEY_CSV_HEADER, downloadCsv, toCsv } from '../../../components/csv.ts';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { SecretOnce } from '../../../components/SecretOnce.tsx';
import { useCheckNewKey } from './api/check-key.ts';

interface CheckKeyProps {
  UserName: string;
  AccessKeyId: string;
  SecretAccessKey: string;
}

function CheckKey({ UserName, AccessKeyId, SecretAccessKey }: CheckKeyProps) {
  const check = useCheckNewKey(AccessKeyId, SecretAccessKey);
  const identity = check.data;
  // A user ARN is arn:aws:iam::<account>:user/<path><UserName>.
  const userPart = identity?.Arn?.split(':user/')[1];
  const matches = userPart?.split('/').pop() === UserName;

  return (
    <SpaceBetween size="xs">
      <Button loading={check.isPending} onClick={() => check.mutate()}>
        Check this key
      </Button>
      {identity && (
        <Alert type={matches ? 'success' : 'warning'} header="The key works">
          <KeyValuePairs
            columns={3}
            items={[
              { label: 'Caller ARN', value: identity.Arn },
              { label: 'User ID', value: identity.UserId },
              { label: 'Account', value: identity.Account },
            ]}
          />
          {!matches && <Box variant="small">The key maps to another identity than {UserName}.</Box>}
          {identity.attempts > 1 && (
            <Box variant="small">
              It answered after {identity.attempts} tries: new keys take a few seconds to propagate.
            </Box>
          )}
        </Alert>
      )}
      {check.error != null && (
        <ErrorAlert header="GetCallerIdentity with the new key failed" error={check.error} />
      )}
    </SpaceBetween>
  );
}

interface NewAccessKeyModalProps {
  accessKey: AccessKey;
  onDismiss: () => void;
}

/** The one time a secret access key can be seen: IAM never returns it again. */
export function NewAccessKeyModal({ accessKey, onDismiss }: NewAccessKeyModalProps) {
  const AccessKeyId = accessKey.AccessKeyId ?? '';
  const SecretAccessKey = accessKey.SecretAccessKey ?? '';

  const download = () => {
    const csv = toCsv(ACCESS_KEY_CSV_HEADER, [[AccessKeyId, SecretAccessKey]]);
    downloadCsv(`${accessKey.UserName ?? 'user'}_accessKeys.csv`, csv);
  };

  return (
    <Modal
      visible
      // A stray click beside the modal must not throw the secret away.
      onDismiss={(event) => {
        if (event.detail.reason !== 'overlay') onDismiss();
      }}
      closeAriaLabel="Close"
      header="Access key created"
      footer={
        <Box float="right">
          <SpaceBetween direction="horizontal" size="xs">
            <Button onClick={download}>Download .csv</Button>
            <Button variant="primary" onClick={onDismiss}>
              Done
            </Button>
          </SpaceBetween>
        </Box>
      }
    >
      <SpaceBetween size="m">
        <Alert type="warning">
          This is the only time the secret access key can be viewed or downloaded. Store it now; if
          it is lost, delete the key and create a new one.
        </Alert>
        <KeyValuePairs
          columns={1}
          items={[
            {
              label: 'Access key ID',
              value: <CopyButton variant="inline" text={AccessKeyId} label="Access key ID" />,
            },
          ]}
        />
        <SecretOnce label="Secret access key" value={SecretAccessKey} />
        <CheckKey
          UserName={accessKey.UserName ?? ''}
          AccessKeyId={AccessKeyId}
          SecretAccessKey={SecretAccessKey}
        />
      </SpaceBetween>
    </Modal>
  );
}
