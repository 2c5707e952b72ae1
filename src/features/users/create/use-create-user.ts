import type { IAMClient } from '@aws-sdk/client-iam';
import { useQueryClient } from '@tanstack/react-query';
import { useGuardedMutation } from '../../../aws/guarded-mutation.ts';
import { useState } from 'react';
import { groupKeys, userKeys } from '../../../aws/query-keys.ts';
import type { CreateUserForm } from './create-user-form.ts';
import { runCreateUser, type CreateUserStep } from './create-user-steps.ts';

/** The create-user run as one mutation, with each step's progress as it happens. */
export function useCreateUser(iam: IAMClient) {
  const queryClient = useQueryClient();
  const [steps, setSteps] = useState<CreateUserStep[]>([]);

  const mutation = useGuardedMutation({
    mutationFn: (form: CreateUserForm) => runCreateUser(iam, form, setSteps),
    // Even a run that stopped half-way may have created the user and joined groups.
    onSettled: async (_result, _error, form) => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: userKeys.lists() }),
        queryClient.invalidateQueries({ queryKey: userKeys.detail(form.UserName) }),
        ...form.GroupNames.map((GroupName) =>
          queryClient.invalidateQueries({ queryKey: groupKeys.detail(GroupName) }),
        ),
      ]);
    },
  });
  return { mutation, steps };
}
