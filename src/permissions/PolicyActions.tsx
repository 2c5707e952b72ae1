import Button from '@cloudscape-design/components/button';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useState } from 'react';
import { ShowAsCode } from '../code/ShowAsCode.tsx';
import { ConfirmModal } from '../components/ConfirmModal.tsx';
import { useSignedIn } from '../session/SessionContext.tsx';
import { useDeleteInlinePolicy, useDetachPolicy } from './api/permission-mutations.ts';
import type { PolicyOwner } from './api/policy-owner.ts';
import { deleteInlinePolicyRequest, detachPolicyRequest } from './api/policy-requests.ts';
import { InlinePolicyModal } from './InlinePolicyModal.tsx';
import type { PolicyRow } from './use-policy-rows.ts';

function DetachButton({ owner, row }: { owner: PolicyOwner; row: PolicyRow }) {
  const { clients } = useSignedIn();
  const detach = useDetachPolicy(clients.iam, owner);
  const [confirming, setConfirming] = useState(false);
  const close = () => {
    setConfirming(false);
    detach.reset();
  };
  const request = detachPolicyRequest(owner, row.PolicyArn ?? '');

  return (
    <>
      <Button ariaLabel={`Detach ${row.PolicyName}`} onClick={() => setConfirming(true)}>
        Detach
      </Button>
      {confirming && (
        <ConfirmModal
          title={`Detach ${row.PolicyName} from ${owner.name}?`}
          confirmLabel="Detach"
          pending={detach.isPending}
          error={detach.error}
          onConfirm={() => detach.mutate(request, { onSuccess: close })}
          onDismiss={close}
        >
          <SpaceBetween size="m">
            <span>
              {owner.name} loses the permissions this policy grants, unless another policy grants
              them too. The policy itself stays and can be attached again.
            </span>
            <ShowAsCode requests={[request]} />
          </SpaceBetween>
        </ConfirmModal>
      )}
    </>
  );
}

function InlineButtons({ owner, row }: { owner: PolicyOwner; row: PolicyRow }) {
  const { clients } = useSignedIn();
  const remove = useDeleteInlinePolicy(clients.iam, owner);
  const [modal, setModal] = useState<'edit' | 'delete' | undefined>();
  const close = () => {
    setModal(undefined);
    remove.reset();
  };
  const request = deleteInlinePolicyRequest(owner, row.PolicyName);

  return (
    <SpaceBetween direction="horizontal" size="xs">
      <Button ariaLabel={`Edit ${row.PolicyName}`} onClick={() => setModal('edit')}>
        Edit
      </Button>
      <Button ariaLabel={`Delete ${row.PolicyName}`} onClick={() => setModal('delete')}>
        Delete
      </Button>
      {modal === 'edit' && (
        <InlinePolicyModal owner={owner} PolicyName={row.PolicyName} onDismiss={close} />
      )}
      {modal === 'delete' && (
        <ConfirmModal
          title={`Delete inline policy ${row.PolicyName}?`}
          confirmLabel="Delete"
          typeToConfirm={row.PolicyName}
          pending={remove.isPending}
          error={remove.error}
          onConfirm={() => remove.mutate(request, { onSuccess: close })}
          onDismiss={close}
        >
          <SpaceBetween size="m">
            <span>
              An inline policy exists only inside {owner.name}: deleting it cannot be undone.
            </span>
            <ShowAsCode requests={[request]} />
          </SpaceBetween>
        </ConfirmModal>
      )}
    </SpaceBetween>
  );
}

/** What can be done to a policy from this owner's page: only its own policies change here. */
export function PolicyActions({ owner, row }: { owner: PolicyOwner; row: PolicyRow }) {
  if (row.GroupName !== undefined) return null;
  return row.type === 'Inline' ? (
    <InlineButtons owner={owner} row={row} />
  ) : (
    <DetachButton owner={owner} row={row} />
  );
}
