/**
 * One key factory per entity (all → list(params) → detail(name) → sub-resources). They live in a
 * shared folder because a write in one feature changes another's data: adding a user to a group
 * changes both the group's members and the user's groups.
 */
export interface PathPrefixParams {
  PathPrefix?: string;
}

export const accountKeys = {
  all: ['account'] as const,
  aliases: () => [...accountKeys.all, 'aliases'] as const,
  summary: () => [...accountKeys.all, 'summary'] as const,
};

export const userKeys = {
  all: ['users'] as const,
  lists: () => [...userKeys.all, 'list'] as const,
  list: (params: PathPrefixParams) => [...userKeys.lists(), params] as const,
  details: () => [...userKeys.all, 'detail'] as const,
  detail: (UserName: string) => [...userKeys.details(), UserName] as const,
  accessKeys: (UserName: string) => [...userKeys.detail(UserName), 'accessKeys'] as const,
  accessKeyLastUsed: (UserName: string, AccessKeyId: string) =>
    [...userKeys.accessKeys(UserName), AccessKeyId, 'lastUsed'] as const,
  loginProfile: (UserName: string) => [...userKeys.detail(UserName), 'loginProfile'] as const,
  groupsForUser: (UserName: string) => [...userKeys.detail(UserName), 'groups'] as const,
};

export const groupKeys = {
  all: ['groups'] as const,
  lists: () => [...groupKeys.all, 'list'] as const,
  list: (params: PathPrefixParams) => [...groupKeys.lists(), params] as const,
  details: () => [...groupKeys.all, 'detail'] as const,
  detail: (GroupName: string) => [...groupKeys.details(), GroupName] as const,
};

export const roleKeys = {
  all: ['roles'] as const,
  lists: () => [...roleKeys.all, 'list'] as const,
  list: (params: PathPrefixParams) => [...roleKeys.lists(), params] as const,
  details: () => [...roleKeys.all, 'detail'] as const,
  detail: (RoleName: string) => [...roleKeys.details(), RoleName] as const,
};
