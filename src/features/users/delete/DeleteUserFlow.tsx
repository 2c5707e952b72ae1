import Alert from '@cloudscape-design/components/alert';
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import FormField from '@cloudscape-design/components/form-field';
import Input from '@cloudscape-design/components/input';
import Modal from '@cloudscape-design/components/modal';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Spinner from '@cloudscape-design/components/spinner';
import { useQueries, useQueryClient } from '@tanstack/react-query';
import { useGuardedMutation } from '../../../aws/guarded-mutation.ts';
import { useState } from 'react';
import { accountKeys, groupKeys, policyKeys, userKeys } from '../../../aws/query-keys.ts';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { useSignedIn } from '../../../session/SessionContext.tsx';
import { ShowAsCode } from '../../../code/ShowAsCode.tsx';
import { StepsProgress } from '../../../components/StepsProgress.tsx';
import { blockerLines } from './blocker-summary.ts';
import { deletionBlockersQuery } from './deletion-blockers.ts';
import { planUserDeletion, type DeletionStep } from './deletion-plan.ts';
import { runDeletions, type DeletionProgress } from './run-deletion.ts';

interface DeleteUserFlowProps {
  UserNames: string[];
  onDismiss: () => void;
  /** Called once every user is deleted, e.g. to leave a deleted user's page. */
  onDeleted?: (UserNames: string[]) => void;
}

type Plan = { UserName: string; steps: DeletionStep[] };

const CONFIRM_WORD = 'delete';

function useDeleteUsers() {
  const { clients } = useSignedIn();
  const queryClient = useQueryClient();
  const [progress, setProgress] = useState<DeletionProgress[]>([]);
  const mutation = useGuardedMutation({
    mutationFn: (plans: Plan[]) => runDeletions(clients.iam, plans, setProgress),
    // Even a run that stopped half-way removed keys, policies and memberships.
    onSettled: async (result, _error, plans) => {
      for (const UserName of result?.deleted ?? []) {
        queryClient.removeQueries({ queryKey: userKeys.detail(UserName) });
      }
      const requests = plans.flatMap((plan) => plan.steps.map((step) => step.request));
      const GroupNames = new Set(
        requests.flatMap((r) => (r.Action === 'RemoveUserFromGroup' ? [r.input.GroupName] : [])),
      );
      const detached = requests.some((request) => request.Action === 'DetachUserPolicy');
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: userKeys.lists() }),
        queryClient.invalidateQueries({ queryKey: accountKeys.summary() }),
        ...plans.map((plan) =>
          queryClient.invalidateQueries({ queryKey: userKeys.detail(plan.UserName) }),
        ),
        ...[...GroupNames].map((GroupName) =>
          queryClient.invalidateQueries({ queryKey: groupKeys.detail(GroupName ?? '') }),
        ),
        // ListPolicies reports each policy's AttachmentCount.
        ...(detached ? [queryClient.invalidateQueries({ queryKey: policyKeys.lists() })] : []),
      ]);
    },
  });
  return { mutation, progress };
}

/**
 * Deletes users the way IAM requires: every blocker shown first, removed in order with its own
 * progress, then DeleteUser. Stops at the first failure and says which user and which step.
 */
export function DeleteUserFlow({ UserNames, onDismiss, onDeleted }: DeleteUserFlowProps) {
  const { clients } = useSignedIn();
  const [typed, setTyped] = useState('');
  const blockers = useQueries({
    queries: UserNames.map((UserName) => deletionBlockersQuery(clients.iam, UserName)),
  });
  const { mutation, progress } = useDeleteUsers();

  const plans: Plan[] = blockers.flatMap((query, index) =>
    query.data ? [{ UserName: UserNames[index]!, steps: planUserDeletion(query.data) }] : [],
  );
  const ready = plans.length === UserNames.length;
  const started = mutation.isPending || mutation.data !== undefined;
  const failure = mutation.data?.failure;
  const finished = mutation.data !== undefined && failure === undefined;
  const title =
    UserNames.length === 1 ? `Delete ${UserNames[0]}?` : `Delete ${UserNames.length} users?`;

  const start = () =>
    mutation.mutate(plans, {
      onSuccess: (result) => {
        if (!result.failure) onDeleted?.(result.deleted);
      },
    });

  const footer = (
    <Box float="right">
      <SpaceBetween direction="horizontal" size="xs">
        <Button variant="link" onClick={onDismiss} disabled={mutation.isPending}>
          {started ? 'Close' : 'Cancel'}
        </Button>
        {!started && (
          <Button variant="primary" disabled={!ready || typed !== CONFIRM_WORD} onClick={start}>
            Delete
          </Button>
        )}
      </SpaceBetween>
    </Box>
  );

  return (
    <Modal
      visible
      size="large"
      header={title}
      onDismiss={onDismiss}
      closeAriaLabel="Close"
      footer={footer}
    >
      <SpaceBetween size="m">
        {!started && (
          <Box variant="p">
            IAM deletes a user only once nothing hangs off it. These are removed first, in this
            order, then the user. Deleted users, keys and passwords cannot be recovered.
          </Box>
        )}
        {UserNames.map((UserName, index) => {
          const query = blockers[index]!;
          const userProgress = progress.find((item) => item.UserName === UserName);
          return (
            <section key={UserName} aria-label={`User ${UserName}`}>
              <Box variant="h3">
                <span style={{ overflowWrap: 'anywhere' }}>{UserName}</span>
              </Box>
              {started && userProgress ? (
                <StepsProgress steps={userProgress.steps} />
              ) : query.error != null ? (
                <ErrorAlert
                  header="Could not read what the user holds"
                  error={query.error}
                  onRetry={() => void query.refetch()}
                />
              ) : query.data ? (
                <ul aria-label={`What blocks deleting ${UserName}`} style={{ margin: 0 }}>
                  {blockerLines(query.data).map((line) => (
                    <li key={line} style={{ overflowWrap: 'anywhere' }}>
                      {line}
                    </li>
                  ))}
                  {blockerLines(query.data).length === 0 && <li>Nothing: only the user itself.</li>}
                </ul>
              ) : (
                <Spinner />
              )}
            </section>
          );
        })}
        {failure && (
          <Alert type="error" header={`Stopped at ${failure.UserName}: ${failure.step}`}>
            <SpaceBetween size="xs">
              <ErrorAlert error={failure.error} />
              <Box variant="p">
                {mutation.data?.deleted.length
                  ? `Deleted before it: ${mutation.data.deleted.join(', ')}. `
                  : ''}
                Steps after it were not attempted; what is done above stays done.
              </Box>
            </SpaceBetween>
          </Alert>
        )}
        {finished && <Alert type="success">Deleted {mutation.data?.deleted.join(', ')}.</Alert>}
        {!started && ready && (
          <ShowAsCode requests={plans.flatMap((plan) => plan.steps.map((step) => step.request))} />
        )}
        {!started && (
          <FormField label={`To confirm, type "${CONFIRM_WORD}"`}>
            <Input
              value={typed}
              autoComplete="off"
              spellcheck={false}
              placeholder={CONFIRM_WORD}
              onChange={({ detail }) => setTyped(detail.value)}
            />
          </FormField>
        )}
      </SpaceBetween>
    </Modal>
  );
}
