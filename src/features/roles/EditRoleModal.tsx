import type { Role } from '@aws-sdk/client-iam';
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import FormField from '@cloudscape-design/components/form-field';
import Modal from '@cloudscape-design/components/modal';
import Select from '@cloudscape-design/components/select';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Textarea from '@cloudscape-design/components/textarea';
import { useState } from 'react';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { useSignedIn } from '../../session/SessionContext.tsx';
import { ShowAsCode } from '../../code/ShowAsCode.tsx';
import type { IamRequest } from '../../code/iam-request.ts';
import { useUpdateRole } from './api/role-mutations.ts';
import { validateMaxSessionHours, validateRoleDescription } from './create/create-role-form.ts';
import { SESSION_HOUR_OPTIONS } from './create/RoleDetailsStep.tsx';
import { ModalFooter } from '../../components/ModalFooter.tsx';

/** Description and maximum session duration: what UpdateRole changes. */
export function EditRoleModal({ role, onDismiss }: { role: Role; onDismiss: () => void }) {
  const { clients } = useSignedIn();
  const update = useUpdateRole(clients.iam, role.RoleName ?? '');
  const [Description, setDescription] = useState(role.Description ?? '');
  // A duration set outside the console may not be whole hours; it rounds up to the next hour.
  const [hours, setHours] = useState(Math.ceil((role.MaxSessionDuration ?? 3600) / 3600));

  const descriptionError = validateRoleDescription(Description);
  const hoursError = validateMaxSessionHours(hours);
  const request: IamRequest & { Action: 'UpdateRole' } = {
    Action: 'UpdateRole',
    input: { RoleName: role.RoleName ?? '', Description, MaxSessionDuration: hours * 3600 },
  };
  const save = () => update.mutate(request, { onSuccess: onDismiss });

  return (
    <Modal
      visible
      onDismiss={onDismiss}
      closeAriaLabel="Close"
      header={`Edit ${role.RoleName}`}
      footer={
        <ModalFooter onCancel={onDismiss}>
          <Button
            variant="primary"
            disabled={descriptionError !== undefined || hoursError !== undefined}
            loading={update.isPending}
            onClick={save}
          >
            Save changes
          </Button>
        </ModalFooter>
      }
    >
      <SpaceBetween size="m">
        <FormField label="Description" errorText={descriptionError}>
          <Textarea
            value={Description}
            rows={3}
            onChange={({ detail }) => setDescription(detail.value)}
          />
        </FormField>
        <FormField label="Maximum session duration" errorText={hoursError}>
          <Select
            selectedOption={
              SESSION_HOUR_OPTIONS.find((option) => option.value === String(hours)) ?? null
            }
            options={SESSION_HOUR_OPTIONS}
            onChange={({ detail }) => setHours(Number(detail.selectedOption.value))}
          />
        </FormField>
        <Box variant="small" color="text-body-secondary">
          The path ({role.Path}) cannot change: IAM fixes a role&apos;s path at creation.
        </Box>
        {update.error != null && <ErrorAlert header="Could not save" error={update.error} />}
        <ShowAsCode requests={[request]} />
      </SpaceBetween>
    </Modal>
  );
}
