import {
  CreateLoginProfileCommand,
  DeleteLoginProfileCommand,
  GetLoginProfileCommand,
  UpdateLoginProfileCommand,
  type CreateLoginProfileCommandInput,
  type DeleteLoginProfileCommandInput,
  type IAMClient,
  type LoginProfile,
  type UpdateLoginProfileCommandInput,
} from '@aws-sdk/client-iam';
import { queryOptions, useQueryClient } from '@tanstack/react-query';
import { useGuardedMutation } from '../../../../aws/guarded-mutation.ts';
import { hasAwsCode } from '../../../../aws/errors.ts';
import { userKeys } from '../../../../aws/query-keys.ts';

/**
 * The user's console password settings, or null when console access is off: GetLoginProfile
 * answers NoSuchEntity for a user without a password.
 * https://docs.aws.amazon.com/IAM/latest/APIReference/API_GetLoginProfile.html
 */
export function loginProfileQuery(iam: IAMClient, UserName: string) {
  return queryOptions({
    queryKey: userKeys.loginProfile(UserName),
    queryFn: async (): Promise<LoginProfile | null> => {
      try {
        const output = await iam.send(new GetLoginProfileCommand({ UserName }));
        return output.LoginProfile ?? null;
      } catch (error) {
        if (hasAwsCode(error, 'NoSuchEntity')) return null;
        throw error;
      }
    },
  });
}

export interface PasswordInput {
  Password: string;
  PasswordResetRequired: boolean;
}

function useInvalidateLoginProfile(UserName: string) {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: userKeys.loginProfile(UserName) });
}

export function useCreateLoginProfile(iam: IAMClient, UserName: string) {
  const invalidate = useInvalidateLoginProfile(UserName);
  return useGuardedMutation({
    mutationFn: (input: CreateLoginProfileCommandInput) =>
      iam.send(new CreateLoginProfileCommand(input)),
    onSuccess: invalidate,
  });
}

export function useUpdateLoginProfile(iam: IAMClient, UserName: string) {
  const invalidate = useInvalidateLoginProfile(UserName);
  return useGuardedMutation({
    mutationFn: (input: UpdateLoginProfileCommandInput) =>
      iam.send(new UpdateLoginProfileCommand(input)),
    onSuccess: invalidate,
  });
}

export function useDeleteLoginProfile(iam: IAMClient, UserName: string) {
  const invalidate = useInvalidateLoginProfile(UserName);
  return useGuardedMutation({
    mutationFn: (input: DeleteLoginProfileCommandInput) =>
      iam.send(new DeleteLoginProfileCommand(input)),
    onSuccess: invalidate,
  });
}
