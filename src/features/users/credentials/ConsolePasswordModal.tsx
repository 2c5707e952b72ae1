import Alert from '@cloudscape-design/components/alert';
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import Modal from '@cloudscape-design/components/modal';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { ShowAsCode } from '../../../code/ShowAsCode.tsx';
import { CopyButton } from '../../../components/CopyButton.tsx';
import { CREDENTIALS_CSV_HEADER, downloadCsv, toCsv } from '../../../components/csv.ts';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import {
  DEFAULT_PASSWORD_CHOICE,
  passwordChoiceIsValid,
  resolvePassword,
  type PasswordChoice,
} from '../../../components/password-choice.ts';
import { PasswordFields } from '../../../components/PasswordFields.tsx';
import { SecretOnce } from '../../../components/SecretOnce.tsx';
import { useAccountAlias } from '../../../session/account-alias.ts';
import { useSignedIn } from '../../../session/SessionContext.tsx';
import { signInUrls } from '../../../session/sign-in-url.ts';
import {
  useCreateLoginProfile,
  useUpdateLoginProfile,
  type PasswordInput,
} from './api/login-profile.ts';
import { passwordPolicyQuery } from '../../../aws/password-policy.ts';
import { consolePasswordRequest } from './console-password-request.ts';
import { passwordPolicyProblems } from './password-policy-check.ts';
import { PasswordPolicyNote } from './PasswordPolicyNote.tsx';

interface ConsolePasswordModalProps {
  UserName: string;
  /** enable: CreateLoginProfile; reset: UpdateLoginProfile with a new password. */
  mode: 'enable' | 'reset';
  onDismiss: () => void;
}

export function ConsolePasswordModal({ UserName, mode, onDismiss }: ConsolePasswordModalProps) {
  const { clients, session } = useSignedIn();
  const { alias } = useAccountAlias();
  const create = useCreateLoginProfile(clients.iam, UserName);
  const update = useUpdateLoginProfile(clients.iam, UserName);
  const mutation = mode === 'enable' ? create : update;

  const policy = useQuery(passwordPolicyQuery(clients.iam));
  const [choice, setChoice] = useState<PasswordChoice>(DEFAULT_PASSWORD_CHOICE);
  const [submitted, setSubmitted] = useState(false);
  // The password lives only in this modal's state, to be shown once and then dropped.
  const [issued, setIssued] = useState<PasswordInput | undefined>();

  const signInUrl = signInUrls(session.target, alias ?? session.identity.Account, window.location);
  const consoleUrl = signInUrl.hostForm ?? signInUrl.pathForm;

  // Unreadable policy (no iam:GetAccountPasswordPolicy): IAM still enforces it on submit.
  const policyProblems = passwordPolicyProblems(choice, policy.data ?? null);

  // A generated password is made once a choice, so that the code shown and the call sent carry
  // the same request; the code writes a placeholder instead of it.
  const valid = passwordChoiceIsValid(choice);
  const Password = useMemo(() => (valid ? resolvePassword(choice) : ''), [valid, choice]);
  const request = consolePasswordRequest(mode, UserName, choice, Password);

  const submit = () => {
    setSubmitted(true);
    if (!valid || policyProblems.length > 0) return;
    const onSuccess = () =>
      setIssued({ Password, PasswordResetRequired: choice.PasswordResetRequired });
    if (request.Action === 'CreateLoginProfile') create.mutate(request.input, { onSuccess });
    else update.mutate(request.input, { onSuccess });
  };

  const download = () => {
    if (!issued) return;
    const csv = toCsv(CREDENTIALS_CSV_HEADER, [[UserName, issued.Password, '', '', consoleUrl]]);
    downloadCsv(`${UserName}_credentials.csv`, csv);
  };

  const title = mode === 'enable' ? 'Enable console access' : 'Reset password';
  return (
    <Modal
      visible
      onDismiss={(event) => {
        if (!issued || event.detail.reason !== 'overlay') onDismiss();
      }}
      closeAriaLabel="Close"
      header={issued ? `Console password for ${UserName}` : `${title} for ${UserName}`}
      footer={
        <Box float="right">
          <SpaceBetween direction="horizontal" size="xs">
            {issued ? (
              <>
                <Button onClick={download}>Download .csv</Button>
                <Button variant="primary" onClick={onDismiss}>
                  Done
                </Button>
              </>
            ) : (
              <>
                <Button variant="link" onClick={onDismiss}>
                  Cancel
                </Button>
                <Button variant="primary" loading={mutation.isPending} onClick={submit}>
                  {title}
                </Button>
              </>
            )}
          </SpaceBetween>
        </Box>
      }
    >
      {issued ? (
        <SpaceBetween size="m">
          <Alert type="warning">
            This is the only time the password is shown. Give it to {UserName} now
            {issued.PasswordResetRequired ? '; they must change it when they first sign in.' : '.'}
          </Alert>
          <SecretOnce label="Console password" value={issued.Password} />
          <div>
            <Box variant="awsui-key-label">Console sign-in URL</Box>
            <CopyButton variant="inline" text={consoleUrl} label="Console sign-in URL" />
          </div>
        </SpaceBetween>
      ) : (
        <SpaceBetween size="m">
          <PasswordFields value={choice} onChange={setChoice} showErrors={submitted} />
          <PasswordPolicyNote
            policy={policy}
            problems={policyProblems}
            touched={submitted || choice.mode === 'generated' || choice.custom !== ''}
          />
          <ShowAsCode requests={valid ? [request] : []} />
          {mutation.error != null && <ErrorAlert error={mutation.error} />}
        </SpaceBetween>
      )}
    </Modal>
  );
}
