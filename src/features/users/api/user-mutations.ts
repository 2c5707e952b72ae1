import { DeleteUserCommand, type IAMClient } from '@aws-sdk/client-iam';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { userKeys } from '../../../aws/query-keys.ts';

export function useDeleteUser(iam: IAMClient) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (UserName: string) => iam.send(new DeleteUserCommand({ UserName })),
    onSuccess: async (_output, UserName) => {
      queryClient.removeQueries({ queryKey: userKeys.detail(UserName) });
      // A user with groups cannot be deleted, so group member lists are unchanged.
      await queryClient.invalidateQueries({ queryKey: userKeys.lists() });
    },
  });
}
