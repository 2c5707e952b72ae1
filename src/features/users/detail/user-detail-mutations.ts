import {
  AddUserToGroupCommand,
  RemoveUserFromGroupCommand,
  TagUserCommand,
  UntagUserCommand,
  type IAMClient,
} from '@aws-sdk/client-iam';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { groupKeys, userKeys } from '../../../aws/query-keys.ts';
import type { TagDiff } from '../../../components/tag-diff.ts';

/** Untags first, so that a full set of 50 tags can swap keys without passing the quota. */
export function useSaveUserTags(iam: IAMClient, UserName: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ Tags, TagKeys }: TagDiff) => {
      if (TagKeys.length > 0) await iam.send(new UntagUserCommand({ UserName, TagKeys }));
      if (Tags.length > 0) await iam.send(new TagUserCommand({ UserName, Tags }));
    },
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
