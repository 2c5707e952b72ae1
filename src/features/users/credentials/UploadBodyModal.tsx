import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import FormField from '@cloudscape-design/components/form-field';
import Modal from '@cloudscape-design/components/modal';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Textarea from '@cloudscape-design/components/textarea';
import type { UseMutationResult } from '@tanstack/react-query';
import { useState } from 'react';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';

interface UploadBodyModalProps {
  title: string;
  /** "SSH public key", "Certificate body". */
  label: string;
  description: string;
  validate: (body: string) => string | undefined;
  upload: UseMutationResult<unknown, Error, string>;
  onDismiss: () => void;
}

/** A pasted public credential (SSH key, X.509 certificate), checked, then uploaded. */
export function UploadBodyModal(props: UploadBodyModalProps) {
  const { upload } = props;
  const [body, setBody] = useState('');
  const [submitted, setSubmitted] = useState(false);
  const error = props.validate(body);
  const showError = submitted || body !== '';

  const dismiss = () => {
    upload.reset();
    props.onDismiss();
  };
  const submit = () => {
    setSubmitted(true);
    if (error === undefined) upload.mutate(body.trim(), { onSuccess: dismiss });
  };

  return (
    <Modal
      visible
      size="large"
      header={props.title}
      closeAriaLabel="Close"
      onDismiss={dismiss}
      footer={
        <Box float="right">
          <SpaceBetween direction="horizontal" size="xs">
            <Button variant="link" onClick={dismiss}>
              Cancel
            </Button>
            <Button variant="primary" loading={upload.isPending} onClick={submit}>
              Upload
            </Button>
          </SpaceBetween>
        </Box>
      }
    >
      <SpaceBetween size="m">
        <FormField
          label={props.label}
          description={props.description}
          errorText={showError ? error : undefined}
          stretch
        >
          <Textarea
            value={body}
            rows={10}
            spellcheck={false}
            invalid={showError && error !== undefined}
            onChange={({ detail }) => setBody(detail.value)}
          />
        </FormField>
        {upload.error != null && <ErrorAlert header="IAM refused it" error={upload.error} />}
      </SpaceBetween>
    </Modal>
  );
}
