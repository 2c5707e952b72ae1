import {
  GetAccessKeyLastUsedCommand,
  ListAccessKeysCommand,
  type IAMClient,
} from '@aws-sdk/client-iam';
import { queryOptions } from '@tanstack/react-query';
import { listAll } from '../../../../aws/paging.ts';
import { userKeys } from '../../../../aws/query-keys.ts';

/** A user's access keys (metadata only: IAM never returns a secret after creation). */
export function accessKeysQuery(iam: IAMClient, UserName: string) {
  return queryOptions({
    queryKey: userKeys.accessKeys(UserName),
    queryFn: () =>
      listAll(
        (Marker) => iam.send(new ListAccessKeysCommand({ UserName, Marker })),
        (page) => page.AccessKeyMetadata,
      ),
  });
}

export function accessKeyLastUsedQuery(iam: IAMClient, UserName: string, AccessKeyId: string) {
  return queryOptions({
    queryKey: userKeys.accessKeyLastUsed(UserName, AccessKeyId),
    queryFn: async () => {
      const output = await iam.send(new GetAccessKeyLastUsedCommand({ AccessKeyId }));
      return output.AccessKeyLastUsed ?? null;
    },
  });
}
