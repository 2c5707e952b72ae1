import Button from '@cloudscape-design/components/button';
import Checkbox from '@cloudscape-design/components/checkbox';
import Container from '@cloudscape-design/components/container';
import Form from '@cloudscape-design/components/form';
import FormField from '@cloudscape-design/components/form-field';
import Header from '@cloudscape-design/components/header';
import Input from '@cloudscape-design/components/input';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useState, type FormEvent, type ReactNode } from 'react';
import { ShowAsCode } from '../../code/ShowAsCode.tsx';
import {
  MAX_PASSWORD_AGE,
  MINIMUM_PASSWORD_LENGTH,
  PASSWORD_REUSE_PREVENTION,
  requestFromForm,
  validatePasswordPolicyForm,
  type PasswordPolicyForm,
  type PasswordPolicyFormErrors,
} from './password-policy-form.ts';

interface PasswordPolicyEditorProps {
  initial: PasswordPolicyForm;
  submitting: boolean;
  /** The API's refusal, shown above the buttons. */
  error?: ReactNode;
  onSubmit: (form: PasswordPolicyForm) => void;
  onCancel: () => void;
}

type BooleanField = {
  [K in keyof PasswordPolicyForm]: PasswordPolicyForm[K] extends boolean ? K : never;
}[keyof PasswordPolicyForm];

const CHARACTER_RULES: { field: BooleanField; label: string }[] = [
  { field: 'RequireUppercaseCharacters', label: 'Require at least one uppercase letter (A–Z)' },
  { field: 'RequireLowercaseCharacters', label: 'Require at least one lowercase letter (a–z)' },
  { field: 'RequireNumbers', label: 'Require at least one number (0–9)' },
  {
    field: 'RequireSymbols',
    label: "Require at least one symbol ( ! @ # $ % ^ & * ( ) _ + - = [ ] { } | ' )",
  },
];

/** Every field of UpdateAccountPasswordPolicy, with its range checked as it is typed. */
export function PasswordPolicyEditor(props: PasswordPolicyEditorProps) {
  const [form, setForm] = useState(props.initial);
  const [submitted, setSubmitted] = useState(false);
  const errors: PasswordPolicyFormErrors = validatePasswordPolicyForm(form);
  const set = (change: Partial<PasswordPolicyForm>) => setForm((f) => ({ ...f, ...change }));

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    if (Object.keys(errors).length === 0) props.onSubmit(form);
  };

  const checkbox = (field: BooleanField, label: string, description?: string) => (
    <Checkbox
      checked={form[field]}
      description={description}
      onChange={({ detail }) => set({ [field]: detail.checked })}
    >
      {label}
    </Checkbox>
  );

  return (
    <form onSubmit={onSubmit} noValidate>
      <Form
        errorText={submitted && Object.keys(errors).length > 0 ? 'Fix the fields above.' : ''}
        actions={
          <SpaceBetween direction="horizontal" size="xs">
            <Button formAction="none" variant="link" onClick={props.onCancel}>
              Cancel
            </Button>
            <Button variant="primary" formAction="submit" loading={props.submitting}>
              Save changes
            </Button>
          </SpaceBetween>
        }
      >
        <SpaceBetween size="l">
          <Container header={<Header variant="h2">Password strength</Header>}>
            <SpaceBetween size="m">
              <FormField
                label="Minimum password length"
                constraintText={`${MINIMUM_PASSWORD_LENGTH.min}–${MINIMUM_PASSWORD_LENGTH.max} characters.`}
                errorText={errors.MinimumPasswordLength}
              >
                <Input
                  type="number"
                  inputMode="numeric"
                  value={form.MinimumPasswordLength}
                  invalid={errors.MinimumPasswordLength !== undefined}
                  onChange={({ detail }) => set({ MinimumPasswordLength: detail.value })}
                />
              </FormField>
              {CHARACTER_RULES.map((rule) => (
                <div key={rule.field}>{checkbox(rule.field, rule.label)}</div>
              ))}
            </SpaceBetween>
          </Container>

          <Container header={<Header variant="h2">Expiry and reuse</Header>}>
            <SpaceBetween size="m">
              {checkbox('expirePasswords', 'Turn on password expiration')}
              {form.expirePasswords && (
                <FormField
                  label="Expire passwords after (days)"
                  constraintText={`${MAX_PASSWORD_AGE.min}–${MAX_PASSWORD_AGE.max} days.`}
                  errorText={errors.MaxPasswordAge}
                >
                  <Input
                    type="number"
                    inputMode="numeric"
                    value={form.MaxPasswordAge}
                    invalid={errors.MaxPasswordAge !== undefined}
                    onChange={({ detail }) => set({ MaxPasswordAge: detail.value })}
                  />
                </FormField>
              )}
              {form.expirePasswords &&
                checkbox(
                  'HardExpiry',
                  'Password expiration requires administrator reset',
                  'Users whose password expired cannot choose a new one themselves.',
                )}
              {checkbox(
                'AllowUsersToChangePassword',
                'Allow users to change their own password',
                'Grants every IAM user iam:ChangePassword on their own user.',
              )}
              {checkbox('preventReuse', 'Prevent password reuse')}
              {form.preventReuse && (
                <FormField
                  label="Remember this many earlier passwords"
                  constraintText={`${PASSWORD_REUSE_PREVENTION.min}–${PASSWORD_REUSE_PREVENTION.max} passwords.`}
                  errorText={errors.PasswordReusePrevention}
                >
                  <Input
                    type="number"
                    inputMode="numeric"
                    value={form.PasswordReusePrevention}
                    invalid={errors.PasswordReusePrevention !== undefined}
                    onChange={({ detail }) => set({ PasswordReusePrevention: detail.value })}
                  />
                </FormField>
              )}
            </SpaceBetween>
          </Container>
          <ShowAsCode
            requests={
              Object.keys(errors).length === 0
                ? [{ Action: 'UpdateAccountPasswordPolicy', input: requestFromForm(form) }]
                : []
            }
          />
          {props.error}
        </SpaceBetween>
      </Form>
    </form>
  );
}
