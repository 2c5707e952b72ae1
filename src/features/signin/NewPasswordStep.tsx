import { ChangePasswordCommand } from '@aws-sdk/client-iam';
import Alert from '@cloudscape-design/components/alert';
import Button from '@cloudscape-design/components/button';
import Container from '@cloudscape-design/components/container';
import Form from '@cloudscape-design/components/form';
import FormField from '@cloudscape-design/components/form-field';
import Header from '@cloudscape-design/components/header';
import Input from '@cloudscape-design/components/input';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useGuardedMutation } from '../../aws/guarded-mutation.ts';
import { useState, type FormEvent } from 'react';
import { createAwsClients } from '../../aws/clients.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import type { Session } from '../../session/types.ts';
import { validateNewPassword, type NewPasswordForm } from './new-password-form.ts';

interface NewPasswordStepProps {
  /** The temporary session the password sign-in returned; kept in memory until this is done. */
  session: Session;
  oldPassword: string;
  onChanged: (session: Session) => void;
  onCancel: () => void;
}

/**
 * The login profile requires a new password: the user chooses one through iam:ChangePassword,
 * signed with the sign-in's temporary credentials, before reaching the console.
 * https://docs.aws.amazon.com/IAM/latest/APIReference/API_ChangePassword.html
 */
export function NewPasswordStep({
  session,
  oldPassword,
  onChanged,
  onCancel,
}: NewPasswordStepProps) {
  const [form, setForm] = useState<NewPasswordForm>({ newPassword: '', confirmPassword: '' });
  const [submitted, setSubmitted] = useState(false);
  const errors = validateNewPassword(form, oldPassword);
  const shown = submitted ? errors : {};

  const change = useGuardedMutation({
    mutationFn: (NewPassword: string) =>
      createAwsClients(session).iam.send(
        new ChangePasswordCommand({ OldPassword: oldPassword, NewPassword }),
      ),
    onSuccess: () => onChanged(session),
  });

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    if (Object.keys(errors).length === 0) change.mutate(form.newPassword);
  };
  const set = (patch: Partial<NewPasswordForm>) => {
    setForm((current) => ({ ...current, ...patch }));
    change.reset();
  };

  return (
    <Container header={<Header variant="h1">Choose a new password</Header>}>
      <form onSubmit={onSubmit} noValidate>
        <Form
          actions={
            <SpaceBetween direction="horizontal" size="xs">
              <Button formAction="none" variant="link" onClick={onCancel}>
                Cancel
              </Button>
              <Button variant="primary" formAction="submit" loading={change.isPending}>
                Confirm password change
              </Button>
            </SpaceBetween>
          }
        >
          <SpaceBetween size="l">
            <Alert type="info">
              Your administrator requires {session.identity.Arn} to choose a new password before
              using the console.
            </Alert>
            <FormField label="New password" errorText={shown.newPassword}>
              <Input
                type="password"
                autoComplete="new-password"
                value={form.newPassword}
                invalid={shown.newPassword !== undefined}
                onChange={({ detail }) => set({ newPassword: detail.value })}
              />
            </FormField>
            <FormField label="Retype new password" errorText={shown.confirmPassword}>
              <Input
                type="password"
                autoComplete="new-password"
                value={form.confirmPassword}
                invalid={shown.confirmPassword !== undefined}
                onChange={({ detail }) => set({ confirmPassword: detail.value })}
              />
            </FormField>
            {change.error != null && (
              <ErrorAlert header="Password not changed" error={change.error} />
            )}
          </SpaceBetween>
        </Form>
      </form>
    </Container>
  );
}
