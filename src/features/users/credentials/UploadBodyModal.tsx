import Button from '@cloudscape-design/components/button';
import FormField from '@cloudscape-design/components/form-field';
import Modal from '@cloudscape-design/components/modal';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Textarea from '@cloudscape-design/components/textarea';
import type { UseMutationResult } from '@tanstack/react-query';
import { useState } from 'react';
import type { IamRequest } from '../../../code/iam-request.ts';
import { ShowAsCode } from '../../../code/ShowAsCode.tsx';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { ModalFooter } from '../../../components/ModalFooter.tsx';

type UploadRequest = Extract<
  IamRequest,
  { Action: 'UploadSSHPublicKey' | 'UploadSigningCertificate' }
>;

// Generic over the input, taken from the mutation, so the request built is the one it sends.
interface UploadBodyModalProps<UploadInput> {
  title: string;
  /** "SSH public key", "Certificate body". */
  label: string;
  description: string;
  validate: (body: string) => string | undefined;
  /** The upload request for a body, as shown in code and sent. */
  request: (body: string) => UploadRequest & { input: NoInfer<UploadInput> };
  upload: UseMutationResult<unknown, Error, UploadInput>;
  onDismiss: () => void;
}

/** A pasted public credential (SSH key, X.509 certificate), checked, then uploaded. */
export function UploadBodyModal<UploadInput>(props: UploadBodyModalProps<UploadInput>) {
  const { upload } = props;
  const [body, setBody] = useState('');
  const [submitted, setSubmitted] = useState(false);
  const error = props.validate(body);
  const showError = submitted || body !== '';
  // IAM reads the body as pasted; trimming drops the newline a copy from a terminal carries.
  const request = props.request(body.trim());

  const dismiss = () => {
    upload.reset();
    props.onDismiss();
  };
  const submit = () => {
    setSubmitted(true);
    if (error === undefined) upload.mutate(request.input, { onSuccess: dismiss });
  };

  return (
    <Modal
      visible
      size="large"
      header={props.title}
      closeAriaLabel="Close"
      onDismiss={dismiss}
      footer={
        <ModalFooter onCancel={dismiss}>
          <Button variant="primary" loading={upload.isPending} onClick={submit}>
            Upload
          </Button>
        </ModalFooter>
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
        <ShowAsCode requests={error === undefined ? [request] : []} />
        {upload.error != null && <ErrorAlert header="IAM refused it" error={upload.error} />}
      </SpaceBetween>
    </Modal>
  );
}
