import Box from '@cloudscape-design/components/box';
import SpaceBetween from '@cloudscape-design/components/space-between';
import StatusIndicator, {
  type StatusIndicatorProps,
} from '@cloudscape-design/components/status-indicator';
import { errorText } from '../../../components/ErrorAlert.tsx';
import type { Step, StepStatus } from './steps.ts';

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

export function StepsList({ steps, label }: { steps: Step[]; label: string }) {
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
