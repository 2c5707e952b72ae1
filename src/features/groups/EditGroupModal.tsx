import Button from '@cloudscape-design/components/button';
import FormField from '@cloudscape-design/components/form-field';
import Input from '@cloudscape-design/components/input';
import Modal from '@cloudscape-design/components/modal';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useState } from 'react';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { PathInput } from '../../components/PathInput.tsx';
import { validateGroupName, validatePath } from '../../components/validation/iam-names.ts';
import { useSignedIn } from '../../session/SessionContext.tsx';
import { ShowAsCode } from '../../code/ShowAsCode.tsx';
import { updateGroupRequest, useUpdateGroup } from './api/group-mutations.ts';
import { ModalFooter } from '../../components/ModalFooter.tsx';

interface EditGroupModalProps {
  GroupName: string;
  Path: string;
  UserNames: string[];
  onDismiss: () => void;
  onUpdated: (NewGroupName: string) => void;
}

const RENAME_NOTE =
  "The group's ARN changes with its name; policies that name the old ARN stop matching it.";

/** Rename and move a group (UpdateGroup NewGroupName / NewPath). */
export function EditGroupModal(props: EditGroupModalProps) {
  const { GroupName, Path } = props;
  const { clients } = useSignedIn();
  const update = useUpdateGroup(clients.iam, GroupName);
  const [NewGroupName, setNewGroupName] = useState(GroupName);
  const [NewPath, setNewPath] = useState(Path);

  const nameError = validateGroupName(NewGroupName);
  const unchanged = NewGroupName === GroupName && NewPath === Path;
  const invalid = nameError !== undefined || validatePath(NewPath) !== undefined;

  const request = updateGroupRequest(
    { GroupName, Path },
    { GroupName: NewGroupName, Path: NewPath },
  );
  const save = () =>
    update.mutate(
      { request, UserNames: props.UserNames },
      { onSuccess: () => props.onUpdated(NewGroupName) },
    );

  return (
    <Modal
      visible
      onDismiss={props.onDismiss}
      closeAriaLabel="Close"
      header={`Edit ${GroupName}`}
      footer={
        <ModalFooter onCancel={props.onDismiss}>
          <Button
            variant="primary"
            disabled={unchanged || invalid}
            loading={update.isPending}
            onClick={save}
          >
            Save changes
          </Button>
        </ModalFooter>
      }
    >
      <SpaceBetween size="m">
        <FormField label="Group name" description={RENAME_NOTE} errorText={nameError}>
          <Input value={NewGroupName} onChange={({ detail }) => setNewGroupName(detail.value)} />
        </FormField>
        <PathInput value={NewPath} onChange={setNewPath} />
        {update.error != null && (
          <ErrorAlert header="Could not update the group" error={update.error} />
        )}
        <ShowAsCode requests={unchanged ? [] : [request]} />
      </SpaceBetween>
    </Modal>
  );
}
