import {
  AddUserToGroupCommand,
  RemoveUserFromGroupCommand,
  type IAMClient,
} from '@aws-sdk/client-iam';
import { useQueryClient } from '@tanstack/react-query';
import { useGuardedMutation } from '../../../aws/guarded-mutation.ts';
import { groupKeys, userKeys } from '../../../aws/query-keys.ts';
import type { IamRequest } from '../../../code/iam-request.ts';
import { sendTagRequests, type TagSave } from '../../../components/tag-requests.ts';

export type AddUserToGroupRequest = IamRequest & { Action: 'AddUserToGroup' };
export type RemoveUserFromGroupRequest = IamRequest & { Action: 'RemoveUserFromGroup' };

/** TagUser and UntagUser as the tags form built them, shown as code before they are sent. */
export function useSaveUserTags(iam: IAMClient, UserName: string) {
  const queryClient = useQueryClient();
  return useGuardedMutation({
    mutationFn: (edit: TagSave) => sendTagRequests(iam, edit),
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
  return useGuardedMutation({
    mutationFn: async (requests: AddUserToGroupRequest[]) => {
      const failures: GroupChangeFailure[] = [];
      for (const request of requests) {
        try {
          await iam.send(new AddUserToGroupCommand(request.input));
        } catch (error) {
          failures.push({ GroupName: request.input.GroupName ?? '', error });
        }
      }
      return failures;
    },
    onSettled: (_failures, _error, requests) =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: userKeys.groupsForUser(UserName) }),
        ...requests.map(({ input: { GroupName = '' } }) =>
          queryClient.invalidateQueries({ queryKey: groupKeys.detail(GroupName), exact: true }),
        ),
      ]),
  });
}

export function useRemoveUserFromGroup(iam: IAMClient, UserName: string) {
  const queryClient = useQueryClient();
  return useGuardedMutation({
    mutationFn: (request: RemoveUserFromGroupRequest) =>
      iam.send(new RemoveUserFromGroupCommand(request.input)),
    onSuccess: (_output, { input: { GroupName = '' } }) =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: userKeys.groupsForUser(UserName) }),
        queryClient.invalidateQueries({ queryKey: groupKeys.detail(GroupName), exact: true }),
      ]),
  });
}
