import Alert from '@cloudscape-design/components/alert';
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import Container from '@cloudscape-design/components/container';
import Form from '@cloudscape-design/components/form';
import FormField from '@cloudscape-design/components/form-field';
import Header from '@cloudscape-design/components/header';
import Input from '@cloudscape-design/components/input';
import RadioGroup from '@cloudscape-design/components/radio-group';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useGuardedMutation } from '../../aws/guarded-mutation.ts';
import { useState, type FormEvent } from 'react';
import { useLocation, useNavigate, useParams } from 'react-router-dom';
import { createAwsClients } from '../../aws/clients.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { aliasFromHostname } from '../../session/sign-in-url.ts';
import { useSessionContext } from '../../session/SessionContext.tsx';
import { awsTarget, customTarget, localTarget } from '../../session/targets.ts';
import type { Session, SignInStyle, Target } from '../../session/types.ts';
import { explainBlockedConnection } from './blocked-connection.ts';
import { NewPasswordStep } from './NewPasswordStep.tsx';
import { signInWithPassword, type PasswordSignInResult } from './password-sign-in.ts';
import {
  emptySignInForm,
  PASSWORD_SIGN_IN_LOCAL_ONLY,
  usesPassword,
  validateSignInForm,
  type CredentialKind,
  type SignInForm,
  type SignInFormErrors,
} from './sign-in-form.ts';
import { signInWithCredentials } from './sign-in.ts';
import styles from './sign-in.module.css';
import { TargetFields } from './TargetFields.tsx';

type FieldName = keyof SignInForm;

/** Where RequireSession sent the user from, to return there after signing in. */
function returnPath(state: unknown): string {
  const from = (state as { from?: { pathname?: string; search?: string } } | null)?.from;
  if (!from?.pathname || from.pathname.startsWith('/signin') || from.pathname === '/console') {
    return '/';
  }
  return `${from.pathname}${from.search ?? ''}`;
}

function targetOf(values: SignInForm): Target {
  if (values.targetKind === 'aws') return awsTarget(values.partition, values.region);
  if (values.targetKind === 'custom') return customTarget(values.customEndpoint);
  return localTarget();
}

export default function SignInPage() {
  const params = useParams<{ alias?: string }>();
  const location = useLocation();
  const navigate = useNavigate();
  const { signIn, endedBecause } = useSessionContext();

  const accountFromUrl = params.alias ?? aliasFromHostname(window.location.hostname);
  const [form, setForm] = useState<SignInForm>(() => emptySignInForm(accountFromUrl));
  const [touched, setTouched] = useState<Set<FieldName>>(new Set());
  const [submitted, setSubmitted] = useState(false);
  // Set when the password was right and the user has an MFA device.
  const [mfaPrompt, setMfaPrompt] = useState(false);
  const [pendingReset, setPendingReset] = useState<{ session: Session; oldPassword: string }>();

  const errors: SignInFormErrors = validateSignInForm(form);
  const errorOf = (field: FieldName) =>
    submitted || touched.has(field) ? errors[field] : undefined;

  const finish = (session: Session) => {
    signIn(session);
    void navigate(returnPath(location.state), { replace: true });
  };

  const mutation = useGuardedMutation({
    mutationFn: async (values: SignInForm): Promise<PasswordSignInResult> => {
      const target = targetOf(values);
      if (usesPassword(values)) return signInWithPassword(values, target);
      try {
        const session = await signInWithCredentials(values, target, createAwsClients);
        return { kind: 'signed-in', session };
      } catch (error) {
        throw await explainBlockedConnection(error, target);
      }
    },
    onSuccess: (result, values) => {
      if (result.kind === 'mfa-required') setMfaPrompt(true);
      else if (result.kind === 'password-reset-required') {
        setPendingReset({ session: result.session, oldPassword: values.password });
      } else finish(result.session);
    },
  });

  const set = (change: Partial<SignInForm>) => {
    setForm((current) => ({ ...current, ...change }));
    mutation.reset();
  };
  const touch = (field: FieldName) => setTouched((current) => new Set(current).add(field));

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    if (Object.keys(errors).length === 0) mutation.mutate(form);
  };

  const textField = (
    field: FieldName,
    label: string,
    options: { type?: 'text' | 'password'; description?: string; autoComplete?: string } = {},
  ) => (
    <FormField label={label} description={options.description} errorText={errorOf(field)}>
      <Input
        value={form[field]}
        type={options.type ?? 'text'}
        autoComplete={options.autoComplete ?? 'off'}
        spellcheck={false}
        invalid={!!errorOf(field)}
        onChange={({ detail }) => set({ [field]: detail.value })}
        onBlur={() => touch(field)}
      />
    </FormField>
  );

  if (pendingReset) {
    return (
      <div className={styles.page}>
        <NewPasswordStep
          session={pendingReset.session}
          oldPassword={pendingReset.oldPassword}
          onChanged={finish}
          onCancel={() => {
            setPendingReset(undefined);
            set({ password: '', mfaCode: '' });
          }}
        />
      </div>
    );
  }

  return (
    <div className={styles.page}>
      <Container header={<Header variant="h1">Sign in</Header>}>
        <form onSubmit={onSubmit} noValidate>
          <Form
            actions={
              <Button variant="primary" formAction="submit" loading={mutation.isPending}>
                Sign in
              </Button>
            }
          >
            <SpaceBetween size="l">
              {endedBecause && (
                <Alert type="warning" header="Signed out">
                  {endedBecause}
                </Alert>
              )}
              <TargetFields
                form={form}
                errors={submitted ? errors : {}}
                onChange={set}
                endpointField={textField('customEndpoint', 'Endpoint URL', {
                  description: 'IAM and STS on the same URL.',
                })}
              />

              <FormField label="Sign in as">
                <RadioGroup
                  value={form.style}
                  onChange={({ detail }) => set({ style: detail.value as SignInStyle })}
                  items={[
                    {
                      value: 'root',
                      label: 'Root user',
                      description: 'The account owner, with unrestricted access.',
                    },
                    {
                      value: 'iam-user',
                      label: 'IAM user',
                      description: 'A user within an account, with the permissions it was given.',
                    },
                  ]}
                />
              </FormField>

              {form.style === 'iam-user' && textField('account', 'Account ID or alias')}
              {form.style === 'iam-user' && (
                <FormField label="Sign in with">
                  <RadioGroup
                    value={form.credentialKind}
                    onChange={({ detail }) => {
                      setMfaPrompt(false);
                      set({ credentialKind: detail.value as CredentialKind });
                    }}
                    items={[
                      { value: 'access-keys', label: 'Access keys' },
                      {
                        value: 'password',
                        label: 'Password',
                        description: 'The console password of your user (local account only).',
                      },
                    ]}
                  />
                </FormField>
              )}
              {usesPassword(form) && form.targetKind !== 'local' && (
                <Alert type="warning">{PASSWORD_SIGN_IN_LOCAL_ONLY}</Alert>
              )}
              {/* One SpaceBetween per branch: a fragment would count as one child. */}
              {usesPassword(form) ? (
                <SpaceBetween size="l">
                  {textField('userName', 'IAM user name', { autoComplete: 'username' })}
                  {textField('password', 'Password', {
                    type: 'password',
                    autoComplete: 'current-password',
                  })}
                </SpaceBetween>
              ) : (
                <SpaceBetween size="l">
                  {textField('accessKeyId', 'Access key ID')}
                  {textField('secretAccessKey', 'Secret access key', {
                    type: 'password',
                    autoComplete: 'current-password',
                  })}
                  {textField('sessionToken', 'Session token', {
                    type: 'password',
                    description: 'Optional: only for temporary credentials (ASIA… keys).',
                  })}
                </SpaceBetween>
              )}
              {mfaPrompt && (
                <Alert type="info" header="MFA code required">
                  Your user has an MFA device: enter the code it shows, then sign in again.
                </Alert>
              )}
              {textField('mfaCode', 'MFA code', {
                description: mfaPrompt
                  ? 'The 6-digit code from your MFA device.'
                  : 'Optional: the 6-digit code from your MFA device.',
                autoComplete: 'one-time-code',
              })}

              {mutation.error && <ErrorAlert header="Sign-in failed" error={mutation.error} />}
              <Box variant="small" color="text-body-secondary">
                Credentials stay in this browser tab only and are cleared when you sign out.
              </Box>
            </SpaceBetween>
          </Form>
        </form>
      </Container>
    </div>
  );
}
