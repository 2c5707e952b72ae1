import {
  AddUserToGroupCommand,
  RemoveUserFromGroupCommand,
  type IAMClient,
} from '@aws-sdk/client-iam';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { groupKeys, userKeys } from '../../../aws/query-keys.ts';

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
