import type { AccessKey } from '@aws-sdk/client-iam';
import Alert from '@cloudscape-design/components/alert';
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import KeyValuePairs from '@cloudscape-design/components/key-value-pairs';
import Modal from '@cloudscape-design/components/modal';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { CopyButton } from '../../components/CopyButton.tsx';
import { ACCESS_KEY_CSV_HEADER, downloadCsv, toCsv } from '../../components/csv.ts';
import { SecretOnce } from '../../components/SecretOnce.tsx';

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
      </SpaceBetween>
    </Modal>
  );
}
