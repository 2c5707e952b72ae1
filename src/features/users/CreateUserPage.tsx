import Container from '@cloudscape-design/components/container';
import Header from '@cloudscape-design/components/header';
import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { useFlash } from '../../components/flash.tsx';
import { useAccountAlias } from '../../session/account-alias.ts';
import { useSignedIn } from '../../session/SessionContext.tsx';
import { useDraftState } from '../../session/use-draft.ts';
import { signInUrls } from '../../session/sign-in-url.ts';
import {
  EMPTY_CREATE_USER_FORM,
  type CreateUserForm as FormState,
} from './create/create-user-form.ts';
import type { CreateUserResult } from './create/create-user-steps.ts';
import { CreateUserWizard } from './create/CreateUserWizard.tsx';
import { CredentialsView } from './create/CredentialsView.tsx';
import { StepsProgress } from '../../components/StepsProgress.tsx';
import { useCreateUser } from './create/use-create-user.ts';

// The draft that survives a forced sign-in never holds the password typed for the user.
function withoutPassword(form: FormState): FormState {
  return { ...form, password: { ...form.password, custom: '' } };
}

export default function CreateUserPage() {
  const { clients, session } = useSignedIn();
  const { alias } = useAccountAlias();
  const navigate = useNavigate();
  const flash = useFlash();
  const [form, setForm, discardDraft] = useDraftState(
    'create-user',
    EMPTY_CREATE_USER_FORM,
    withoutPassword,
  );
  // Secrets stay in this component's memory: never in the URL, history state or storage.
  const [result, setResult] = useState<CreateUserResult | undefined>();
  const { mutation, steps } = useCreateUser(clients.iam);

  const urls = signInUrls(session.target, alias ?? session.identity.Account, window.location);
  const consoleSignInUrl = urls.hostForm ?? urls.pathForm;

  const submit = () =>
    mutation.mutate(form, {
      onSuccess: (run) => {
        const failedFirstStep = !run.userCreated;
        const hasSecrets = run.Password !== undefined || run.AccessKey !== undefined;
        const failed = run.steps.some((step) => step.status === 'error');
        if (failedFirstStep) return;
        discardDraft();
        if (!hasSecrets && !failed) {
          flash.show(`create-user-${run.UserName}`, {
            type: 'success',
            header: `Created user ${run.UserName}`,
          });
          void navigate(`/users/${encodeURIComponent(run.UserName)}`);
          return;
        }
        setResult(run);
      },
    });

  if (result) return <CredentialsView result={result} consoleSignInUrl={consoleSignInUrl} />;

  const showProgress = mutation.isPending || steps.some((step) => step.status === 'error');
  return (
    <CreateUserWizard
      value={form}
      onChange={setForm}
      onSubmit={submit}
      onCancel={() => {
        discardDraft();
        void navigate('/users');
      }}
      submitting={mutation.isPending}
      status={
        <>
          {showProgress && (
            <Container header={<Header variant="h2">Progress</Header>}>
              <StepsProgress steps={steps} />
            </Container>
          )}
          {mutation.error != null && <ErrorAlert error={mutation.error} />}
        </>
      }
    />
  );
}
