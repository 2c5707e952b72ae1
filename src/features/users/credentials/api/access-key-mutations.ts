import {
  CreateAccessKeyCommand,
  DeleteAccessKeyCommand,
  UpdateAccessKeyCommand,
  type CreateAccessKeyCommandInput,
  type DeleteAccessKeyCommandInput,
  type IAMClient,
  type UpdateAccessKeyCommandInput,
} from '@aws-sdk/client-iam';
import { useQueryClient } from '@tanstack/react-query';
import { useGuardedMutation } from '../../../../aws/guarded-mutation.ts';
import { userKeys } from '../../../../aws/query-keys.ts';

function useInvalidateAccessKeys(UserName: string) {
  const queryClient = useQueryClient();
  return () =>
    queryClient.invalidateQueries({ queryKey: userKeys.accessKeys(UserName), exact: true });
}

export function useCreateAccessKey(iam: IAMClient, UserName: string) {
  const invalidate = useInvalidateAccessKeys(UserName);
  return useGuardedMutation({
    mutationFn: async (input: CreateAccessKeyCommandInput) => {
      const output = await iam.send(new CreateAccessKeyCommand(input));
      if (!output.AccessKey) throw new Error('CreateAccessKey answered without a key.');
      return output.AccessKey;
    },
    onSuccess: invalidate,
  });
}

export function useUpdateAccessKey(iam: IAMClient, UserName: string) {
  const invalidate = useInvalidateAccessKeys(UserName);
  return useGuardedMutation({
    mutationFn: (input: UpdateAccessKeyCommandInput) => iam.send(new UpdateAccessKeyCommand(input)),
    onSuccess: invalidate,
  });
}

export function useDeleteAccessKey(iam: IAMClient, UserName: string) {
  const queryClient = useQueryClient();
  const invalidate = useInvalidateAccessKeys(UserName);
  return useGuardedMutation({
    mutationFn: (input: DeleteAccessKeyCommandInput) => iam.send(new DeleteAccessKeyCommand(input)),
    onSuccess: async (_output, { AccessKeyId = '' }) => {
      queryClient.removeQueries({ queryKey: userKeys.accessKeyLastUsed(UserName, AccessKeyId) });
      await invalidate();
    },
  });
}
