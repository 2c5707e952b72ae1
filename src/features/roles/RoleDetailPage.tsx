import Badge from '@cloudscape-design/components/badge';
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import Container from '@cloudscape-design/components/container';
import ContentLayout from '@cloudscape-design/components/content-layout';
import Header from '@cloudscape-design/components/header';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Spinner from '@cloudscape-design/components/spinner';
import { useQuery } from '@tanstack/react-query';
import { Suspense, useState } from 'react';
import { hasAwsCode } from '../../aws/errors.ts';
import { decodePolicyDocument } from '../../aws/policy-document.ts';
import { CopyButton } from '../../components/CopyButton.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { IdentitySummary } from '../../components/IdentitySummary.tsx';
import { retriableLazy } from '../../components/retriable-lazy.ts';
import { SectionBoundary } from '../../components/SectionBoundary.tsx';
import { useSignedIn } from '../../session/SessionContext.tsx';
import { roleDetailQuery } from './api/role-queries.ts';
import { isServiceLinkedRole } from './api/service-linked-roles.ts';
import { DeleteRoleButton } from './DeleteRoleButton.tsx';
import { DeleteServiceLinkedRoleButton } from './DeleteServiceLinkedRoleButton.tsx';
import { EditRoleModal } from './EditRoleModal.tsx';
import { EditTrustPolicyModal } from './EditTrustPolicyModal.tsx';
import { RoleTags } from './RoleTags.tsx';

// The permissions feature's panel takes the owner's kind and name, so roles reuse it.
const EntityPermissions = retriableLazy(() => import('../../permissions/EntityPermissions.tsx'));

function formatDuration(seconds: number | undefined): string {
  if (seconds === undefined) return '—';
  const hours = seconds / 3600;
  return Number.isInteger(hours) ? `${hours} hour${hours === 1 ? '' : 's'}` : `${seconds} seconds`;
}

export default function RoleDetailPage({ RoleName }: { RoleName: string }) {
  const { clients } = useSignedIn();
  const role = useQuery(roleDetailQuery(clients.iam, RoleName));
  const [editing, setEditing] = useState<'details' | 'trust' | undefined>();

  // A failed refetch (after a save, or the server gone) keeps the role on screen, with any
  // unsaved edits below it: only a first load that failed has nothing to show.
  if (role.error != null && role.data === undefined) {
    const missing = hasAwsCode(role.error, 'NoSuchEntity');
    return (
      <ContentLayout header={<Header variant="h1">{RoleName}</Header>}>
        <ErrorAlert
          header={missing ? 'No such role' : 'Could not load the role'}
          error={role.error}
          onRetry={missing ? undefined : () => void role.refetch()}
        />
      </ContentLayout>
    );
  }

  const details = role.data;
  const trustPolicy = details?.AssumeRolePolicyDocument
    ? decodePolicyDocument(details.AssumeRolePolicyDocument)
    : undefined;

  const serviceLinked = isServiceLinkedRole(details?.Path);
  const actions = !details ? undefined : serviceLinked ? (
    <DeleteServiceLinkedRoleButton RoleName={RoleName} />
  ) : (
    <SpaceBetween direction="horizontal" size="xs">
      <Button onClick={() => setEditing('details')}>Edit</Button>
      <DeleteRoleButton RoleName={RoleName} />
    </SpaceBetween>
  );

  return (
    <ContentLayout
      header={
        <Header
          variant="h1"
          actions={actions}
          description={
            serviceLinked
              ? 'Service-linked role: its service defines its trust and permissions, and only ' +
                'the service-linked deletion can remove it.'
              : undefined
          }
        >
          {RoleName} {serviceLinked && <Badge color="blue">Service-linked role</Badge>}
        </Header>
      }
    >
      <SpaceBetween size="l">
        {role.error != null && (
          <ErrorAlert
            header="Could not refresh the role"
            error={role.error}
            onRetry={() => void role.refetch()}
          />
        )}
        <IdentitySummary
          noun="Role"
          identity={details && { ...details, name: details.RoleName, id: details.RoleId }}
          more={[
            { label: 'Description', value: details ? details.Description || '—' : '…' },
            {
              label: 'Maximum session duration',
              value: details ? formatDuration(details.MaxSessionDuration) : '…',
            },
          ]}
        />
        <SectionBoundary name="trust policy">
          <Container
            header={
              <Header
                variant="h2"
                description="Who may assume this role (AssumeRolePolicyDocument)."
                actions={
                  trustPolicy ? (
                    <SpaceBetween direction="horizontal" size="xs">
                      <CopyButton variant="button" text={trustPolicy} label="Trust policy" />
                      {!serviceLinked && (
                        <Button onClick={() => setEditing('trust')}>Edit trust policy</Button>
                      )}
                    </SpaceBetween>
                  ) : undefined
                }
              >
                Trust policy
              </Header>
            }
          >
            {role.isPending ? (
              <Spinner />
            ) : (
              <Box variant="code">
                <pre aria-label="Trust policy document" style={{ margin: 0, overflowX: 'auto' }}>
                  {trustPolicy ?? 'No trust policy.'}
                </pre>
              </Box>
            )}
          </Container>
        </SectionBoundary>
        <SectionBoundary name="permissions">
          <Suspense fallback={<Spinner />}>
            <EntityPermissions
              kind="role"
              name={RoleName}
              readOnlyReason={
                serviceLinked
                  ? "A service-linked role's policies are managed by its AWS service."
                  : undefined
              }
            />
          </Suspense>
        </SectionBoundary>
        <SectionBoundary name="tags">
          <RoleTags RoleName={RoleName} role={details} />
        </SectionBoundary>
      </SpaceBetween>
      {editing === 'details' && details && (
        <EditRoleModal role={details} onDismiss={() => setEditing(undefined)} />
      )}
      {editing === 'trust' && trustPolicy !== undefined && (
        <EditTrustPolicyModal
          RoleName={RoleName}
          document={trustPolicy}
          onDismiss={() => setEditing(undefined)}
        />
      )}
    </ContentLayout>
  );
}
