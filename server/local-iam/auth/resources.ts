/**
 * The resource each IAM action is authorized on, from its parameters, following the Service
 * Authorization Reference, "Actions, resources, and condition keys for AWS Identity and Access
 * Management": user, group, role, policy and MFA actions on that entity's ARN (with its path);
 * actions with no resource type on `*`. List actions that take a PathPrefix name the path, as
 * IAM's own AccessDenied messages show (`user/`, `role/`, `policy path /`).
 * https://docs.aws.amazon.com/service-authorization/latest/reference/list_identityandaccessmanagementiam.html
 */
import { groupArn, roleArn, userArn } from '../arns.ts';
import type { QueryParams } from '../http/query-params.ts';
import { customerPolicyArn } from '../operations/policy-arns.ts';
import type { Store } from '../store/store.ts';
import type { Caller } from './caller.ts';

export interface ResourceInput {
  store: Store;
  accountId: string;
  caller: Caller;
  params: QueryParams;
}

type ResourceRule = (input: ResourceInput) => string;

/**
 * An existing user's ARN carries its path; a name that matches no user is authorized on the
 * ARN at `/`, and the operation then answers NoSuchEntity. Without `UserName`, the actions
 * that default to the caller act on the caller's own user.
 */
function user(input: ResourceInput): string {
  const { store, accountId, caller, params } = input;
  const userName = params.get('UserName');
  if (userName === undefined) {
    return caller.kind === 'user'
      ? userArn(accountId, caller.user.path, caller.user.userName)
      : '*';
  }
  const found = store.users.byName(userName);
  return userArn(accountId, found?.path ?? '/', found?.userName ?? userName);
}

function newUser({ accountId, params }: ResourceInput): string {
  return userArn(accountId, params.get('Path') ?? '/', params.get('UserName') ?? '');
}

function group({ store, accountId, params }: ResourceInput): string {
  const groupName = params.get('GroupName') ?? '';
  const found = store.groups.byName(groupName);
  return groupArn(accountId, found?.path ?? '/', found?.groupName ?? groupName);
}

function newGroup({ accountId, params }: ResourceInput): string {
  return groupArn(accountId, params.get('Path') ?? '/', params.get('GroupName') ?? '');
}

function role({ store, accountId, params }: ResourceInput): string {
  const roleName = params.get('RoleName') ?? '';
  const found = store.roles.byName(roleName);
  return roleArn(accountId, found?.path ?? '/', found?.roleName ?? roleName);
}

function newRole({ accountId, params }: ResourceInput): string {
  return roleArn(accountId, params.get('Path') ?? '/', params.get('RoleName') ?? '');
}

/** A service-linked role's ARN is decided by the service; its folder is known beforehand. */
function serviceLinkedRole({ accountId, params }: ResourceInput): string {
  return roleArn(accountId, `/aws-service-role/${params.get('AWSServiceName') ?? ''}/`, '');
}

function policy({ params }: ResourceInput): string {
  return params.get('PolicyArn') ?? '*';
}

function newPolicy({ accountId, params }: ResourceInput): string {
  return customerPolicyArn(accountId, params.get('Path') ?? '/', params.get('PolicyName') ?? '');
}

function newMfaDevice({ accountId, params }: ResourceInput): string {
  const name = params.get('VirtualMFADeviceName') ?? '';
  return `arn:aws:iam::${accountId}:mfa${params.get('Path') ?? '/'}${name}`;
}

function mfaDevice({ params }: ResourceInput): string {
  return params.get('SerialNumber') ?? '*';
}

/** The user who owns the key, when the key is one of this account's users'. */
function accessKeyOwner({ store, accountId, params }: ResourceInput): string {
  const key = store.accessKeys.byId(params.get('AccessKeyId') ?? '');
  const owner = key?.userPk === undefined ? undefined : store.users.byPk(key.userPk);
  return owner ? userArn(accountId, owner.path, owner.userName) : '*';
}

function listOf(type: 'user' | 'group' | 'role'): ResourceRule {
  return ({ accountId, params }) =>
    `arn:aws:iam::${accountId}:${type}${params.get('PathPrefix') ?? '/'}`;
}

const everything: ResourceRule = () => '*';

const RULES: Readonly<Record<string, ResourceRule>> = {
  CreateUser: newUser,
  GetUser: user,
  UpdateUser: user,
  DeleteUser: user,
  TagUser: user,
  UntagUser: user,
  ListUserTags: user,
  ListUsers: listOf('user'),
  CreateAccessKey: user,
  ListAccessKeys: user,
  UpdateAccessKey: user,
  DeleteAccessKey: user,
  GetAccessKeyLastUsed: accessKeyOwner,
  CreateLoginProfile: user,
  GetLoginProfile: user,
  UpdateLoginProfile: user,
  DeleteLoginProfile: user,
  ChangePassword: user,
  ListGroupsForUser: user,
  AttachUserPolicy: user,
  DetachUserPolicy: user,
  ListAttachedUserPolicies: user,
  PutUserPolicy: user,
  GetUserPolicy: user,
  DeleteUserPolicy: user,
  ListUserPolicies: user,
  CreateVirtualMFADevice: newMfaDevice,
  DeleteVirtualMFADevice: mfaDevice,
  TagMFADevice: mfaDevice,
  UntagMFADevice: mfaDevice,
  ListMFADeviceTags: mfaDevice,
  EnableMFADevice: user,
  DeactivateMFADevice: user,
  ResyncMFADevice: user,
  ListMFADevices: user,
  GetMFADevice: user,
  UploadSSHPublicKey: user,
  GetSSHPublicKey: user,
  ListSSHPublicKeys: user,
  UpdateSSHPublicKey: user,
  DeleteSSHPublicKey: user,
  UploadSigningCertificate: user,
  ListSigningCertificates: user,
  UpdateSigningCertificate: user,
  DeleteSigningCertificate: user,

  CreateGroup: newGroup,
  GetGroup: group,
  UpdateGroup: group,
  DeleteGroup: group,
  AddUserToGroup: group,
  RemoveUserFromGroup: group,
  ListGroups: listOf('group'),
  AttachGroupPolicy: group,
  DetachGroupPolicy: group,
  ListAttachedGroupPolicies: group,
  PutGroupPolicy: group,
  GetGroupPolicy: group,
  DeleteGroupPolicy: group,
  ListGroupPolicies: group,

  CreateRole: newRole,
  GetRole: role,
  UpdateRole: role,
  UpdateRoleDescription: role,
  UpdateAssumeRolePolicy: role,
  DeleteRole: role,
  TagRole: role,
  UntagRole: role,
  ListRoleTags: role,
  ListRoles: listOf('role'),
  AttachRolePolicy: role,
  DetachRolePolicy: role,
  ListAttachedRolePolicies: role,
  PutRolePolicy: role,
  GetRolePolicy: role,
  DeleteRolePolicy: role,
  ListRolePolicies: role,
  ListInstanceProfilesForRole: role,
  CreateServiceLinkedRole: serviceLinkedRole,
  DeleteServiceLinkedRole: role,

  CreatePolicy: newPolicy,
  GetPolicy: policy,
  DeletePolicy: policy,
  CreatePolicyVersion: policy,
  GetPolicyVersion: policy,
  ListPolicyVersions: policy,
  DeletePolicyVersion: policy,
  SetDefaultPolicyVersion: policy,
  TagPolicy: policy,
  UntagPolicy: policy,
  ListPolicyTags: policy,
  ListEntitiesForPolicy: policy,
  ListPolicies: ({ params }) => `policy path ${params.get('PathPrefix') ?? '/'}`,
};

/** The resource an IAM action is authorized on; `*` for account-wide actions. */
export function resourceFor(action: string, input: ResourceInput): string {
  const rule = Object.hasOwn(RULES, action) ? RULES[action] : undefined;
  return (rule ?? everything)(input);
}
