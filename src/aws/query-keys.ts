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
  passwordPolicy: () => [...accountKeys.all, 'passwordPolicy'] as const,
  summary: () => [...accountKeys.all, 'summary'] as const,
  /** Per-user credential findings for the dashboard (MFA, key age): see security-review.ts. */
  securityReview: () => [...accountKeys.all, 'securityReview'] as const,
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
  attachedPolicies: (UserName: string) =>
    [...userKeys.detail(UserName), 'attachedPolicies'] as const,
  inlinePolicies: (UserName: string) => [...userKeys.detail(UserName), 'inlinePolicies'] as const,
  inlinePolicy: (UserName: string, PolicyName: string) =>
    [...userKeys.inlinePolicies(UserName), PolicyName] as const,
  mfaDevices: (UserName: string) => [...userKeys.detail(UserName), 'mfaDevices'] as const,
  sshPublicKeys: (UserName: string) => [...userKeys.detail(UserName), 'sshPublicKeys'] as const,
  sshPublicKey: (UserName: string, SSHPublicKeyId: string) =>
    [...userKeys.sshPublicKeys(UserName), SSHPublicKeyId] as const,
  signingCertificates: (UserName: string) =>
    [...userKeys.detail(UserName), 'signingCertificates'] as const,
  /** Everything DeleteUser refuses over, read fresh when a deletion is about to start. */
  deletionBlockers: (UserName: string) =>
    [...userKeys.detail(UserName), 'deletionBlockers'] as const,
};

export const groupKeys = {
  all: ['groups'] as const,
  lists: () => [...groupKeys.all, 'list'] as const,
  list: (params: PathPrefixParams) => [...groupKeys.lists(), params] as const,
  details: () => [...groupKeys.all, 'detail'] as const,
  detail: (GroupName: string) => [...groupKeys.details(), GroupName] as const,
  attachedPolicies: (GroupName: string) =>
    [...groupKeys.detail(GroupName), 'attachedPolicies'] as const,
  inlinePolicies: (GroupName: string) =>
    [...groupKeys.detail(GroupName), 'inlinePolicies'] as const,
  inlinePolicy: (GroupName: string, PolicyName: string) =>
    [...groupKeys.inlinePolicies(GroupName), PolicyName] as const,
};

export const roleKeys = {
  all: ['roles'] as const,
  lists: () => [...roleKeys.all, 'list'] as const,
  list: (params: PathPrefixParams) => [...roleKeys.lists(), params] as const,
  details: () => [...roleKeys.all, 'detail'] as const,
  detail: (RoleName: string) => [...roleKeys.details(), RoleName] as const,
  attachedPolicies: (RoleName: string) =>
    [...roleKeys.detail(RoleName), 'attachedPolicies'] as const,
  inlinePolicies: (RoleName: string) => [...roleKeys.detail(RoleName), 'inlinePolicies'] as const,
  inlinePolicy: (RoleName: string, PolicyName: string) =>
    [...roleKeys.inlinePolicies(RoleName), PolicyName] as const,
};

export interface PolicyListParams {
  /** ListPolicies' Scope: All, AWS (managed by AWS) or Local (customer managed). */
  Scope?: 'All' | 'AWS' | 'Local';
}

export const policyKeys = {
  all: ['policies'] as const,
  lists: () => [...policyKeys.all, 'list'] as const,
  list: (params: PolicyListParams) => [...policyKeys.lists(), params] as const,
};
