import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import FormField from '@cloudscape-design/components/form-field';
import Input from '@cloudscape-design/components/input';
import Modal from '@cloudscape-design/components/modal';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useState, type FormEvent } from 'react';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { useFlash } from '../../components/flash.tsx';
import { useSignedIn } from '../../session/SessionContext.tsx';
import { validateAccountAlias } from './account-alias-form.ts';
import { useCreateAccountAlias } from './alias-mutations.ts';
import { ModalFooter } from '../../components/ModalFooter.tsx';

interface AccountAliasModalProps {
  current: string | undefined;
  onDismiss: () => void;
}

/** Creates the alias, or replaces the current one. */
export function AccountAliasModal({ current, onDismiss }: AccountAliasModalProps) {
  const { clients } = useSignedIn();
  const flash = useFlash();
  const create = useCreateAccountAlias(clients.iam);
  const [alias, setAlias] = useState(current ?? '');
  const [touched, setTouched] = useState(false);
  const error = validateAccountAlias(alias);

  const submit = () => {
    setTouched(true);
    if (error !== undefined || alias === current) return;
    create.mutate(alias, {
      onSuccess: () => {
        flash.show('account-alias', { type: 'success', header: `Account alias is now ${alias}.` });
        onDismiss();
      },
    });
  };

  return (
    <Modal
      visible
      header={current ? 'Edit account alias' : 'Create account alias'}
      closeAriaLabel="Close"
      onDismiss={onDismiss}
      footer={
        <ModalFooter onCancel={onDismiss}>
          <Button
            variant="primary"
            onClick={submit}
            loading={create.isPending}
            disabled={alias === current}
          >
            Save alias
          </Button>
        </ModalFooter>
      }
    >
      <form
        onSubmit={(event: FormEvent) => {
          event.preventDefault();
          submit();
        }}
        noValidate
      >
        <SpaceBetween size="m">
          <FormField
            label="Account alias"
            description="Replaces the account ID in the sign-in URL for IAM users. It must be unique across all of AWS."
            constraintText="3–63 lowercase letters, digits and single hyphens."
            errorText={touched ? error : undefined}
          >
            <Input
              value={alias}
              autoFocus
              autoComplete="off"
              spellcheck={false}
              invalid={touched && error !== undefined}
              onChange={({ detail }) => {
                setAlias(detail.value);
                setTouched(true);
                create.reset();
              }}
            />
          </FormField>
          {current && (
            <Box variant="small" color="text-status-warning">
              Sign-in URLs with the alias {current} stop working.
            </Box>
          )}
          {create.error != null && <ErrorAlert header="Alias not saved" error={create.error} />}
        </SpaceBetween>
      </form>
    </Modal>
  );
}
