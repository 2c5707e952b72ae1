import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import FormField from '@cloudscape-design/components/form-field';
import Input from '@cloudscape-design/components/input';
import Modal from '@cloudscape-design/components/modal';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useState, type ReactNode } from 'react';
import { ErrorAlert } from '../components/ErrorAlert.tsx';
import { StepsProgress } from '../components/StepsProgress.tsx';
import type { Step } from './steps.ts';
import { StepFailedError } from './use-steps-mutation.ts';

interface DeleteWithBlockersModalProps {
  title: string;
  /** The name the user types to unlock the button. */
  name: string;
  /** What will be removed, and what deleting means. */
  children: ReactNode;
  steps: Step[];
  pending: boolean;
  error: unknown;
  onConfirm: () => void;
  onDismiss: () => void;
}

/** Confirms a delete, then shows each blocker's removal and the delete itself as they run. */
export function DeleteWithBlockersModal(props: DeleteWithBlockersModalProps) {
  const [typed, setTyped] = useState('');
  const failed = props.error != null;
  const started = props.steps.length > 0 || props.pending;

  return (
    <Modal
      visible
      header={props.title}
      onDismiss={props.pending ? () => undefined : props.onDismiss}
      closeAriaLabel="Close"
      footer={
        <Box float="right">
          <SpaceBetween direction="horizontal" size="xs">
            <Button variant="link" disabled={props.pending} onClick={props.onDismiss}>
              {failed ? 'Close' : 'Cancel'}
            </Button>
            <Button
              variant="primary"
              disabled={typed !== props.name}
              loading={props.pending}
              onClick={props.onConfirm}
            >
              {failed ? 'Retry' : 'Delete'}
            </Button>
          </SpaceBetween>
        </Box>
      }
    >
      <SpaceBetween size="m">
        <Box variant="span">{props.children}</Box>
        {!started && (
          <FormField label={`To confirm, type ${props.name}`}>
            <Input
              value={typed}
              autoComplete="off"
              spellcheck={false}
              placeholder={props.name}
              onChange={({ detail }) => setTyped(detail.value)}
            />
          </FormField>
        )}
        {props.steps.length > 0 && <StepsProgress label="Deletion progress" steps={props.steps} />}
        {failed && props.error instanceof StepFailedError && (
          <Box color="text-status-error">
            Stopped at the failed step; the steps before it are done. Retry lists what is left.
          </Box>
        )}
        {failed && !(props.error instanceof StepFailedError) && (
          <ErrorAlert header="Could not list what must be removed first" error={props.error} />
        )}
      </SpaceBetween>
    </Modal>
  );
}
