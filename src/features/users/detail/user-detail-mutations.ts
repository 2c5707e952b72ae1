import {
  AddUserToGroupCommand,
  RemoveUserFromGroupCommand,
  type IAMClient,
} from '@aws-sdk/client-iam';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { groupKeys, userKeys } from '../../../aws/query-keys.ts';
import { sendTagRequests, type TagRequest } from '../../../components/tag-requests.ts';

/** TagUser and UntagUser as the tags form built them, shown as code before they are sent. */
export function useSaveUserTags(iam: IAMClient, UserName: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (requests: TagRequest[]) => sendTagRequests(iam, requests),
    // GetUser carries the tags; the user lists do not.
    onSettled: () =>
      queryClient.invalidateQueries({ queryKey: userKeys.detail(UserName), exact: true }),
  });
}

export interface GroupChangeFailure {
  GroupName: string;
  error: unknown;
}

/** One AddUserToGroup a group; a refusal (the ten-groups quota) is reported per group. */
export function useAddUserToGroups(iam: IAMClient, UserName: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (GroupNames: string[]) => {
      const failures: GroupChangeFailure[] = [];
      for (const GroupName of GroupNames) {
        try {
          await iam.send(new AddUserToGroupCommand({ GroupName, UserName }));
        } catch (error) {
          failures.push({ GroupName, error });
        }
      }
      return failures;
    },
    onSettled: (_failures, _error, GroupNames) =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: userKeys.groupsForUser(UserName) }),
        ...GroupNames.map((GroupName) =>
          queryClient.invalidateQueries({ queryKey: groupKeys.detail(GroupName), exact: true }),
        ),
      ]),
  });
}

export function useRemoveUserFromGroup(iam: IAMClient, UserName: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (GroupName: string) =>
      iam.send(new RemoveUserFromGroupCommand({ GroupName, UserName })),
    onSuccess: (_output, GroupName) =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: userKeys.groupsForUser(UserName) }),
        queryClient.invalidateQueries({ queryKey: groupKeys.detail(GroupName), exact: true }),
      ]),
  });
}
