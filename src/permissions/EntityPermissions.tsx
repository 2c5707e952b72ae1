import Button from '@cloudscape-design/components/button';
import SpaceBetween from '@cloudscape-design/components/space-between';
import StatusIndicator from '@cloudscape-design/components/status-indicator';
import type { TableProps } from '@cloudscape-design/components/table';
import { useState } from 'react';
import { IdentityTable } from '../components/IdentityTable.tsx';
import { RouterLink } from '../components/RouterLink.tsx';
import { useSignedIn } from '../session/SessionContext.tsx';
import type { PolicyOwner } from './api/policy-owner.ts';
import { AttachPoliciesModal } from './AttachPoliciesModal.tsx';
import { InlinePolicyModal } from './InlinePolicyModal.tsx';
import styles from './permissions.module.css';
import { PolicyActions } from './PolicyActions.tsx';
import { usePolicyRows, type PolicyRow } from './use-policy-rows.ts';

const nameColumn: TableProps.ColumnDefinition<PolicyRow> = {
  id: 'PolicyName',
  header: 'Policy name',
  cell: (row) => <span className={styles.name}>{row.PolicyName}</span>,
  sortingField: 'PolicyName',
  isRowHeader: true,
};

function columnsFor(owner: PolicyOwner): TableProps.ColumnDefinition<PolicyRow>[] {
  return [
    nameColumn,
    { id: 'type', header: 'Type', cell: (row) => row.type, sortingField: 'type' },
    {
      id: 'attachedVia',
      header: 'Attached via',
      minWidth: 160,
      cell: (row) =>
        row.GroupName === undefined ? (
          'Directly'
        ) : (
          <>
            {'Group '}
            <RouterLink href={`/groups/${encodeURIComponent(row.GroupName)}`}>
              <span className={styles.name}>{row.GroupName}</span>
            </RouterLink>
          </>
        ),
      sortingComparator: (a, b) => (a.GroupName ?? '').localeCompare(b.GroupName ?? ''),
    },
    {
      id: 'actions',
      header: 'Actions',
      minWidth: 180,
      cell: (row) => <PolicyActions owner={owner} row={row} />,
    },
  ];
}

/**
 * The policies that apply to a user, group or role: its own managed and inline policies, and for
 * a user those it inherits through its groups, each marked with where it comes from.
 */
export default function EntityPermissions({
  kind,
  name,
  readOnlyReason,
}: PolicyOwner & {
  /** Why the policies cannot be changed here (a service-linked role's change only through AWS). */
  readOnlyReason?: string;
}) {
  const owner = { kind, name };
  const { clients } = useSignedIn();
  const policies = usePolicyRows(clients.iam, owner);
  const [modal, setModal] = useState<'attach' | 'inline' | undefined>();
  const columns = columnsFor(owner);

  const attachedArns = policies.rows
    .filter((row) => row.GroupName === undefined && row.PolicyArn !== undefined)
    .map((row) => row.PolicyArn ?? '');

  return (
    <>
      <IdentityTable<PolicyRow>
        noun={{ singular: 'policy', plural: 'policies' }}
        title="Permissions policies"
        description={
          policies.inheritedPending ? (
            <StatusIndicator type="loading">Loading policies from groups</StatusIndicator>
          ) : readOnlyReason ? (
            readOnlyReason
          ) : kind === 'user' ? (
            'Policies attached to this user directly and through its groups.'
          ) : undefined
        }
        variant="container"
        items={policies.rows}
        columns={columns}
        trackBy="id"
        filteringFields={['PolicyName', 'type', 'GroupName']}
        defaultSortColumn={nameColumn}
        loading={policies.pending}
        error={policies.error}
        onRetry={policies.retry}
        actions={
          !readOnlyReason && (
            <SpaceBetween direction="horizontal" size="xs">
              <Button onClick={() => setModal('inline')}>Add inline policy</Button>
              <Button variant="primary" onClick={() => setModal('attach')}>
                Attach policies
              </Button>
            </SpaceBetween>
          )
        }
      />
      {modal === 'attach' && (
        <AttachPoliciesModal
          owner={owner}
          attachedArns={attachedArns}
          onDismiss={() => setModal(undefined)}
        />
      )}
      {modal === 'inline' && (
        <InlinePolicyModal owner={owner} onDismiss={() => setModal(undefined)} />
      )}
    </>
  );
}
