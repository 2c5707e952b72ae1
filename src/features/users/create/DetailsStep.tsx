import type { PasswordPolicy } from '@aws-sdk/client-iam';
import type { UseQueryResult } from '@tanstack/react-query';
import Checkbox from '@cloudscape-design/components/checkbox';
import Container from '@cloudscape-design/components/container';
import FormField from '@cloudscape-design/components/form-field';
import Header from '@cloudscape-design/components/header';
import Input from '@cloudscape-design/components/input';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { PasswordFields } from '../../../components/PasswordFields.tsx';
import { PasswordPolicyNote } from '../credentials/PasswordPolicyNote.tsx';
import { PathInput } from '../../../components/PathInput.tsx';
import { validateUserName } from '../../../components/validation/iam-names.ts';
import type { CreateUserForm } from './create-user-form.ts';

interface StepProps {
  value: CreateUserForm;
  onChange: (change: Partial<CreateUserForm>) => void;
  /** Show every message, e.g. after "Next" was refused. */
  showErrors: boolean;
  passwordPolicy: UseQueryResult<PasswordPolicy | null>;
  /** What the account password policy would refuse in the chosen password. */
  passwordPolicyProblems: string[];
}

export function DetailsStep(props: StepProps) {
  const { value, onChange, showErrors } = props;
  const userNameError =
    showErrors || value.UserName !== '' ? validateUserName(value.UserName) : undefined;

  return (
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
              onChange={({ detail }) => onChange({ UserName: detail.value })}
            />
          </FormField>
          <PathInput value={value.Path} onChange={(Path) => onChange({ Path })} />
        </SpaceBetween>
      </Container>

      <Container header={<Header variant="h2">Credentials</Header>}>
        <SpaceBetween size="m">
          <Checkbox
            checked={value.consoleAccess}
            onChange={({ detail }) => onChange({ consoleAccess: detail.checked })}
            description="A password for the AWS console sign-in page."
          >
            Provide console access
          </Checkbox>
          {value.consoleAccess && (
            <SpaceBetween size="s">
              <PasswordFields
                value={value.password}
                onChange={(password) => onChange({ password })}
                showErrors={showErrors}
              />
              <PasswordPolicyNote
                policy={props.passwordPolicy}
                problems={props.passwordPolicyProblems}
                touched={
                  showErrors || (value.password.mode === 'custom' && value.password.custom !== '')
                }
              />
            </SpaceBetween>
          )}
          <Checkbox
            checked={value.createAccessKey}
            onChange={({ detail }) => onChange({ createAccessKey: detail.checked })}
            description="An access key ID and secret for the AWS CLI, SDKs and API calls."
          >
            Create an access key
          </Checkbox>
        </SpaceBetween>
      </Container>
    </SpaceBetween>
  );
}
