import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import FormField from '@cloudscape-design/components/form-field';
import Input from '@cloudscape-design/components/input';
import Modal from '@cloudscape-design/components/modal';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { useSignedIn } from '../../session/SessionContext.tsx';
import { useCreateServiceLinkedRole } from './api/service-linked-roles.ts';
import { validateRoleDescription } from './create/create-role-form.ts';
import { ModalFooter } from '../../components/ModalFooter.tsx';

// The service principal is `<service>.amazonaws.com`, as CreateServiceLinkedRole's
// AWSServiceName takes it:
// https://docs.aws.amazon.com/IAM/latest/APIReference/API_CreateServiceLinkedRole.html
const SERVICE_NAME = /^[a-z0-9][a-z0-9.-]*\.amazonaws\.com$/;

export function CreateServiceLinkedRoleModal({ onDismiss }: { onDismiss: () => void }) {
  const { clients } = useSignedIn();
  const navigate = useNavigate();
  const create = useCreateServiceLinkedRole(clients.iam);
  const [AWSServiceName, setAWSServiceName] = useState('');
  const [Description, setDescription] = useState('');
  const [CustomSuffix, setCustomSuffix] = useState('');

  const serviceError =
    AWSServiceName === '' || SERVICE_NAME.test(AWSServiceName.trim())
      ? undefined
      : 'Enter the service principal, such as elasticbeanstalk.amazonaws.com.';
  const suffixError =
    CustomSuffix === '' || /^[\w+=,.@-]{1,64}$/.test(CustomSuffix)
      ? undefined
      : 'A suffix has up to 64 letters, digits and + = , . @ _ -.';
  const descriptionError = validateRoleDescription(Description);
  const invalid = AWSServiceName === '' || !!serviceError || !!suffixError || !!descriptionError;

  const submit = () =>
    create.mutate(
      { AWSServiceName, Description, CustomSuffix },
      {
        onSuccess: (role) => {
          onDismiss();
          if (role?.RoleName) void navigate(`/roles/${encodeURIComponent(role.RoleName)}`);
        },
      },
    );

  return (
    <Modal
      visible
      onDismiss={onDismiss}
      closeAriaLabel="Close"
      header="Create service-linked role"
      footer={
        <ModalFooter onCancel={onDismiss}>
          <Button variant="primary" disabled={invalid} loading={create.isPending} onClick={submit}>
            Create
          </Button>
        </ModalFooter>
      }
    >
      <SpaceBetween size="m">
        <Box variant="p">
          The service names the role, sets its trust and permissions, and puts it under
          /aws-service-role/. Only some services allow a custom suffix.
        </Box>
        <FormField label="AWS service name" errorText={serviceError}>
          <Input
            value={AWSServiceName}
            placeholder="elasticbeanstalk.amazonaws.com"
            onChange={({ detail }) => setAWSServiceName(detail.value)}
          />
        </FormField>
        <FormField label="Description - optional" errorText={descriptionError}>
          <Input value={Description} onChange={({ detail }) => setDescription(detail.value)} />
        </FormField>
        <FormField label="Custom suffix - optional" errorText={suffixError}>
          <Input value={CustomSuffix} onChange={({ detail }) => setCustomSuffix(detail.value)} />
        </FormField>
        {create.error != null && (
          <ErrorAlert header="Could not create the service-linked role" error={create.error} />
        )}
      </SpaceBetween>
    </Modal>
  );
}
