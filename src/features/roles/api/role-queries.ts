import { GetRoleCommand, type IAMClient } from '@aws-sdk/client-iam';
import { queryOptions } from '@tanstack/react-query';
import { roleKeys } from '../../../aws/query-keys.ts';

export function roleDetailQuery(iam: IAMClient, RoleName: string) {
  return queryOptions({
    queryKey: roleKeys.detail(RoleName),
    queryFn: async () => {
      const output = await iam.send(new GetRoleCommand({ RoleName }));
      if (!output.Role) throw new Error(`GetRole answered without a role for ${RoleName}.`);
      return output.Role;
    },
  });
}
