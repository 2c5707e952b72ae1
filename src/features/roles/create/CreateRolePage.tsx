import Box from '@cloudscape-design/components/box';
import Container from '@cloudscape-design/components/container';
import FormField from '@cloudscape-design/components/form-field';
import Header from '@cloudscape-design/components/header';
import KeyValuePairs from '@cloudscape-design/components/key-value-pairs';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Wizard from '@cloudscape-design/components/wizard';
import { useEffect, useRef, useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { useFlash } from '../../../components/flash.tsx';
import { useSignedIn } from '../../../session/SessionContext.tsx';
import { PolicyMultiselect } from '../../../permissions/PolicyMultiselect.tsx';
import { StepsProgress } from '../../../components/StepsProgress.tsx';
import type { Step } from '../../../steps/steps.ts';
import { StepFailedError } from '../../../steps/use-steps-mutation.ts';
import { useCreateRole } from '../api/role-mutations.ts';
import { partitionOf } from '../../../session/partitions.ts';
import { buildTrustPolicy } from '../trust/trusted-entity.ts';
import {
  detailsErrors,
  EMPTY_CREATE_ROLE_FORM,
  hasErrors,
  toTrustedEntity,
  trustErrors,
} from './create-role-form.ts';
import { ShowAsCode } from '../../../code/ShowAsCode.tsx';
import { createRoleRequests } from './create-role-requests.ts';
import { RoleDetailsStep } from './RoleDetailsStep.tsx';
import { TrustedEntityStep } from './TrustedEntityStep.tsx';

/** The failed call, named as IAM names it, with its error; undefined while nothing failed. */
function createFailure(
  steps: readonly Step[],
  error: unknown,
): { header: string; error: unknown } | undefined {
  const failed = steps.find((step) => step.status === 'error');
  if (failed?.id === 'role') return { header: 'CreateRole failed', error: failed.error };
  if (failed !== undefined) {
    // The role exists by then: only the attachment is missing, and the role's page can add it.
    return {
      header: `The role was created; AttachRolePolicy failed (${failed.label})`,
      error: failed.error,
    };
  }
  if (error != null && !(error instanceof StepFailedError)) {
    return { header: 'Could not create the role', error };
  }
  return undefined;
}

const STEP_TRUST = 0;
const STEP_DETAILS = 2;

export default function CreateRolePage() {
  const { session, clients } = useSignedIn();
  const navigate = useNavigate();
  const flash = useFlash();
  const [form, setForm] = useState(EMPTY_CREATE_ROLE_FORM);
  const [activeStepIndex, setActiveStepIndex] = useState(0);
  const [showErrors, setShowErrors] = useState<Record<number, boolean>>({});

  const context = {
    AccountId: session.identity.Account,
    partition: partitionOf(session.identity.Arn),
  };
  const AssumeRolePolicyDocument = buildTrustPolicy(toTrustedEntity(form.trust), context);
  const input = {
    RoleName: form.RoleName,
    Path: form.Path,
    AssumeRolePolicyDocument,
    Description: form.Description,
    MaxSessionDuration: form.maxSessionHours * 3600,
    Tags: form.Tags,
    PolicyArns: form.PolicyArns,
  };
  const create = useCreateRole(clients.iam, input);
  const roleCreated = create.steps[0]?.status === 'success';
  const failure = createFailure(create.steps, create.error);

  // The review step is long: at a laptop's height its end, where the steps are listed, is
  // below the fold. The failure is shown at the top, and brought into view and focused, so
  // that the reason is read where the eye is and by screen readers.
  const failureRef = useRef<HTMLDivElement>(null);
  const failureError = failure?.error;
  useEffect(() => {
    if (failureError === undefined) return;
    failureRef.current?.scrollIntoView({ block: 'start' });
    failureRef.current?.focus();
  }, [failureError]);

  const errorsOf = (step: number) =>
    step === STEP_TRUST
      ? trustErrors(form.trust)
      : step === STEP_DETAILS
        ? detailsErrors(form)
        : {};

  const submit = () => {
    // A failed attachment leaves the role created: the role's page attaches what is missing.
    if (roleCreated) {
      void navigate(`/roles/${encodeURIComponent(form.RoleName)}`);
      return;
    }
    const failing = [STEP_TRUST, STEP_DETAILS].find((step) => hasErrors(errorsOf(step)));
    if (failing !== undefined) {
      setShowErrors({ ...showErrors, [failing]: true });
      setActiveStepIndex(failing);
      return;
    }
    create.mutate(undefined, {
      onSuccess: () => {
        flash.show(`create-role-${form.RoleName}`, {
          type: 'success',
          header: `Created role ${form.RoleName}`,
        });
        void navigate(`/roles/${encodeURIComponent(form.RoleName)}`);
      },
    });
  };

  const detailErrors = detailsErrors(form);
  const trustStepErrors = trustErrors(form.trust);

  return (
    <Wizard
      i18nStrings={{
        stepNumberLabel: (stepNumber) => `Step ${stepNumber}`,
        collapsedStepsLabel: (stepNumber, stepsCount) => `Step ${stepNumber} of ${stepsCount}`,
        navigationAriaLabel: 'Steps',
        cancelButton: 'Cancel',
        previousButton: 'Previous',
        nextButton: 'Next',
        submitButton: roleCreated ? 'Open the role' : 'Create role',
        optional: 'optional',
      }}
      activeStepIndex={activeStepIndex}
      isLoadingNextStep={create.isPending}
      onCancel={() => void navigate('/roles')}
      onSubmit={submit}
      onNavigate={({ detail }) => {
        const leaving = activeStepIndex;
        if (detail.requestedStepIndex > leaving && hasErrors(errorsOf(leaving))) {
          setShowErrors({ ...showErrors, [leaving]: true });
          return;
        }
        setActiveStepIndex(detail.requestedStepIndex);
      }}
      steps={[
        {
          title: 'Select trusted entity',
          description: 'Who may assume the role: its trust policy (AssumeRolePolicyDocument).',
          content: (
            <TrustedEntityStep
              fields={form.trust}
              onChange={(trust) => setForm({ ...form, trust })}
              errors={showErrors[STEP_TRUST] || form.trust.type === 'custom' ? trustStepErrors : {}}
              context={context}
            />
          ),
        },
        {
          title: 'Add permissions',
          isOptional: true,
          content: (
            <Container header={<Header variant="h2">Permissions policies</Header>}>
              <FormField
                label="Managed policies"
                description="What the role's sessions may do. Up to ten managed policies a role."
              >
                <PolicyMultiselect
                  ariaLabel="Managed policies"
                  PolicyArns={form.PolicyArns}
                  onChange={(PolicyArns) => setForm({ ...form, PolicyArns })}
                />
              </FormField>
            </Container>
          ),
        },
        {
          title: 'Name and details',
          content: (
            <RoleDetailsStep
              form={form}
              onChange={setForm}
              errors={detailErrors}
              showErrors={showErrors[STEP_DETAILS] ?? false}
            />
          ),
        },
        {
          title: 'Review and create',
          content: (
            <SpaceBetween size="l">
              {failure !== undefined && (
                <div ref={failureRef} tabIndex={-1} role="group" aria-label="Create role failed">
                  <ErrorAlert header={failure.header} error={failure.error} />
                </div>
              )}
              <Container header={<Header variant="h2">Role</Header>}>
                <KeyValuePairs
                  columns={3}
                  items={[
                    { label: 'Role name', value: form.RoleName || '—' },
                    { label: 'Path (fixed once created)', value: form.Path },
                    { label: 'Description', value: form.Description || '—' },
                    {
                      label: 'Maximum session duration',
                      value: `${form.maxSessionHours} hour${form.maxSessionHours === 1 ? '' : 's'}`,
                    },
                    {
                      label: 'Managed policies',
                      value:
                        form.PolicyArns.length === 0 ? (
                          'None'
                        ) : (
                          <ul style={{ margin: 0, paddingLeft: '1.2em' }}>
                            {form.PolicyArns.map((arn) => (
                              <li key={arn}>{arn}</li>
                            ))}
                          </ul>
                        ),
                    },
                    {
                      label: 'Tags',
                      value:
                        form.Tags.length === 0
                          ? 'None'
                          : form.Tags.map((tag) => `${tag.Key}=${tag.Value}`).join(', '),
                    },
                  ]}
                />
              </Container>
              <Container header={<Header variant="h2">Trust policy</Header>}>
                <Box variant="code">
                  <pre aria-label="Trust policy to create" style={{ margin: 0, overflowX: 'auto' }}>
                    {AssumeRolePolicyDocument}
                  </pre>
                </Box>
              </Container>
              <ShowAsCode requests={createRoleRequests(input)} defaultExpanded />
              {create.steps.length > 0 && (
                <Container header={<Header variant="h2">Progress</Header>}>
                  <StepsProgress label="Progress" steps={create.steps} />
                </Container>
              )}
            </SpaceBetween>
          ),
        },
      ]}
    />
  );
}
