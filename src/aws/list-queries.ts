import {
  ListGroupsCommand,
  ListRolesCommand,
  ListUsersCommand,
  type IAMClient,
} from '@aws-sdk/client-iam';
import { infiniteQueryOptions } from '@tanstack/react-query';
import { nextMarker } from './paging.ts';
import { groupKeys, roleKeys, userKeys, type PathPrefixParams } from './query-keys.ts';

/**
 * The List* queries several features read (a group's "Add users" picker lists users; the path
 * tree lists all three), defined once so one key always means one query function. Each page is
 * kept as IAM returned it; useAllPages fetches on to the end.
 */
export function userListQuery(iam: IAMClient, params: PathPrefixParams) {
  return infiniteQueryOptions({
    queryKey: userKeys.list(params),
    queryFn: ({ pageParam }) =>
      iam.send(new ListUsersCommand({ PathPrefix: params.PathPrefix, Marker: pageParam })),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: nextMarker,
  });
}

export function groupListQuery(iam: IAMClient, params: PathPrefixParams) {
  return infiniteQueryOptions({
    queryKey: groupKeys.list(params),
    queryFn: ({ pageParam }) =>
      iam.send(new ListGroupsCommand({ PathPrefix: params.PathPrefix, Marker: pageParam })),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: nextMarker,
  });
}

export function roleListQuery(iam: IAMClient, params: PathPrefixParams) {
  return infiniteQueryOptions({
    queryKey: roleKeys.list(params),
    queryFn: ({ pageParam }) =>
      iam.send(new ListRolesCommand({ PathPrefix: params.PathPrefix, Marker: pageParam })),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: nextMarker,
  });
}
