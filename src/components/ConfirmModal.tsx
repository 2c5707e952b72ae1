import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import FormField from '@cloudscape-design/components/form-field';
import Input from '@cloudscape-design/components/input';
import Modal from '@cloudscape-design/components/modal';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useState, type ReactNode } from 'react';
import { ErrorAlert } from './ErrorAlert.tsx';
import { ModalFooter } from './ModalFooter.tsx';

interface ConfirmModalProps {
  title: string;
  /** What will happen, stated plainly. */
  children: ReactNode;
  /** When set, the user types this (a key ID, a user name) before the button unlocks. */
  typeToConfirm?: string;
  confirmLabel: string;
  pending: boolean;
  error: unknown;
  onConfirm: () => void;
  onDismiss: () => void;
}

/** A destructive action's confirmation, showing the API's refusal in place if it comes. */
export function ConfirmModal(props: ConfirmModalProps) {
  const [typed, setTyped] = useState('');
  const { typeToConfirm } = props;
  const confirmed = typeToConfirm === undefined || typed === typeToConfirm;

  return (
    <Modal
      visible
      header={props.title}
      onDismiss={props.onDismiss}
      closeAriaLabel="Close"
      footer={
        <ModalFooter onCancel={props.onDismiss}>
          <Button
            variant="primary"
            disabled={!confirmed}
            loading={props.pending}
            onClick={props.onConfirm}
          >
            {props.confirmLabel}
          </Button>
        </ModalFooter>
      }
    >
      <SpaceBetween size="m">
        <Box variant="div">{props.children}</Box>
        {typeToConfirm !== undefined && (
          <FormField label={`To confirm, type ${typeToConfirm}`}>
            <Input
              value={typed}
              autoComplete="off"
              spellcheck={false}
              placeholder={typeToConfirm}
              onChange={({ detail }) => setTyped(detail.value)}
            />
          </FormField>
        )}
        {props.error != null && <ErrorAlert error={props.error} />}
      </SpaceBetween>
    </Modal>
  );
}
