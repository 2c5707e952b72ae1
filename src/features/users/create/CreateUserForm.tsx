import Button from '@cloudscape-design/components/button';
import Checkbox from '@cloudscape-design/components/checkbox';
import Container from '@cloudscape-design/components/container';
import Form from '@cloudscape-design/components/form';
import FormField from '@cloudscape-design/components/form-field';
import Header from '@cloudscape-design/components/header';
import Input from '@cloudscape-design/components/input';
import Multiselect from '@cloudscape-design/components/multiselect';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useInfiniteQuery } from '@tanstack/react-query';
import { useState, type FormEvent, type ReactNode } from 'react';
import { groupListQuery } from '../../../aws/list-queries.ts';
import { useAllPages } from '../../../aws/use-all-pages.ts';
import { errorText } from '../../../components/ErrorAlert.tsx';
import { PasswordFields } from '../../../components/PasswordFields.tsx';
import { PathInput } from '../../../components/PathInput.tsx';
import { TagEditor } from '../../../components/TagEditor.tsx';
import { validateUserName } from '../../../components/validation/iam-names.ts';
import { useSignedIn } from '../../../session/SessionContext.tsx';
import {
  createUserFormIsValid,
  validateGroupNames,
  type CreateUserForm as FormState,
} from './create-user-form.ts';

interface CreateUserFormProps {
  value: FormState;
  onChange: (value: FormState) => void;
  onSubmit: () => void;
  onCancel: () => void;
  submitting: boolean;
  /** Progress and errors of a run, shown above the buttons. */
  status?: ReactNode;
}

function GroupsField({ value, onChange }: { value: string[]; onChange: (v: string[]) => void }) {
  const { clients } = useSignedIn();
  const groups = useInfiniteQuery(groupListQuery(clients.iam, {}));
  useAllPages(groups);
  const options = (groups.data?.pages.flatMap((page) => page.Groups ?? []) ?? []).map((group) => ({
    value: group.GroupName ?? '',
    label: group.GroupName ?? '',
    description: group.Path,
  }));
  const loading = groups.isPending || groups.hasNextPage;

  return (
    <FormField
      label="Groups"
      description="Optional: the user gets the permissions of each group."
      errorText={validateGroupNames(value)}
    >
      <Multiselect
        selectedOptions={options.filter((option) => value.includes(option.value))}
        onChange={({ detail }) =>
          onChange(detail.selectedOptions.map((option) => option.value ?? ''))
        }
        options={options}
        filteringType="auto"
        placeholder="Choose groups"
        statusType={groups.error != null ? 'error' : loading ? 'loading' : 'finished'}
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

export function CreateUserForm(props: CreateUserFormProps) {
  const { value, onChange } = props;
  const [submitted, setSubmitted] = useState(false);
  const set = (change: Partial<FormState>) => onChange({ ...value, ...change });
  const userNameError =
    submitted || value.UserName !== '' ? validateUserName(value.UserName) : undefined;

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    if (createUserFormIsValid(value)) props.onSubmit();
  };

  return (
    <form onSubmit={onSubmit} noValidate>
      <Form
        actions={
          <SpaceBetween direction="horizontal" size="xs">
            <Button formAction="none" variant="link" onClick={props.onCancel}>
              Cancel
            </Button>
            <Button variant="primary" formAction="submit" loading={props.submitting}>
              Create user
            </Button>
          </SpaceBetween>
        }
        errorText={
          submitted && !createUserFormIsValid(value) ? 'Fix the fields marked above.' : undefined
        }
      >
        <SpaceBetween size="l">
          <Container header={<Header variant="h2">User details</Header>}>
            <SpaceBetween size="m">
              <FormField
                label="User name"
                constraintText="Up to 64 letters, digits and + = , . @ _ -. Unique regardless of case."
                errorText={userNameError}
              >
                <Input
                  value={value.UserName}
                  invalid={!!userNameError}
                  autoComplete="off"
                  spellcheck={false}
                  onChange={({ detail }) => set({ UserName: detail.value })}
                />
              </FormField>
              <PathInput value={value.Path} onChange={(Path) => set({ Path })} />
            </SpaceBetween>
          </Container>

          <Container header={<Header variant="h2">Permissions</Header>}>
            <GroupsField value={value.GroupNames} onChange={(GroupNames) => set({ GroupNames })} />
          </Container>

          <Container header={<Header variant="h2">Credentials</Header>}>
            <SpaceBetween size="m">
              <Checkbox
                checked={value.consoleAccess}
                onChange={({ detail }) => set({ consoleAccess: detail.checked })}
                description="A password for the AWS console sign-in page."
              >
                Provide console access
              </Checkbox>
              {value.consoleAccess && (
                <PasswordFields
                  value={value.password}
                  onChange={(password) => set({ password })}
                  showErrors={submitted}
                />
              )}
              <Checkbox
                checked={value.createAccessKey}
                onChange={({ detail }) => set({ createAccessKey: detail.checked })}
                description="An access key ID and secret for the AWS CLI, SDKs and API calls."
              >
                Create an access key
              </Checkbox>
            </SpaceBetween>
          </Container>

          <Container header={<Header variant="h2">Tags</Header>}>
            <TagEditor tags={value.Tags} onChange={(Tags) => set({ Tags })} />
          </Container>

          {props.status}
        </SpaceBetween>
      </Form>
    </form>
  );
}
