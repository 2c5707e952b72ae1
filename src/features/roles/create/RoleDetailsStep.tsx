import Alert from '@cloudscape-design/components/alert';
import Container from '@cloudscape-design/components/container';
import FormField from '@cloudscape-design/components/form-field';
import Header from '@cloudscape-design/components/header';
import Input from '@cloudscape-design/components/input';
import Select from '@cloudscape-design/components/select';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Textarea from '@cloudscape-design/components/textarea';
import { PathInput } from '../../../components/PathInput.tsx';
import { TagEditor } from '../../../components/TagEditor.tsx';
import type { CreateRoleForm, RoleDetailsErrors } from './create-role-form.ts';

export const SESSION_HOUR_OPTIONS = Array.from({ length: 12 }, (_, index) => ({
  value: String(index + 1),
  label: `${index + 1} hour${index === 0 ? '' : 's'}`,
}));

const ROLE_NAME_RULE =
  'Up to 64 letters, digits and + = , . @ _ -. Unique in the account, ignoring case.';

interface RoleDetailsStepProps {
  form: CreateRoleForm;
  onChange: (form: CreateRoleForm) => void;
  errors: RoleDetailsErrors;
  showErrors: boolean;
}

export function RoleDetailsStep({ form, onChange, errors, showErrors }: RoleDetailsStepProps) {
  const set = (change: Partial<CreateRoleForm>) => onChange({ ...form, ...change });
  const shown = (message: string | undefined, typed: boolean) =>
    showErrors || typed ? message : undefined;

  return (
    <SpaceBetween size="l">
      <Container header={<Header variant="h2">Role details</Header>}>
        <SpaceBetween size="m">
          <FormField
            label="Role name"
            constraintText={ROLE_NAME_RULE}
            errorText={shown(errors.RoleName, form.RoleName !== '')}
          >
            <Input
              value={form.RoleName}
              onChange={({ detail }) => set({ RoleName: detail.value })}
            />
          </FormField>
          <PathInput value={form.Path} onChange={(Path) => set({ Path })} />
          <Alert type="info" header="A role's path is fixed at creation">
            IAM has no call that moves a role: to change the path later, create a new role and
            delete this one.
          </Alert>
          <FormField
            label="Description - optional"
            constraintText="Up to 1,000 characters."
            errorText={shown(errors.Description, form.Description !== '')}
          >
            <Textarea
              value={form.Description}
              rows={3}
              onChange={({ detail }) => set({ Description: detail.value })}
            />
          </FormField>
          <FormField
            label="Maximum session duration"
            description="How long the credentials from AssumeRole may last (1 to 12 hours)."
            errorText={shown(errors.maxSessionHours, true)}
          >
            <Select
              selectedOption={
                SESSION_HOUR_OPTIONS.find(
                  (option) => option.value === String(form.maxSessionHours),
                ) ?? null
              }
              options={SESSION_HOUR_OPTIONS}
              onChange={({ detail }) =>
                set({ maxSessionHours: Number(detail.selectedOption.value) })
              }
            />
          </FormField>
        </SpaceBetween>
      </Container>
      <Container header={<Header variant="h2">Tags - optional</Header>}>
        <TagEditor tags={form.Tags} onChange={(Tags) => set({ Tags })} />
      </Container>
    </SpaceBetween>
  );
}
