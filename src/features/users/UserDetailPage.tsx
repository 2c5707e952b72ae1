import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import Container from '@cloudscape-design/components/container';
import ContentLayout from '@cloudscape-design/components/content-layout';
import Header from '@cloudscape-design/components/header';
import KeyValuePairs from '@cloudscape-design/components/key-value-pairs';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Table from '@cloudscape-design/components/table';
import { useQuery } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { useNavigate } from 'react-router-dom';
import { hasAwsCode } from '../../aws/errors.ts';
import { ConfirmModal } from '../../components/ConfirmModal.tsx';
import { CopyButton } from '../../components/CopyButton.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { useFlash } from '../../components/flash.tsx';
import { formatDateTime } from '../../components/format.ts';
import { RouterLink } from '../../components/RouterLink.tsx';
import { SectionBoundary } from '../../components/SectionBoundary.tsx';
import { TagsTable } from '../../components/TagsTable.tsx';
import { useSignedIn } from '../../session/SessionContext.tsx';
import { useDeleteUser } from './api/user-mutations.ts';
import { groupsForUserQuery, userDetailQuery } from './api/user-queries.ts';

interface UserDetailPageProps {
  UserName: string;
  /** The access key and console password sections, composed in by the app. */
  credentials?: ReactNode;
}

function DeleteUserButton({ UserName }: { UserName: string }) {
  const { clients } = useSignedIn();
  const navigate = useNavigate();
  const flash = useFlash();
  const [open, setOpen] = useState(false);
  const deleteUser = useDeleteUser(clients.iam);

  const close = () => {
    setOpen(false);
    deleteUser.reset();
  };
  const confirm = () =>
    deleteUser.mutate(UserName, {
      onSuccess: () => {
        flash.show(`delete-user-${UserName}`, { type: 'success', header: `Deleted ${UserName}` });
        void navigate('/users');
      },
    });

  return (
    <>
      <Button onClick={() => setOpen(true)}>Delete user</Button>
      {open && (
        <ConfirmModal
          title={`Delete ${UserName}?`}
          confirmLabel="Delete"
          typeToConfirm={UserName}
          pending={deleteUser.isPending}
          error={deleteUser.error}
          onConfirm={confirm}
          onDismiss={close}
        >
          The user and its ARN stop existing; policies that name the ARN no longer match it. IAM
          refuses while the user still has a console password, access keys, MFA devices,
          certificates, SSH keys, policies or group memberships.
        </ConfirmModal>
      )}
    </>
  );
}

function GroupsSection({ UserName }: { UserName: string }) {
  const { clients } = useSignedIn();
  const groups = useQuery(groupsForUserQuery(clients.iam, UserName));
  return (
    <Table
      variant="container"
      header={
        <Header variant="h2" counter={groups.data ? `(${groups.data.length})` : undefined}>
          Groups
        </Header>
      }
      items={groups.data ?? []}
      loading={groups.isPending}
      loadingText="Loading groups"
      trackBy="GroupName"
      columnDefinitions={[
        {
          id: 'GroupName',
          header: 'Group name',
          isRowHeader: true,
          cell: (group) => (
            <RouterLink href={`/groups/${encodeURIComponent(group.GroupName ?? '')}`}>
              {group.GroupName}
            </RouterLink>
          ),
        },
        { id: 'Path', header: 'Path', cell: (group) => group.Path },
      ]}
      empty={
        groups.error != null ? (
          <ErrorAlert
            header="Could not load groups"
            error={groups.error}
            onRetry={() => void groups.refetch()}
          />
        ) : (
          <Box textAlign="center" color="inherit">
            <b>No groups</b>
            <Box variant="p" color="inherit">
              {UserName} is not a member of any group.
            </Box>
          </Box>
        )
      }
    />
  );
}

export default function UserDetailPage({ UserName, credentials }: UserDetailPageProps) {
  const { clients } = useSignedIn();
  const user = useQuery(userDetailQuery(clients.iam, UserName));

  if (user.error != null) {
    const missing = hasAwsCode(user.error, 'NoSuchEntity');
    return (
      <ContentLayout header={<Header variant="h1">{UserName}</Header>}>
        <ErrorAlert
          header={missing ? 'No such user' : 'Could not load the user'}
          error={user.error}
          onRetry={missing ? undefined : () => void user.refetch()}
        />
      </ContentLayout>
    );
  }

  const details = user.data;
  return (
    <ContentLayout
      header={
        <Header variant="h1" actions={<DeleteUserButton UserName={UserName} />}>
          {UserName}
        </Header>
      }
    >
      <SpaceBetween size="l">
        <SectionBoundary name="summary">
          <Container header={<Header variant="h2">Summary</Header>}>
            <KeyValuePairs
              columns={3}
              items={[
                { label: 'User name', value: details?.UserName ?? '…' },
                { label: 'Path', value: details?.Path ?? '…' },
                { label: 'User ID', value: details?.UserId ?? '…' },
                {
                  label: 'ARN',
                  value: details?.Arn ? (
                    <CopyButton variant="inline" text={details.Arn} label="ARN" />
                  ) : (
                    '…'
                  ),
                },
                { label: 'Created', value: details ? formatDateTime(details.CreateDate) : '…' },
                {
                  label: 'Console last sign-in',
                  value: details?.PasswordLastUsed
                    ? formatDateTime(details.PasswordLastUsed)
                    : 'Never',
                },
              ]}
            />
          </Container>
        </SectionBoundary>
        <SectionBoundary name="tags">
          <TagsTable tags={details?.Tags} loading={user.isPending} />
        </SectionBoundary>
        <SectionBoundary name="groups">
          <GroupsSection UserName={UserName} />
        </SectionBoundary>
        {credentials}
      </SpaceBetween>
    </ContentLayout>
  );
}
