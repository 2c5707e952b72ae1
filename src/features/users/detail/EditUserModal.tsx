import { UpdateUserCommand, type UpdateUserCommandInput } from '@aws-sdk/client-iam';
import Button from '@cloudscape-design/components/button';
import FormField from '@cloudscape-design/components/form-field';
import Input from '@cloudscape-design/components/input';
import Modal from '@cloudscape-design/components/modal';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useQueryClient } from '@tanstack/react-query';
import { useGuardedMutation } from '../../../aws/guarded-mutation.ts';
import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { userKeys } from '../../../aws/query-keys.ts';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { PathInput } from '../../../components/PathInput.tsx';
import { validatePath, validateUserName } from '../../../components/validation/iam-names.ts';
import { useSignedIn } from '../../../session/SessionContext.tsx';
import { ShowAsCode } from '../../../code/ShowAsCode.tsx';
import type { IamRequest } from '../../../code/iam-request.ts';
import { ModalFooter } from '../../../components/ModalFooter.tsx';

interface EditUserModalProps {
  UserName: string;
  Path: string;
  onDismiss: () => void;
}

/** UpdateUser with only what changed: an omitted NewUserName or NewPath is left as it is. */
export function updateUserRequest(
  current: { UserName: string; Path: string },
  edited: { UserName: string; Path: string },
): IamRequest & { Action: 'UpdateUser' } {
  const input: UpdateUserCommandInput = { UserName: current.UserName };
  if (edited.UserName !== current.UserName) input.NewUserName = edited.UserName;
  if (edited.Path !== current.Path) input.NewPath = edited.Path;
  return { Action: 'UpdateUser', input };
}

export function EditUserModal({ UserName, Path, onDismiss }: EditUserModalProps) {
  const { clients } = useSignedIn();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [edited, setEdited] = useState({ UserName, Path });

  const userNameError = validateUserName(edited.UserName);
  const pathError = validatePath(edited.Path);
  const request = updateUserRequest({ UserName, Path }, edited);
  const unchanged = request.input.NewUserName === undefined && request.input.NewPath === undefined;

  const update = useGuardedMutation({
    mutationFn: (input: UpdateUserCommandInput) => clients.iam.send(new UpdateUserCommand(input)),
    onSuccess: async (_output, input) => {
      const NewUserName = input.NewUserName ?? UserName;
      // The page still observes the old name until the navigation renders; refetching it now
      // would show NoSuchEntity for a moment, so the old entries are only marked stale.
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: userKeys.lists() }),
        queryClient.invalidateQueries({
          queryKey: userKeys.detail(UserName),
          refetchType: NewUserName === UserName ? 'active' : 'none',
        }),
      ]);
      onDismiss();
      if (NewUserName !== UserName) {
        await navigate(`/users/${encodeURIComponent(NewUserName)}`);
      }
    },
  });

  return (
    <Modal
      visible
      header={`Edit ${UserName}`}
      closeAriaLabel="Close"
      onDismiss={onDismiss}
      footer={
        <ModalFooter onCancel={onDismiss}>
          <Button
            variant="primary"
            disabled={unchanged || !!userNameError || !!pathError}
            loading={update.isPending}
            onClick={() => update.mutate(request.input)}
          >
            Save changes
          </Button>
        </ModalFooter>
      }
    >
      <SpaceBetween size="m">
        {update.error != null && (
          <ErrorAlert
            header="Could not update the user"
            error={update.error}
            onDismiss={() => update.reset()}
          />
        )}
        <FormField
          label="User name"
          // IAM compares user names without case: a case variant of another user is refused
          // with EntityAlreadyExists.
          // https://docs.aws.amazon.com/IAM/latest/APIReference/API_UpdateUser.html
          constraintText="Up to 64 letters, digits and + = , . @ _ -. Unique regardless of case."
          errorText={userNameError}
        >
          <Input
            value={edited.UserName}
            invalid={!!userNameError}
            autoComplete="off"
            spellcheck={false}
            onChange={({ detail }) => setEdited({ ...edited, UserName: detail.value })}
          />
        </FormField>
        <PathInput
          value={edited.Path}
          onChange={(value) => setEdited({ ...edited, Path: value })}
        />
        <ShowAsCode requests={unchanged ? [] : [request]} />
      </SpaceBetween>
    </Modal>
  );
}
