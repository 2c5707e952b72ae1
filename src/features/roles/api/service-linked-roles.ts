import {
  CreateServiceLinkedRoleCommand,
  DeleteServiceLinkedRoleCommand,
  GetServiceLinkedRoleDeletionStatusCommand,
  type IAMClient,
} from '@aws-sdk/client-iam';
import { useQueryClient } from '@tanstack/react-query';
import { useGuardedMutation } from '../../../aws/guarded-mutation.ts';
import { ConsoleError } from '../../../aws/errors.ts';
import { roleKeys } from '../../../aws/query-keys.ts';

/**
 * Service-linked roles live under this path and belong to their service: IAM refuses
 * UpdateAssumeRolePolicy and DeleteRole on them, and deletes them only through
 * DeleteServiceLinkedRole.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/using-service-linked-roles.html
 */
export const SERVICE_LINKED_ROLE_PATH_PREFIX = '/aws-service-role/';

export function isServiceLinkedRole(Path: string | undefined): boolean {
  return Path?.startsWith(SERVICE_LINKED_ROLE_PATH_PREFIX) ?? false;
}

export interface CreateServiceLinkedRoleInput {
  AWSServiceName: string;
  Description: string;
  CustomSuffix: string;
}

export function useCreateServiceLinkedRole(iam: IAMClient) {
  const queryClient = useQueryClient();
  return useGuardedMutation({
    mutationFn: async (input: CreateServiceLinkedRoleInput) => {
      const output = await iam.send(
        new CreateServiceLinkedRoleCommand({
          AWSServiceName: input.AWSServiceName.trim(),
          Description: input.Description === '' ? undefined : input.Description,
          CustomSuffix: input.CustomSuffix === '' ? undefined : input.CustomSuffix,
        }),
      );
      return output.Role;
    },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: roleKeys.lists() }),
  });
}

export type DeletionStatus = 'NOT_STARTED' | 'IN_PROGRESS' | 'SUCCEEDED' | 'FAILED';

export interface DeletionProgress {
  DeletionTaskId?: string;
  Status?: DeletionStatus;
}

const POLL_INTERVAL_MS = 2000;
const MAX_POLLS = 60;

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * DeleteServiceLinkedRole only submits a deletion task; the service checks that no resource
 * still uses the role, so the outcome comes from GetServiceLinkedRoleDeletionStatus later.
 * https://docs.aws.amazon.com/IAM/latest/APIReference/API_DeleteServiceLinkedRole.html
 * Polls every two seconds for at most two minutes.
 */
export function useDeleteServiceLinkedRole(
  iam: IAMClient,
  RoleName: string,
  onProgress: (progress: DeletionProgress) => void,
) {
  const queryClient = useQueryClient();
  return useGuardedMutation({
    mutationFn: async () => {
      const { DeletionTaskId } = await iam.send(new DeleteServiceLinkedRoleCommand({ RoleName }));
      if (!DeletionTaskId) {
        throw new ConsoleError('NoDeletionTask', 'DeleteServiceLinkedRole returned no task ID.');
      }
      onProgress({ DeletionTaskId, Status: 'NOT_STARTED' });

      for (let poll = 0; poll < MAX_POLLS; poll += 1) {
        const status = await iam.send(
          new GetServiceLinkedRoleDeletionStatusCommand({ DeletionTaskId }),
        );
        onProgress({ DeletionTaskId, Status: status.Status });
        if (status.Status === 'SUCCEEDED') return;
        if (status.Status === 'FAILED') {
          const usedBy = (status.Reason?.RoleUsageList ?? [])
            .flatMap((usage) => usage.Resources ?? [])
            .join(', ');
          throw new ConsoleError(
            'DeletionFailed',
            status.Reason?.Reason ??
              `The service refused to delete the role${usedBy ? `; still used by ${usedBy}` : ''}.`,
          );
        }
        await wait(POLL_INTERVAL_MS);
      }
      throw new ConsoleError(
        'DeletionPending',
        `The deletion task ${DeletionTaskId} had not finished after two minutes.`,
      );
    },
    onSettled: (_data, error) => {
      // A deleted role's page is dropped, not refetched into "No such role" before navigating.
      if (error == null) queryClient.removeQueries({ queryKey: roleKeys.detail(RoleName) });
      return Promise.all([
        queryClient.invalidateQueries({ queryKey: roleKeys.lists() }),
        ...(error == null
          ? []
          : [queryClient.invalidateQueries({ queryKey: roleKeys.detail(RoleName) })]),
      ]);
    },
  });
}
