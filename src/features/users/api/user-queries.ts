import { GetUserCommand, type IAMClient } from '@aws-sdk/client-iam';
import { queryOptions } from '@tanstack/react-query';
import { userKeys } from '../../../aws/query-keys.ts';

export function userDetailQuery(iam: IAMClient, UserName: string) {
  return queryOptions({
    queryKey: userKeys.detail(UserName),
    queryFn: async () => {
      const output = await iam.send(new GetUserCommand({ UserName }));
      if (!output.User) throw new Error(`GetUser answered without a user for ${UserName}.`);
      return output.User;
    },
  });
}
