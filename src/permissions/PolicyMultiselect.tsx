import Multiselect from '@cloudscape-design/components/multiselect';
import { useQuery } from '@tanstack/react-query';
import { errorText } from '../components/ErrorAlert.tsx';
import { useSignedIn } from '../session/SessionContext.tsx';
import { managedPoliciesQuery } from './api/permission-queries.ts';

interface PolicyMultiselectProps {
  PolicyArns: string[];
  onChange: (PolicyArns: string[]) => void;
  ariaLabel?: string;
}

/** Managed policies (AWS and customer) to attach, filtered as the user types. */
export function PolicyMultiselect({ PolicyArns, onChange, ariaLabel }: PolicyMultiselectProps) {
  const { clients } = useSignedIn();
  const policies = useQuery(managedPoliciesQuery(clients.iam, { Scope: 'All' }));

  const options = (policies.data ?? []).map((policy) => ({
    value: policy.Arn ?? '',
    label: policy.PolicyName,
    description: policy.Description || policy.Arn,
    tags: [policy.Arn?.includes(':aws:policy/') ? 'AWS managed' : 'Customer managed'],
  }));

  return (
    <Multiselect
      ariaLabel={ariaLabel}
      selectedOptions={options.filter((option) => PolicyArns.includes(option.value))}
      onChange={({ detail }) =>
        onChange(detail.selectedOptions.map((option) => option.value ?? ''))
      }
      options={options}
      filteringType="auto"
      virtualScroll
      placeholder="Choose policies"
      statusType={policies.error != null ? 'error' : policies.isPending ? 'loading' : 'finished'}
      loadingText="Loading policies"
      errorText={policies.error != null ? errorText(policies.error) : undefined}
      recoveryText="Retry"
      onLoadItems={() => void policies.refetch()}
      empty="No managed policies"
      tokenLimit={6}
    />
  );
}
