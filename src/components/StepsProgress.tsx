import Box from '@cloudscape-design/components/box';
import SpaceBetween from '@cloudscape-design/components/space-between';
import StatusIndicator, {
  type StatusIndicatorProps,
} from '@cloudscape-design/components/status-indicator';
import { errorText } from './ErrorAlert.tsx';

export type StepStatus = 'pending' | 'in-progress' | 'success' | 'error';

/** One request of a multi-step change (create a user, remove what blocks a delete…). */
export interface ProgressStep {
  id: string;
  label: string;
  status: StepStatus;
  error?: unknown;
}

const INDICATOR: Record<StepStatus, StatusIndicatorProps.Type> = {
  pending: 'pending',
  'in-progress': 'in-progress',
  success: 'success',
  error: 'error',
};

const WORD: Record<StepStatus, string> = {
  pending: 'waiting',
  'in-progress': 'in progress',
  success: 'done',
  error: 'failed',
};

/** The steps of a change as they run, each with its outcome and, on failure, why. */
export function StepsProgress({
  steps,
  label = 'Progress',
}: {
  steps: readonly ProgressStep[];
  label?: string;
}) {
  return (
    <ol aria-label={label} style={{ listStyle: 'none', padding: 0, margin: 0 }}>
      <SpaceBetween size="xxs">
        {steps.map((step) => (
          <li key={step.id}>
            <StatusIndicator type={INDICATOR[step.status]}>
              {`${step.label}: ${WORD[step.status]}`}
            </StatusIndicator>
            {step.error != null && (
              <Box variant="small" color="text-status-error" padding={{ left: 'l' }}>
                {errorText(step.error)}
              </Box>
            )}
          </li>
        ))}
      </SpaceBetween>
    </ol>
  );
}
