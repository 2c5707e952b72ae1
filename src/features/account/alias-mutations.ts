import {
  CreateAccountAliasCommand,
  DeleteAccountAliasCommand,
  type IAMClient,
} from '@aws-sdk/client-iam';
import { useQueryClient } from '@tanstack/react-query';
import { useGuardedMutation } from '../../aws/guarded-mutation.ts';
import { accountKeys } from '../../aws/query-keys.ts';

function useInvalidateAliases() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: accountKeys.aliases() });
}

/**
 * An account has one alias; CreateAccountAlias with another name replaces it, which is how
 * the AWS console's "Edit" changes it.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/console-account-alias.html
 */
export function useCreateAccountAlias(iam: IAMClient) {
  const invalidate = useInvalidateAliases();
  return useGuardedMutation({
    mutationFn: (AccountAlias: string) => iam.send(new CreateAccountAliasCommand({ AccountAlias })),
    onSuccess: invalidate,
  });
}

export function useDeleteAccountAlias(iam: IAMClient) {
  const invalidate = useInvalidateAliases();
  return useGuardedMutation({
    mutationFn: (AccountAlias: string) => iam.send(new DeleteAccountAliasCommand({ AccountAlias })),
    onSuccess: invalidate,
  });
}
