import { GetAccountSummaryCommand, type IAMClient } from '@aws-sdk/client-iam';
import { queryOptions } from '@tanstack/react-query';
import { accountKeys } from '../../aws/query-keys.ts';

/** Usage counts (Users, Groups, Roles…) and quotas for the account. */
export function accountSummaryQuery(iam: IAMClient) {
  return queryOptions({
    queryKey: accountKeys.summary(),
    queryFn: async () => {
      const output = await iam.send(new GetAccountSummaryCommand({}));
      return output.SummaryMap ?? {};
    },
  });
}
