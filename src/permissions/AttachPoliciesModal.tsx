import Button from '@cloudscape-design/components/button';
import Modal from '@cloudscape-design/components/modal';
import SpaceBetween from '@cloudscape-design/components/space-between';
import type { TableProps } from '@cloudscape-design/components/table';
import { useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { ShowAsCode } from '../code/ShowAsCode.tsx';
import { ErrorAlert } from '../components/ErrorAlert.tsx';
import { FailuresAlert } from '../components/FailuresAlert.tsx';
import { IdentityTable } from '../components/IdentityTable.tsx';
import { useSignedIn } from '../session/SessionContext.tsx';
import { useAttachPolicies } from './api/permission-mutations.ts';
import { managedPoliciesQuery } from './api/permission-queries.ts';
import type { PolicyOwner } from './api/policy-owner.ts';
import { attachPolicyRequest } from './api/policy-requests.ts';
import { managedPolicyType, type PolicyType } from './use-policy-rows.ts';
import { ModalFooter } from '../components/ModalFooter.tsx';

interface PolicyChoice {
  PolicyName: string;
  Arn: string;
  type: PolicyType;
  AttachmentCount: number;
}

const nameColumn: TableProps.ColumnDefinition<PolicyChoice> = {
  id: 'PolicyName',
  header: 'Policy name',
  cell: (policy) => policy.PolicyName,
  sortingField: 'PolicyName',
  isRowHeader: true,
};

const columns: TableProps.ColumnDefinition<PolicyChoice>[] = [
  nameColumn,
  { id: 'type', header: 'Type', cell: (policy) => policy.type, sortingField: 'type' },
  {
    id: 'AttachmentCount',
    header: 'Attached entities',
    cell: (policy) => policy.AttachmentCount,
    sortingField: 'AttachmentCount',
  },
];

interface AttachPoliciesModalProps {
  owner: PolicyOwner;
  /** ARNs already attached directly: offered no more. */
  attachedArns: string[];
  onDismiss: () => void;
}

export function AttachPoliciesModal({ owner, attachedArns, onDismiss }: AttachPoliciesModalProps) {
  const { clients } = useSignedIn();
  const policies = useQuery(managedPoliciesQuery(clients.iam, { Scope: 'All' }));
  const attach = useAttachPolicies(clients.iam, owner);
  const [selected, setSelected] = useState<PolicyChoice[]>([]);

  const choices = useMemo(
    () =>
      (policies.data ?? [])
        .filter((policy) => policy.Arn && !attachedArns.includes(policy.Arn))
        .map((policy) => ({
          PolicyName: policy.PolicyName ?? '',
          Arn: policy.Arn ?? '',
          type: managedPolicyType(policy.Arn),
          AttachmentCount: policy.AttachmentCount ?? 0,
        })),
    [policies.data, attachedArns],
  );

  // One AttachXPolicy a policy, built once: shown as code and sent as they are.
  const requests = selected.map((policy) => attachPolicyRequest(owner, policy.Arn));
  const submit = () =>
    attach.mutate(requests, {
      onSuccess: (failures) => {
        if (failures.length === 0) onDismiss();
        else setSelected(selected.filter((p) => failures.some((f) => f.PolicyArn === p.Arn)));
      },
    });

  const failures = attach.data ?? [];
  return (
    <Modal
      visible
      size="large"
      header={`Attach policies to ${owner.name}`}
      closeAriaLabel="Close"
      onDismiss={onDismiss}
      footer={
        <ModalFooter onCancel={onDismiss}>
          <Button
            variant="primary"
            disabled={selected.length === 0}
            loading={attach.isPending}
            onClick={submit}
          >
            {selected.length > 1 ? `Attach ${selected.length} policies` : 'Attach policy'}
          </Button>
        </ModalFooter>
      }
    >
      <SpaceBetween size="m">
        <FailuresAlert
          header="Not every policy was attached"
          failures={failures.map((failure) => ({ name: failure.PolicyArn, error: failure.error }))}
        />
        {attach.error != null && <ErrorAlert error={attach.error} />}
        <IdentityTable<PolicyChoice>
          noun={{ singular: 'policy', plural: 'policies' }}
          title="Managed policies"
          description="AWS managed and customer managed policies. Search by name or ARN."
          variant="embedded"
          items={choices}
          columns={columns}
          trackBy="Arn"
          filteringFields={['PolicyName', 'Arn', 'type']}
          defaultSortColumn={nameColumn}
          rankByName={(policy) => policy.PolicyName}
          loading={policies.isPending}
          error={policies.error}
          onRetry={() => void policies.refetch()}
          selectionType="multi"
          selectedItems={selected}
          onSelectionChange={setSelected}
        />
        <ShowAsCode requests={requests} />
      </SpaceBetween>
    </Modal>
  );
}
