import {
  AddUserToGroupCommand,
  CreateGroupCommand,
  RemoveUserFromGroupCommand,
  UpdateGroupCommand,
  type IAMClient,
} from '@aws-sdk/client-iam';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useRef } from 'react';
import { groupKeys, policyKeys, userKeys } from '../../../aws/query-keys.ts';
import { ownerOperations } from '../../../permissions/api/policy-owner.ts';
import { useStepsMutation } from '../../../steps/use-steps-mutation.ts';
import { findGroupBlockers, planGroupDeletion } from './group-deletion.ts';

export interface MembershipFailure {
  UserName: string;
  error: unknown;
}

/**
 * Adds or removes each user in turn. IAM takes one user a call; a failure for one user (the
 * ten-groups quota, a user deleted meanwhile) is reported without hiding the others' success.
 */
function useMembershipChange(iam: IAMClient, GroupName: string, change: 'add' | 'remove') {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (UserNames: string[]) => {
      const failures: MembershipFailure[] = [];
      for (const UserName of UserNames) {
        const command =
          change === 'add'
            ? new AddUserToGroupCommand({ GroupName, UserName })
            : new RemoveUserFromGroupCommand({ GroupName, UserName });
        try {
          await iam.send(command);
        } catch (error) {
          failures.push({ UserName, error });
        }
      }
      return failures;
    },
    onSettled: async (_failures, _error, UserNames) => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: groupKeys.detail(GroupName) }),
        ...UserNames.map((UserName) =>
          queryClient.invalidateQueries({ queryKey: userKeys.groupsForUser(UserName) }),
        ),
      ]);
    },
  });
}

export function useAddUsersToGroup(iam: IAMClient, GroupName: string) {
  return useMembershipChange(iam, GroupName, 'add');
}

export function useRemoveUsersFromGroup(iam: IAMClient, GroupName: string) {
  return useMembershipChange(iam, GroupName, 'remove');
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
  NewGroupName: string;
  NewPath: string;
  /** The members, whose group lists show the old name until refetched. */
  UserNames: string[];
}

/** UpdateGroup renames and moves at once; only the fields that change are sent. */
export function useUpdateGroup(iam: IAMClient, GroupName: string, currentPath: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ NewGroupName, NewPath }: UpdateGroupInput) => {
      await iam.send(
        new UpdateGroupCommand({
          GroupName,
          NewGroupName: NewGroupName !== GroupName ? NewGroupName : undefined,
          NewPath: NewPath !== currentPath ? NewPath : undefined,
        }),
      );
    },
    onSuccess: async (_output, { NewGroupName, UserNames }) => {
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
