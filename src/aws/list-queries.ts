import {
  ListGroupsCommand,
  ListGroupsForUserCommand,
  ListRolesCommand,
  ListUsersCommand,
  type IAMClient,
} from '@aws-sdk/client-iam';
import { infiniteQueryOptions, queryOptions } from '@tanstack/react-query';
import { listAll, nextMarker } from './paging.ts';
import { groupKeys, roleKeys, userKeys, type PathPrefixParams } from './query-keys.ts';

/**
 * The first page at IAM's default size, so its rows show at once; the rest at the largest page
 * IAM allows, so a full account (5,000 users) takes six round trips instead of fifty, and the
 * lists render six times instead of fifty. MaxItems is 1-1000:
 * https://docs.aws.amazon.com/IAM/latest/APIReference/API_ListUsers.html
 */
export const FIRST_PAGE_SIZE = 100;
export const NEXT_PAGE_SIZE = 1000;

function pageSize(Marker: string | undefined): number {
  return Marker === undefined ? FIRST_PAGE_SIZE : NEXT_PAGE_SIZE;
}

/**
 * The List* queries several features read (a group's "Add users" picker lists users; the path
 * tree lists all three), defined once so one key always means one query function. Each page is
 * kept as IAM returned it; useAllPages fetches on to the end.
 */
export function userListQuery(iam: IAMClient, params: PathPrefixParams) {
  return infiniteQueryOptions({
    queryKey: userKeys.list(params),
    queryFn: ({ pageParam }) =>
      iam.send(
        new ListUsersCommand({
          PathPrefix: params.PathPrefix,
          Marker: pageParam,
          MaxItems: pageSize(pageParam),
        }),
      ),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: nextMarker,
  });
}

export function groupListQuery(iam: IAMClient, params: PathPrefixParams) {
  return infiniteQueryOptions({
    queryKey: groupKeys.list(params),
    queryFn: ({ pageParam }) =>
      iam.send(
        new ListGroupsCommand({
          PathPrefix: params.PathPrefix,
          Marker: pageParam,
          MaxItems: pageSize(pageParam),
        }),
      ),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: nextMarker,
  });
}

export function roleListQuery(iam: IAMClient, params: PathPrefixParams) {
  return infiniteQueryOptions({
    queryKey: roleKeys.list(params),
    queryFn: ({ pageParam }) =>
      iam.send(
        new ListRolesCommand({
          PathPrefix: params.PathPrefix,
          Marker: pageParam,
          MaxItems: pageSize(pageParam),
        }),
      ),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: nextMarker,
  });
}

/** Every group the user is in (all pages): its memberships and its inherited policies. */
export function groupsForUserQuery(iam: IAMClient, UserName: string) {
  return queryOptions({
    queryKey: userKeys.groupsForUser(UserName),
    queryFn: () =>
      listAll(
        (Marker) => iam.send(new ListGroupsForUserCommand({ UserName, Marker })),
        (page) => page.Groups,
      ),
  });
}
