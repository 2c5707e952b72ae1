import Container from '@cloudscape-design/components/container';
import FormField from '@cloudscape-design/components/form-field';
import Header from '@cloudscape-design/components/header';
import Multiselect from '@cloudscape-design/components/multiselect';
import Select from '@cloudscape-design/components/select';
import SpaceBetween from '@cloudscape-design/components/space-between';
import StatusIndicator from '@cloudscape-design/components/status-indicator';
import { useInfiniteQuery, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { groupListQuery, userListQuery } from '../../../aws/list-queries.ts';
import { useAllPages } from '../../../aws/use-all-pages.ts';
import { errorText } from '../../../components/ErrorAlert.tsx';
import { useSignedIn } from '../../../session/SessionContext.tsx';
import {
  attachedPoliciesQuery,
  managedPoliciesQuery,
} from '../../../permissions/api/permission-queries.ts';
import { groupsForUserQuery } from '../../../aws/list-queries.ts';
import { validateGroupNames, validatePolicyArns, type CreateUserForm } from './create-user-form.ts';

interface StepProps {
  value: CreateUserForm;
  onChange: (change: Partial<CreateUserForm>) => void;
}

type LoadStatus = 'loading' | 'error' | 'finished';

function loadStatus(query: { error: unknown; isPending: boolean }, more = false): LoadStatus {
  if (query.error != null) return 'error';
  return query.isPending || more ? 'loading' : 'finished';
}

function GroupsField({ value, onChange }: StepProps) {
  const { clients } = useSignedIn();
  const groups = useInfiniteQuery(groupListQuery(clients.iam, {}));
  useAllPages(groups);
  const options = (groups.data?.pages.flatMap((page) => page.Groups ?? []) ?? []).map((group) => ({
    value: group.GroupName ?? '',
    label: group.GroupName ?? '',
    description: group.Path,
  }));
  // A group copied from another user stays chosen even before the list has loaded.
  const known = new Set(options.map((option) => option.value));
  const selected = value.GroupNames.map(
    (GroupName) =>
      options.find((option) => option.value === GroupName) ?? {
        value: GroupName,
        label: GroupName,
      },
  );

  return (
    <FormField
      label="Groups"
      description="The user gets the permissions of each group."
      errorText={validateGroupNames(value.GroupNames)}
    >
      <Multiselect
        selectedOptions={selected}
        onChange={({ detail }) =>
          onChange({ GroupNames: detail.selectedOptions.map((option) => option.value ?? '') })
        }
        options={[...options, ...selected.filter((option) => !known.has(option.value))]}
        filteringType="auto"
        placeholder="Choose groups"
        statusType={loadStatus(groups, groups.hasNextPage)}
        loadingText="Loading groups"
        errorText={groups.error != null ? errorText(groups.error) : undefined}
        recoveryText="Retry"
        onLoadItems={() => {
          if (groups.error != null) void groups.refetch();
        }}
        empty="No groups in this account"
        tokenLimit={5}
      />
    </FormField>
  );
}

function PoliciesField({ value, onChange }: StepProps) {
  const { clients } = useSignedIn();
  const policies = useQuery(managedPoliciesQuery(clients.iam, { Scope: 'All' }));
  const options = (policies.data ?? []).map((policy) => ({
    value: policy.Arn ?? '',
    label: policy.PolicyName ?? '',
    description: policy.Arn,
    tags: [policy.Arn?.startsWith('arn:aws:iam::aws:') ? 'AWS managed' : 'Customer managed'],
  }));
  const selected = value.PolicyArns.map(
    (PolicyArn) =>
      options.find((option) => option.value === PolicyArn) ?? {
        value: PolicyArn,
        label: PolicyArn.slice(PolicyArn.lastIndexOf('/') + 1),
        description: PolicyArn,
      },
  );

  return (
    <FormField
      label="Permissions policies"
      description="Managed policies attached to the user directly."
      errorText={validatePolicyArns(value.PolicyArns)}
    >
      <Multiselect
        selectedOptions={selected}
        onChange={({ detail }) =>
          onChange({ PolicyArns: detail.selectedOptions.map((option) => option.value ?? '') })
        }
        options={options}
        filteringType="auto"
        placeholder="Choose policies"
        statusType={loadStatus(policies)}
        loadingText="Loading policies"
        errorText={policies.error != null ? errorText(policies.error) : undefined}
        recoveryText="Retry"
        onLoadItems={() => {
          if (policies.error != null) void policies.refetch();
        }}
        empty="No managed policies in this account"
        virtualScroll
        tokenLimit={5}
      />
    </FormField>
  );
}

/** "Copy permissions": the chosen user's groups and attached managed policies join the lists. */
function CopyFromUserField({ value, onChange }: StepProps) {
  const { clients } = useSignedIn();
  const queryClient = useQueryClient();
  const users = useInfiniteQuery(userListQuery(clients.iam, {}));
  useAllPages(users);
  const [source, setSource] = useState<string | undefined>();
  const [copy, setCopy] = useState<{ status: LoadStatus; error?: unknown; text?: string }>();

  const options = (users.data?.pages.flatMap((page) => page.Users ?? []) ?? []).map((user) => ({
    value: user.UserName ?? '',
    label: user.UserName ?? '',
    description: user.Path,
  }));

  const copyFrom = async (UserName: string) => {
    setSource(UserName);
    setCopy({ status: 'loading' });
    try {
      const owner = { kind: 'user', name: UserName } as const;
      const [groups, policies] = await Promise.all([
        queryClient.fetchQuery(groupsForUserQuery(clients.iam, UserName)),
        queryClient.fetchQuery(attachedPoliciesQuery(clients.iam, owner)),
      ]);
      const GroupNames = groups.map((group) => group.GroupName ?? '');
      const PolicyArns = policies.map((policy) => policy.PolicyArn ?? '');
      onChange({
        GroupNames: [...new Set([...value.GroupNames, ...GroupNames])],
        PolicyArns: [...new Set([...value.PolicyArns, ...PolicyArns])],
      });
      setCopy({
        status: 'finished',
        text: `Copied ${GroupNames.length} groups and ${PolicyArns.length} policies.`,
      });
    } catch (error) {
      setCopy({ status: 'error', error });
    }
  };

  return (
    <FormField
      label="Copy permissions from a user"
      description="Adds that user's groups and attached managed policies to the lists below."
      errorText={copy?.status === 'error' ? errorText(copy.error) : undefined}
      constraintText={
        copy?.status === 'loading' ? (
          <StatusIndicator type="loading">Reading {source}'s permissions</StatusIndicator>
        ) : (
          copy?.text
        )
      }
    >
      <Select
        selectedOption={options.find((option) => option.value === source) ?? null}
        onChange={({ detail }) => void copyFrom(detail.selectedOption.value ?? '')}
        options={options}
        filteringType="auto"
        placeholder="Choose a user"
        statusType={loadStatus(users, users.hasNextPage)}
        loadingText="Loading users"
        errorText={users.error != null ? errorText(users.error) : undefined}
        empty="No users in this account"
      />
    </FormField>
  );
}

export function PermissionsStep(props: StepProps) {
  return (
    <SpaceBetween size="l">
      <Container header={<Header variant="h2">Copy permissions</Header>}>
        <CopyFromUserField {...props} />
      </Container>
      <Container header={<Header variant="h2">Add user to groups</Header>}>
        <GroupsField {...props} />
      </Container>
      <Container header={<Header variant="h2">Attach policies directly</Header>}>
        <PoliciesField {...props} />
      </Container>
    </SpaceBetween>
  );
}
