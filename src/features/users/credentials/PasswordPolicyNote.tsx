import type { PasswordPolicy } from '@aws-sdk/client-iam';
import Alert from '@cloudscape-design/components/alert';
import Box from '@cloudscape-design/components/box';
import SpaceBetween from '@cloudscape-design/components/space-between';
import StatusIndicator from '@cloudscape-design/components/status-indicator';
import type { UseQueryResult } from '@tanstack/react-query';
import { errorText } from '../../../components/ErrorAlert.tsx';
import { describePasswordPolicy } from './password-policy-check.ts';

/** The account password policy beside a password field, and what it would refuse. */
interface PasswordPolicyNoteProps {
  policy: UseQueryResult<PasswordPolicy | null>;
  problems: string[];
  /** Show problems: after a submit attempt, or once there is a password to judge. */
  touched: boolean;
}

export function PasswordPolicyNote({ policy, problems, touched }: PasswordPolicyNoteProps) {
  if (policy.isPending) {
    return <StatusIndicator type="loading">Reading the account password policy</StatusIndicator>;
  }
  if (policy.error != null) {
    return (
      <Alert type="info" header="The account password policy could not be read">
        {errorText(policy.error)}. IAM checks the password against it when you submit.
      </Alert>
    );
  }
  return (
    <SpaceBetween size="xs">
      <Box variant="small">Account password policy: {describePasswordPolicy(policy.data)}</Box>
      {touched && problems.length > 0 && (
        <Alert type="error" header="The password does not meet the account password policy">
          <ul>
            {problems.map((problem) => (
              <li key={problem}>{problem}</li>
            ))}
          </ul>
        </Alert>
      )}
    </SpaceBetween>
  );
}
