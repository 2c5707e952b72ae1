import Button from '@cloudscape-design/components/button';
import Modal from '@cloudscape-design/components/modal';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useState } from 'react';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { useSignedIn } from '../../session/SessionContext.tsx';
import { ShowAsCode } from '../../code/ShowAsCode.tsx';
import type { IamRequest } from '../../code/iam-request.ts';
import { useUpdateAssumeRolePolicy } from './api/role-mutations.ts';
import { TrustPolicyEditor } from './trust/TrustPolicyEditor.tsx';
import { validateTrustPolicy } from './trust/trust-policy-check.ts';
import { ModalFooter } from '../../components/ModalFooter.tsx';

interface EditTrustPolicyModalProps {
  RoleName: string;
  /** The current document, already decoded and indented. */
  document: string;
  onDismiss: () => void;
}

export function EditTrustPolicyModal({ RoleName, document, onDismiss }: EditTrustPolicyModalProps) {
  const { clients } = useSignedIn();
  const update = useUpdateAssumeRolePolicy(clients.iam, RoleName);
  const [text, setText] = useState(document);
  const valid = validateTrustPolicy(text).length === 0;
  const request: IamRequest & { Action: 'UpdateAssumeRolePolicy' } = {
    Action: 'UpdateAssumeRolePolicy',
    input: { RoleName, PolicyDocument: text },
  };

  return (
    <Modal
      visible
      size="large"
      onDismiss={onDismiss}
      closeAriaLabel="Close"
      header={`Edit trust policy of ${RoleName}`}
      footer={
        <ModalFooter onCancel={onDismiss}>
          <Button
            variant="primary"
            disabled={!valid || text === document}
            loading={update.isPending}
            onClick={() => update.mutate(request, { onSuccess: onDismiss })}
          >
            Update policy
          </Button>
        </ModalFooter>
      }
    >
      <SpaceBetween size="m">
        <TrustPolicyEditor
          value={text}
          onChange={setText}
          description="Sessions already issued keep working until they expire."
        />
        {update.error != null && (
          <ErrorAlert header="Could not update the trust policy" error={update.error} />
        )}
        <ShowAsCode requests={text === document ? [] : [request]} />
      </SpaceBetween>
    </Modal>
  );
}
