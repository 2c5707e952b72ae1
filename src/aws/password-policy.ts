import {
  DeleteAccountPasswordPolicyCommand,
  GetAccountPasswordPolicyCommand,
  UpdateAccountPasswordPolicyCommand,
  type IAMClient,
  type PasswordPolicy,
  type UpdateAccountPasswordPolicyCommandInput,
} from '@aws-sdk/client-iam';
import { queryOptions, useQueryClient } from '@tanstack/react-query';
import { useGuardedMutation } from './guarded-mutation.ts';
import { hasAwsCode } from './errors.ts';
import { accountKeys } from './query-keys.ts';

/**
 * The account's password policy, or null when it has none: GetAccountPasswordPolicy then
 * answers NoSuchEntity and IAM's default rules apply.
 * https://docs.aws.amazon.com/IAM/latest/APIReference/API_GetAccountPasswordPolicy.html
 */
export function passwordPolicyQuery(iam: IAMClient) {
  return queryOptions({
    queryKey: accountKeys.passwordPolicy(),
    queryFn: async (): Promise<PasswordPolicy | null> => {
      try {
        const output = await iam.send(new GetAccountPasswordPolicyCommand({}));
        return output.PasswordPolicy ?? null;
      } catch (error) {
        if (hasAwsCode(error, 'NoSuchEntity')) return null;
        throw error;
      }
    },
  });
}

function useInvalidatePasswordPolicy() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: accountKeys.passwordPolicy() });
}

export function useUpdatePasswordPolicy(iam: IAMClient) {
  const invalidate = useInvalidatePasswordPolicy();
  return useGuardedMutation({
    mutationFn: (input: UpdateAccountPasswordPolicyCommandInput) =>
      iam.send(new UpdateAccountPasswordPolicyCommand(input)),
    onSuccess: invalidate,
  });
}

export function useDeletePasswordPolicy(iam: IAMClient) {
  const invalidate = useInvalidatePasswordPolicy();
  return useGuardedMutation({
    mutationFn: () => iam.send(new DeleteAccountPasswordPolicyCommand({})),
    onSuccess: invalidate,
  });
}
