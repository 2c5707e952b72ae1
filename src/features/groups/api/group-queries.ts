import { GetGroupCommand, type IAMClient } from '@aws-sdk/client-iam';
import { infiniteQueryOptions } from '@tanstack/react-query';
import { nextMarker } from '../../../aws/paging.ts';
import { groupKeys } from '../../../aws/query-keys.ts';

/** GetGroup pages: each carries the group and a page of its members (Users). */
export function groupDetailQuery(iam: IAMClient, GroupName: string) {
  return infiniteQueryOptions({
    queryKey: groupKeys.detail(GroupName),
    queryFn: ({ pageParam }) => iam.send(new GetGroupCommand({ GroupName, Marker: pageParam })),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: nextMarker,
  });
}
