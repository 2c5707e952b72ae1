import {
  CreateRoleCommand,
  UpdateAssumeRolePolicyCommand,
  UpdateRoleCommand,
  type IAMClient,
  type Tag,
} from '@aws-sdk/client-iam';
import { useQueryClient } from '@tanstack/react-query';
import { useGuardedMutation } from '../../../aws/guarded-mutation.ts';
import { policyKeys, roleKeys } from '../../../aws/query-keys.ts';
import type { IamRequest } from '../../../code/iam-request.ts';
import { sendTagRequests, type TagSave } from '../../../components/tag-requests.ts';
import { ownerOperations } from '../../../permissions/api/policy-owner.ts';
import { useStepsMutation } from '../../../steps/use-steps-mutation.ts';
import { findRoleBlockers, planRoleDeletion } from './role-deletion.ts';

export interface CreateRoleInput {
  RoleName: string;
  Path: string;
  AssumeRolePolicyDocument: string;
  Description: string;
  MaxSessionDuration: number;
  Tags: Tag[];
  PolicyArns: string[];
}

/** CreateRole, then AttachRolePolicy for each chosen policy, with progress. */
export function useCreateRole(iam: IAMClient, input: CreateRoleInput) {
  const queryClient = useQueryClient();
  const operations = ownerOperations(iam, { kind: 'role', name: input.RoleName });
  return useStepsMutation({
    plan: async () => [
      {
        id: 'role',
        label: `Create role ${input.RoleName}`,
        run: async () => {
          await iam.send(
            new CreateRoleCommand({
              RoleName: input.RoleName,
              Path: input.Path,
              AssumeRolePolicyDocument: input.AssumeRolePolicyDocument,
              Description: input.Description === '' ? undefined : input.Description,
              MaxSessionDuration: input.MaxSessionDuration,
              Tags: input.Tags.length > 0 ? input.Tags : undefined,
            }),
          );
        },
      },
      ...input.PolicyArns.map((PolicyArn) => ({
        id: `attach:${PolicyArn}`,
        label: `Attach policy ${PolicyArn.split('/').pop() ?? PolicyArn}`,
        run: async () => {
          await operations.attachPolicy(PolicyArn);
        },
      })),
    ],
    onSettled: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: roleKeys.lists() }),
        queryClient.invalidateQueries({ queryKey: roleKeys.detail(input.RoleName) }),
        queryClient.invalidateQueries({ queryKey: policyKeys.lists() }),
      ]),
  });
}

/**
 * UpdateRole sets Description and MaxSessionDuration together. An empty Description is sent as
 * such: UpdateRole leaves a field it is not given unchanged, so leaving it out would not clear it.
 * https://docs.aws.amazon.com/IAM/latest/APIReference/API_UpdateRole.html
 */
export function useUpdateRole(iam: IAMClient, RoleName: string) {
  const queryClient = useQueryClient();
  return useGuardedMutation({
    mutationFn: (request: IamRequest & { Action: 'UpdateRole' }) =>
      iam.send(new UpdateRoleCommand(request.input)),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: roleKeys.detail(RoleName), exact: true }),
        queryClient.invalidateQueries({ queryKey: roleKeys.lists() }),
      ]),
  });
}

export function useUpdateAssumeRolePolicy(iam: IAMClient, RoleName: string) {
  const queryClient = useQueryClient();
  return useGuardedMutation({
    mutationFn: (request: IamRequest & { Action: 'UpdateAssumeRolePolicy' }) =>
      iam.send(new UpdateAssumeRolePolicyCommand(request.input)),
    onSuccess: () =>
      queryClient.invalidateQueries({ queryKey: roleKeys.detail(RoleName), exact: true }),
  });
}

/** TagRole and UntagRole as the tags form built them, shown as code before they are sent. */
export function useSaveRoleTags(iam: IAMClient, RoleName: string) {
  const queryClient = useQueryClient();
  return useGuardedMutation({
    mutationFn: (edit: TagSave) => sendTagRequests(iam, edit),
    // GetRole carries the tags; ListRoles does not.
    onSettled: () =>
      queryClient.invalidateQueries({ queryKey: roleKeys.detail(RoleName), exact: true }),
  });
}

/** Removes what holds the role as it is now, then DeleteRole, with progress. */
export function useDeleteRole(iam: IAMClient, RoleName: string) {
  const queryClient = useQueryClient();
  return useStepsMutation({
    plan: async () => planRoleDeletion(iam, RoleName, await findRoleBlockers(iam, RoleName)),
    onSettled: (succeeded) => {
      // Refetching a deleted role's page would replace it with "No such role" before the
      // caller can navigate away: its queries are dropped instead.
      if (succeeded) queryClient.removeQueries({ queryKey: roleKeys.detail(RoleName) });
      return Promise.all([
        queryClient.invalidateQueries({ queryKey: roleKeys.lists() }),
        ...(succeeded
          ? []
          : [queryClient.invalidateQueries({ queryKey: roleKeys.detail(RoleName) })]),
        queryClient.invalidateQueries({ queryKey: policyKeys.lists() }),
      ]);
    },
  });
}
