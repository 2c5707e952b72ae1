import {
  AddUserToGroupCommand,
  CreateGroupCommand,
  RemoveUserFromGroupCommand,
  UpdateGroupCommand,
  type IAMClient,
} from '@aws-sdk/client-iam';
import { useQueryClient } from '@tanstack/react-query';
import { useGuardedMutation } from '../../../aws/guarded-mutation.ts';
import { useRef } from 'react';
import { groupKeys, policyKeys, userKeys } from '../../../aws/query-keys.ts';
import type { IamRequest } from '../../../code/iam-request.ts';
import { ownerOperations } from '../../../permissions/api/policy-owner.ts';
import { useStepsMutation } from '../../../steps/use-steps-mutation.ts';
import { findGroupBlockers, planGroupDeletion } from './group-deletion.ts';

export type MembershipRequest = IamRequest & { Action: 'AddUserToGroup' | 'RemoveUserFromGroup' };
export type UpdateGroupRequest = IamRequest & { Action: 'UpdateGroup' };

/** One AddUserToGroup or RemoveUserFromGroup a user, as "Show as code" shows them. */
export function membershipRequests(
  change: 'add' | 'remove',
  GroupName: string,
  UserNames: readonly string[],
): MembershipRequest[] {
  const Action = change === 'add' ? 'AddUserToGroup' : 'RemoveUserFromGroup';
  return UserNames.map((UserName) => ({ Action, input: { GroupName, UserName } }));
}

/** UpdateGroup with only what changes: an omitted NewGroupName or NewPath stays as it is. */
export function updateGroupRequest(
  current: { GroupName: string; Path: string },
  edited: { GroupName: string; Path: string },
): UpdateGroupRequest {
  const input: UpdateGroupRequest['input'] = { GroupName: current.GroupName };
  if (edited.GroupName !== current.GroupName) input.NewGroupName = edited.GroupName;
  if (edited.Path !== current.Path) input.NewPath = edited.Path;
  return { Action: 'UpdateGroup', input };
}

export interface MembershipFailure {
  UserName: string;
  error: unknown;
}

/**
 * Adds or removes each user in turn. IAM takes one user a call; a failure for one user (the
 * ten-groups quota, a user deleted meanwhile) is reported without hiding the others' success.
 */
function useMembershipChange(iam: IAMClient, GroupName: string) {
  const queryClient = useQueryClient();
  return useGuardedMutation({
    mutationFn: async (requests: MembershipRequest[]) => {
      const failures: MembershipFailure[] = [];
      for (const request of requests) {
        const command =
          request.Action === 'AddUserToGroup'
            ? new AddUserToGroupCommand(request.input)
            : new RemoveUserFromGroupCommand(request.input);
        try {
          await iam.send(command);
        } catch (error) {
          failures.push({ UserName: request.input.UserName ?? '', error });
        }
      }
      return failures;
    },
    onSettled: async (_failures, _error, requests) => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: groupKeys.detail(GroupName) }),
        ...requests.map(({ input: { UserName = '' } }) =>
          queryClient.invalidateQueries({ queryKey: userKeys.groupsForUser(UserName) }),
        ),
      ]);
    },
  });
}

export function useAddUsersToGroup(iam: IAMClient, GroupName: string) {
  return useMembershipChange(iam, GroupName);
}

export function useRemoveUsersFromGroup(iam: IAMClient, GroupName: string) {
  return useMembershipChange(iam, GroupName);
}

export interface CreateGroupInput {
  GroupName: string;
  Path: string;
  PolicyArns: string[];
  UserNames: string[];
}

/** CreateGroup, then AttachGroupPolicy and AddUserToGroup for each choice, with progress. */
export function useCreateGroup(iam: IAMClient, input: CreateGroupInput) {
  const queryClient = useQueryClient();
  const { GroupName, Path, PolicyArns, UserNames } = input;
  const operations = ownerOperations(iam, { kind: 'group', name: GroupName });
  return useStepsMutation({
    plan: async () => [
      {
        id: 'group',
        label: `Create group ${GroupName}`,
        run: async () => {
          await iam.send(new CreateGroupCommand({ GroupName, Path }));
        },
      },
      ...PolicyArns.map((PolicyArn) => ({
        id: `attach:${PolicyArn}`,
        label: `Attach policy ${PolicyArn.split('/').pop() ?? PolicyArn}`,
        run: async () => {
          await operations.attachPolicy(PolicyArn);
        },
      })),
      ...UserNames.map((UserName) => ({
        id: `member:${UserName}`,
        label: `Add ${UserName} to the group`,
        run: async () => {
          await iam.send(new AddUserToGroupCommand({ GroupName, UserName }));
        },
      })),
    ],
    onSettled: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: groupKeys.lists() }),
        queryClient.invalidateQueries({ queryKey: groupKeys.detail(GroupName) }),
        queryClient.invalidateQueries({ queryKey: policyKeys.lists() }),
        ...UserNames.map((UserName) =>
          queryClient.invalidateQueries({ queryKey: userKeys.groupsForUser(UserName) }),
        ),
      ]),
  });
}

export interface UpdateGroupInput {
  request: UpdateGroupRequest;
  /** The members, whose group lists show the old name until refetched. */
  UserNames: string[];
}

/** UpdateGroup renames and moves at once. */
export function useUpdateGroup(iam: IAMClient, GroupName: string) {
  const queryClient = useQueryClient();
  return useGuardedMutation({
    mutationFn: async ({ request }: UpdateGroupInput) => {
      await iam.send(new UpdateGroupCommand(request.input));
    },
    onSuccess: async (_output, { request, UserNames }) => {
      const NewGroupName = request.input.NewGroupName ?? GroupName;
      if (NewGroupName !== GroupName) {
        queryClient.removeQueries({ queryKey: groupKeys.detail(GroupName) });
      }
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: groupKeys.lists() }),
        queryClient.invalidateQueries({ queryKey: groupKeys.detail(NewGroupName) }),
        ...UserNames.map((UserName) =>
          queryClient.invalidateQueries({ queryKey: userKeys.groupsForUser(UserName) }),
        ),
      ]);
    },
  });
}

/** Removes members and policies as they are now, then DeleteGroup, with progress. */
export function useDeleteGroup(iam: IAMClient, GroupName: string) {
  const queryClient = useQueryClient();
  // Read back in onSettled, which may come from a later render than the plan did.
  const members = useRef<string[]>([]);
  return useStepsMutation({
    plan: async () => {
      const blockers = await findGroupBlockers(iam, GroupName);
      members.current = blockers.UserNames;
      return planGroupDeletion(iam, GroupName, blockers);
    },
    onSettled: (succeeded) => {
      // Refetching a deleted group's page would replace it with "No such group" before the
      // caller can navigate away: its queries are dropped instead.
      if (succeeded) queryClient.removeQueries({ queryKey: groupKeys.detail(GroupName) });
      return Promise.all([
        queryClient.invalidateQueries({ queryKey: groupKeys.lists() }),
        ...(succeeded
          ? []
          : [queryClient.invalidateQueries({ queryKey: groupKeys.detail(GroupName) })]),
        queryClient.invalidateQueries({ queryKey: policyKeys.lists() }),
        ...members.current.map((UserName) =>
          queryClient.invalidateQueries({ queryKey: userKeys.groupsForUser(UserName) }),
        ),
      ]);
    },
  });
}
