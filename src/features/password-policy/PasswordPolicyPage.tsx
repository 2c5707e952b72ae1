import type { PasswordPolicy } from '@aws-sdk/client-iam';
import Alert from '@cloudscape-design/components/alert';
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import Container from '@cloudscape-design/components/container';
import ContentLayout from '@cloudscape-design/components/content-layout';
import Header from '@cloudscape-design/components/header';
import KeyValuePairs from '@cloudscape-design/components/key-value-pairs';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Spinner from '@cloudscape-design/components/spinner';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { ShowAsCode } from '../../code/ShowAsCode.tsx';
import { ConfirmModal } from '../../components/ConfirmModal.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { useFlash } from '../../components/flash.tsx';
import { useSignedIn } from '../../session/SessionContext.tsx';
import {
  passwordPolicyQuery,
  useDeletePasswordPolicy,
  useUpdatePasswordPolicy,
} from '../../aws/password-policy.ts';
import {
  formFromPolicy,
  NEW_PASSWORD_POLICY_FORM,
  requestFromForm,
} from './password-policy-form.ts';
import { PasswordPolicyEditor } from './PasswordPolicyEditor.tsx';

const yesNo = (value: boolean | undefined) => (value ? 'Required' : 'Not required');

function PolicyView({ policy }: { policy: PasswordPolicy }) {
  return (
    <KeyValuePairs
      columns={3}
      items={[
        {
          label: 'Minimum password length',
          value: `${policy.MinimumPasswordLength ?? 6} characters`,
        },
        { label: 'Uppercase letter', value: yesNo(policy.RequireUppercaseCharacters) },
        { label: 'Lowercase letter', value: yesNo(policy.RequireLowercaseCharacters) },
        { label: 'Number', value: yesNo(policy.RequireNumbers) },
        { label: 'Symbol', value: yesNo(policy.RequireSymbols) },
        {
          label: 'Password expiration',
          value: policy.ExpirePasswords ? `After ${policy.MaxPasswordAge} days` : 'Never',
        },
        {
          label: 'Expired passwords',
          value: policy.HardExpiry ? 'Need an administrator reset' : 'Users choose a new one',
        },
        {
          label: 'Users change their own password',
          value: policy.AllowUsersToChangePassword ? 'Allowed' : 'Not allowed',
        },
        {
          label: 'Password reuse',
          value: policy.PasswordReusePrevention
            ? `Prevented for the last ${policy.PasswordReusePrevention}`
            : 'Allowed',
        },
      ]}
    />
  );
}

/** IAM's rules for an account without a policy, from the IAM User Guide. */
function DefaultPolicyView() {
  return (
    <SpaceBetween size="xs">
      <Box variant="p">
        This account has no password policy, so IAM&apos;s default applies: at least 8 characters,
        at least three of uppercase letters, lowercase letters, numbers and symbols, and not the
        same as the account name or email address. Passwords never expire, and users may change
        their own password only when a policy allows them to.
      </Box>
    </SpaceBetween>
  );
}

export default function PasswordPolicyPage() {
  const { clients } = useSignedIn();
  const flash = useFlash();
  const policy = useQuery(passwordPolicyQuery(clients.iam));
  const update = useUpdatePasswordPolicy(clients.iam);
  const remove = useDeletePasswordPolicy(clients.iam);
  const [editing, setEditing] = useState(false);
  const [deleting, setDeleting] = useState(false);

  const header = (
    <Header
      variant="h1"
      description="The rules every IAM user's console password must follow in this account."
      actions={
        !editing && (
          <SpaceBetween direction="horizontal" size="xs">
            <Button
              disabled={!policy.data}
              onClick={() => {
                remove.reset();
                setDeleting(true);
              }}
            >
              Delete
            </Button>
            <Button variant="primary" disabled={policy.isPending} onClick={() => setEditing(true)}>
              Edit
            </Button>
          </SpaceBetween>
        )
      }
    >
      Password policy
    </Header>
  );

  let content;
  if (policy.isPending) content = <Spinner size="large" />;
  else if (policy.error) {
    content = (
      <ErrorAlert
        header="Could not read the password policy"
        error={policy.error}
        onRetry={() => void policy.refetch()}
      />
    );
  } else if (editing) {
    content = (
      <PasswordPolicyEditor
        initial={policy.data ? formFromPolicy(policy.data) : NEW_PASSWORD_POLICY_FORM}
        submitting={update.isPending}
        error={update.error != null && <ErrorAlert header="Not saved" error={update.error} />}
        onCancel={() => {
          update.reset();
          setEditing(false);
        }}
        onSubmit={(form) =>
          update.mutate(requestFromForm(form), {
            onSuccess: () => {
              setEditing(false);
              flash.show('password-policy', {
                type: 'success',
                header: 'Password policy saved.',
              });
            },
          })
        }
      />
    );
  } else {
    content = (
      <Container header={<Header variant="h2">Current policy</Header>}>
        {policy.data ? <PolicyView policy={policy.data} /> : <DefaultPolicyView />}
      </Container>
    );
  }

  return (
    <ContentLayout header={header}>
      <SpaceBetween size="l">
        {policy.data?.ExpirePasswords === false && policy.data.HardExpiry && (
          <Alert type="info">Hard expiry has no effect while passwords never expire.</Alert>
        )}
        {content}
      </SpaceBetween>
      {deleting && (
        <ConfirmModal
          title="Delete the password policy?"
          confirmLabel="Delete"
          pending={remove.isPending}
          error={remove.error}
          onDismiss={() => setDeleting(false)}
          onConfirm={() =>
            remove.mutate(undefined, {
              onSuccess: () => {
                setDeleting(false);
                flash.show('password-policy', {
                  type: 'success',
                  header: "Password policy deleted: IAM's default rules apply.",
                });
              },
            })
          }
        >
          <SpaceBetween size="m">
            <span>
              New passwords will follow IAM&apos;s default rules instead. Passwords already set stay
              valid.
            </span>
            <ShowAsCode requests={[{ Action: 'DeleteAccountPasswordPolicy', input: {} }]} />
          </SpaceBetween>
        </ConfirmModal>
      )}
    </ContentLayout>
  );
}
