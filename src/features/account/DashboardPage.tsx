import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import ColumnLayout from '@cloudscape-design/components/column-layout';
import Container from '@cloudscape-design/components/container';
import ContentLayout from '@cloudscape-design/components/content-layout';
import Header from '@cloudscape-design/components/header';
import KeyValuePairs from '@cloudscape-design/components/key-value-pairs';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Spinner from '@cloudscape-design/components/spinner';
import StatusIndicator from '@cloudscape-design/components/status-indicator';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { ConfirmModal } from '../../components/ConfirmModal.tsx';
import { CopyButton } from '../../components/CopyButton.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { useFlash } from '../../components/flash.tsx';
import { RouterLink } from '../../components/RouterLink.tsx';
import { SectionBoundary } from '../../components/SectionBoundary.tsx';
import { describeAccountAlias, useAccountAlias } from '../../session/account-alias.ts';
import { useSignedIn } from '../../session/SessionContext.tsx';
import { signInUrls } from '../../session/sign-in-url.ts';
import { describeTarget } from '../../session/targets.ts';
import { AccountAliasModal } from './AccountAliasModal.tsx';
import { accountSummaryQuery } from './account-queries.ts';
import { useDeleteAccountAlias } from './alias-mutations.ts';
import { SecurityRecommendations } from './SecurityRecommendations.tsx';

function SignInUrlSection() {
  const { session } = useSignedIn();
  const { alias, pending, error } = useAccountAlias();

  // A URL built from the account ID while the alias loads would be a wrong one to copy.
  if (pending) {
    return (
      <Container header={<Header variant="h2">Sign-in URL for IAM users</Header>}>
        <StatusIndicator type="loading">Loading the account alias</StatusIndicator>
      </Container>
    );
  }
  const urls = signInUrls(session.target, alias ?? session.identity.Account, window.location);

  return (
    <Container
      header={
        <Header
          variant="h2"
          description="Give this to IAM users: it opens the IAM user sign-in with the account filled in."
        >
          Sign-in URL for IAM users
        </Header>
      }
    >
      <SpaceBetween size="s">
        {urls.hostForm && (
          <div>
            <Box variant="awsui-key-label">Sign-in URL</Box>
            <CopyButton variant="inline" text={urls.hostForm} label="Sign-in URL" />
          </div>
        )}
        <div>
          <Box variant="awsui-key-label">
            {urls.hostForm
              ? 'Sign-in URL (path form, for hosts without *.localhost)'
              : 'Sign-in URL'}
          </Box>
          <CopyButton
            variant="inline"
            text={urls.pathForm}
            label={urls.hostForm ? 'Sign-in URL (path form)' : 'Sign-in URL'}
          />
        </div>
        {session.target.kind === 'custom' && (
          <Box variant="small">
            Users must choose “Custom endpoint” {session.target.endpoint} on the sign-in page.
          </Box>
        )}
        {error != null && (
          <Box variant="small" color="text-status-warning">
            The account alias could not be read, so the URL uses the account ID.
          </Box>
        )}
      </SpaceBetween>
    </Container>
  );
}

const RESOURCES = [
  { key: 'Users', href: '/users', label: 'Users' },
  { key: 'Groups', href: '/groups', label: 'User groups' },
  { key: 'Roles', href: '/roles', label: 'Roles' },
] as const;

function ResourcesSection() {
  const { clients } = useSignedIn();
  const summary = useQuery(accountSummaryQuery(clients.iam));

  return (
    <Container header={<Header variant="h2">IAM resources</Header>}>
      <SpaceBetween size="s">
        {summary.error != null && (
          <ErrorAlert
            header="Could not count resources"
            error={summary.error}
            onRetry={() => void summary.refetch()}
          />
        )}
        <ColumnLayout columns={3} variant="text-grid">
          {RESOURCES.map((resource) => (
            <div key={resource.key}>
              <Box variant="awsui-key-label">
                <RouterLink href={resource.href}>{resource.label}</RouterLink>
              </Box>
              <Box variant="awsui-value-large">
                {summary.isPending ? <Spinner /> : (summary.data?.[resource.key] ?? '—')}
              </Box>
            </div>
          ))}
        </ColumnLayout>
      </SpaceBetween>
    </Container>
  );
}

function AliasActions({ alias }: { alias: string | undefined }) {
  const { clients } = useSignedIn();
  const flash = useFlash();
  const remove = useDeleteAccountAlias(clients.iam);
  const [dialog, setDialog] = useState<'edit' | 'delete'>();

  return (
    <>
      <SpaceBetween direction="horizontal" size="xs">
        {alias && (
          <Button
            onClick={() => {
              remove.reset();
              setDialog('delete');
            }}
          >
            Delete alias
          </Button>
        )}
        <Button onClick={() => setDialog('edit')}>{alias ? 'Edit alias' : 'Create alias'}</Button>
      </SpaceBetween>
      {dialog === 'edit' && (
        <AccountAliasModal current={alias} onDismiss={() => setDialog(undefined)} />
      )}
      {dialog === 'delete' && alias && (
        <ConfirmModal
          title="Delete the account alias?"
          confirmLabel="Delete"
          pending={remove.isPending}
          error={remove.error}
          onDismiss={() => setDialog(undefined)}
          onConfirm={() =>
            remove.mutate(alias, {
              onSuccess: () => {
                setDialog(undefined);
                flash.show('account-alias', {
                  type: 'success',
                  header: `Account alias ${alias} deleted.`,
                });
              },
            })
          }
        >
          Sign-in URLs with {alias} stop working; IAM users sign in with the account ID instead.
        </ConfirmModal>
      )}
    </>
  );
}

function AccountSection() {
  const { session } = useSignedIn();
  const aliasState = useAccountAlias();
  const { alias, pending, error } = aliasState;
  // "Create alias" only once ListAccountAliases has said there is none.
  const canEditAlias = !pending && error == null;

  return (
    <Container
      header={
        <Header variant="h2" actions={canEditAlias && <AliasActions alias={alias} />}>
          Account
        </Header>
      }
    >
      <KeyValuePairs
        columns={3}
        items={[
          { label: 'Account ID', value: session.identity.Account },
          {
            label: 'Account alias',
            value: pending ? (
              <StatusIndicator type="loading">Loading</StatusIndicator>
            ) : (
              describeAccountAlias(aliasState)
            ),
          },
          { label: 'Target', value: describeTarget(session.target) },
          { label: 'Signed in as', value: session.identity.Arn },
          { label: 'MFA', value: session.mfaAuthenticated ? 'Yes (temporary credentials)' : 'No' },
        ]}
      />
    </Container>
  );
}

export default function DashboardPage() {
  return (
    <ContentLayout header={<Header variant="h1">IAM dashboard</Header>}>
      <SpaceBetween size="l">
        <SectionBoundary name="account">
          <AccountSection />
        </SectionBoundary>
        <SectionBoundary name="sign-in URL">
          <SignInUrlSection />
        </SectionBoundary>
        <SectionBoundary name="resources">
          <ResourcesSection />
        </SectionBoundary>
        <SectionBoundary name="security recommendations">
          <SecurityRecommendations />
        </SectionBoundary>
      </SpaceBetween>
    </ContentLayout>
  );
}
