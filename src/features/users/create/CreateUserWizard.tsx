import Container from '@cloudscape-design/components/container';
import Header from '@cloudscape-design/components/header';
import Wizard from '@cloudscape-design/components/wizard';
import { useQuery } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { passwordPolicyQuery } from '../../../aws/password-policy.ts';
import { TagEditor } from '../../../components/TagEditor.tsx';
import { tagsAreValid } from '../../../components/validation/tags.ts';
import {
  detailsStepIsValid,
  permissionsStepIsValid,
  type CreateUserForm as FormState,
} from './create-user-form.ts';
import { useSignedIn } from '../../../session/SessionContext.tsx';
import { passwordPolicyProblems } from '../credentials/password-policy-check.ts';
import { DetailsStep } from './DetailsStep.tsx';
import { PermissionsStep } from './PermissionsStep.tsx';
import { ReviewStep } from './ReviewStep.tsx';

interface CreateUserWizardProps {
  value: FormState;
  onChange: (value: FormState) => void;
  onSubmit: () => void;
  onCancel: () => void;
  submitting: boolean;
  /** Progress and errors of a run, shown on the review step. */
  status?: ReactNode;
}

/** Details → permissions → tags → review; "Next" stops at a step with invalid fields. */
export function CreateUserWizard(props: CreateUserWizardProps) {
  const { value } = props;
  const [activeStepIndex, setActiveStepIndex] = useState(0);
  const [refusedStep, setRefusedStep] = useState<number | undefined>();
  const set = (change: Partial<FormState>) => props.onChange({ ...value, ...change });

  // A typed password is checked against the account's policy here, on its own step: IAM would
  // refuse it only after CreateUser, leaving a user without the password or key asked for.
  const { clients } = useSignedIn();
  const policy = useQuery(passwordPolicyQuery(clients.iam));
  const policyProblems = value.consoleAccess
    ? passwordPolicyProblems(value.password, policy.data ?? null)
    : [];
  const STEP_IS_VALID = [
    (form: FormState) => detailsStepIsValid(form) && policyProblems.length === 0,
    permissionsStepIsValid,
    (form: FormState) => tagsAreValid(form.Tags),
  ];

  const firstInvalidStep = (upTo: number) =>
    STEP_IS_VALID.slice(0, upTo).findIndex((isValid) => !isValid(value));

  const navigate = (requestedStepIndex: number) => {
    // Moving back is always allowed; moving on needs every step before the target valid.
    const invalid = firstInvalidStep(requestedStepIndex);
    if (requestedStepIndex > activeStepIndex && invalid !== -1) {
      setActiveStepIndex(invalid);
      setRefusedStep(invalid);
      return;
    }
    setActiveStepIndex(requestedStepIndex);
  };

  const submit = () => {
    const invalid = firstInvalidStep(STEP_IS_VALID.length);
    if (invalid !== -1) return navigate(STEP_IS_VALID.length);
    props.onSubmit();
  };

  const refused = (index: number) => refusedStep === index;
  const errorText =
    refused(activeStepIndex) && firstInvalidStep(activeStepIndex + 1) !== -1
      ? 'Fix the fields marked below.'
      : undefined;

  return (
    <Wizard
      activeStepIndex={activeStepIndex}
      onNavigate={({ detail }) => navigate(detail.requestedStepIndex)}
      onCancel={props.onCancel}
      onSubmit={submit}
      isLoadingNextStep={props.submitting}
      submitButtonText="Create user"
      i18nStrings={{
        stepNumberLabel: (stepNumber) => `Step ${stepNumber}`,
        collapsedStepsLabel: (stepNumber, stepsCount) => `Step ${stepNumber} of ${stepsCount}`,
        navigationAriaLabel: 'Steps',
        cancelButton: 'Cancel',
        previousButton: 'Previous',
        nextButton: 'Next',
        optional: 'optional',
      }}
      steps={[
        {
          title: 'Specify user details',
          errorText,
          content: (
            <DetailsStep
              value={value}
              onChange={set}
              showErrors={refused(0)}
              passwordPolicy={policy}
              passwordPolicyProblems={policyProblems}
            />
          ),
        },
        {
          title: 'Set permissions',
          description: 'Groups, permissions copied from a user, and managed policies.',
          isOptional: true,
          errorText,
          content: <PermissionsStep value={value} onChange={set} />,
        },
        {
          title: 'Add tags',
          isOptional: true,
          errorText,
          content: (
            <Container header={<Header variant="h2">Tags</Header>}>
              <TagEditor tags={value.Tags} onChange={(Tags) => set({ Tags })} />
            </Container>
          ),
        },
        {
          title: 'Review and create',
          content: <ReviewStep value={value} status={props.status} />,
        },
      ]}
    />
  );
}
