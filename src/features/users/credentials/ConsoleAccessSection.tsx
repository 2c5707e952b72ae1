import type { LoginProfile } from '@aws-sdk/client-iam';
import Button from '@cloudscape-design/components/button';
import Container from '@cloudscape-design/components/container';
import Header from '@cloudscape-design/components/header';
import KeyValuePairs from '@cloudscape-design/components/key-value-pairs';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Spinner from '@cloudscape-design/components/spinner';
import StatusIndicator from '@cloudscape-design/components/status-indicator';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import type { IamRequest } from '../../../code/iam-request.ts';
import { ShowAsCode } from '../../../code/ShowAsCode.tsx';
import { ConfirmModal } from '../../../components/ConfirmModal.tsx';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { formatDateTime } from '../../../components/format.ts';
import { useSignedIn } from '../../../session/SessionContext.tsx';
import { loginProfileQuery, useDeleteLoginProfile } from './api/login-profile.ts';
import { ConsolePasswordModal } from './ConsolePasswordModal.tsx';

function Status({ profile }: { profile: LoginProfile | null }) {
  if (!profile) {
    return (
      <KeyValuePairs
        columns={2}
        items={[
          {
            label: 'Console access',
            value: <StatusIndicator type="stopped">Disabled</StatusIndicator>,
          },
        ]}
      />
    );
  }
  return (
    <KeyValuePairs
      columns={2}
      items={[
        {
          label: 'Console access',
          value: (
            <StatusIndicator type="success">
              {`Enabled since ${formatDateTime(profile.CreateDate)}`}
            </StatusIndicator>
          ),
        },
        {
          label: 'Password reset required',
          value: profile.PasswordResetRequired ? 'Yes, at next sign-in' : 'No',
        },
      ]}
    />
  );
}

export function ConsoleAccessSection({ UserName }: { UserName: string }) {
  const { clients } = useSignedIn();
  const profile = useQuery(loginProfileQuery(clients.iam, UserName));
  const disable = useDeleteLoginProfile(clients.iam, UserName);
  const [modal, setModal] = useState<'enable' | 'reset' | 'disable' | undefined>();
  const enabled = profile.data != null;
  const disableRequest: IamRequest = { Action: 'DeleteLoginProfile', input: { UserName } };

  const actions = profile.isSuccess ? (
    <SpaceBetween direction="horizontal" size="xs">
      {enabled ? (
        <>
          <Button onClick={() => setModal('reset')}>Reset password</Button>
          <Button onClick={() => setModal('disable')}>Disable console access</Button>
        </>
      ) : (
        <Button onClick={() => setModal('enable')}>Enable console access</Button>
      )}
    </SpaceBetween>
  ) : undefined;

  return (
    <Container
      header={
        <Header variant="h2" actions={actions} description="The password for the AWS console.">
          Console password
        </Header>
      }
    >
      {profile.isPending && <Spinner />}
      {profile.error != null && (
        <ErrorAlert
          header="Could not read console access"
          error={profile.error}
          onRetry={() => void profile.refetch()}
        />
      )}
      {profile.isSuccess && <Status profile={profile.data} />}

      {(modal === 'enable' || modal === 'reset') && (
        <ConsolePasswordModal
          UserName={UserName}
          mode={modal}
          onDismiss={() => setModal(undefined)}
        />
      )}
      {modal === 'disable' && (
        <ConfirmModal
          title={`Disable console access for ${UserName}?`}
          confirmLabel="Disable"
          pending={disable.isPending}
          error={disable.error}
          onConfirm={() =>
            disable.mutate(disableRequest.input, { onSuccess: () => setModal(undefined) })
          }
          onDismiss={() => {
            setModal(undefined);
            disable.reset();
          }}
        >
          <SpaceBetween size="m">
            <span>
              The password is deleted and {UserName} can no longer sign in to the console. Access
              keys keep working.
            </span>
            <ShowAsCode requests={[disableRequest]} />
          </SpaceBetween>
        </ConfirmModal>
      )}
    </Container>
  );
}
