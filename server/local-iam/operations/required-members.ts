import { ValidationError } from '../errors.ts';
import { memberName, type QueryParams } from '../http/query-params.ts';
import type { Service } from '../xml/serialize.ts';

/**
 * The members each action requires ("Required: Yes" in the IAM and STS API references), for
 * actions that require any. IAM validates its whole input before it looks anything up, so a
 * request that leaves one out gets ValidationError even when it also names an entity that
 * does not exist. The local account leaves `UserName` optional where it acts on the caller:
 * EnableMFADevice and ResyncMFADevice on the root user's own device (the console's "Assign
 * MFA device" for root), UpdateLoginProfile on an IAM user's own profile.
 * https://docs.aws.amazon.com/IAM/latest/APIReference/CommonErrors.html
 */
export const REQUIRED_MEMBERS: Record<Service, Readonly<Record<string, readonly string[]>>> = {
  iam: {
    CreateUser: ['UserName'],
    UpdateUser: ['UserName'],
    DeleteUser: ['UserName'],
    TagUser: ['UserName', 'Tags'],
    UntagUser: ['UserName', 'TagKeys'],
    ListUserTags: ['UserName'],
    UpdateAccessKey: ['AccessKeyId', 'Status'],
    DeleteAccessKey: ['AccessKeyId'],
    GetAccessKeyLastUsed: ['AccessKeyId'],
    CreateGroup: ['GroupName'],
    GetGroup: ['GroupName'],
    UpdateGroup: ['GroupName'],
    DeleteGroup: ['GroupName'],
    AddUserToGroup: ['GroupName', 'UserName'],
    RemoveUserFromGroup: ['GroupName', 'UserName'],
    ListGroupsForUser: ['UserName'],
    CreateRole: ['RoleName', 'AssumeRolePolicyDocument'],
    GetRole: ['RoleName'],
    UpdateRole: ['RoleName'],
    UpdateRoleDescription: ['RoleName', 'Description'],
    UpdateAssumeRolePolicy: ['RoleName', 'PolicyDocument'],
    DeleteRole: ['RoleName'],
    TagRole: ['RoleName', 'Tags'],
    UntagRole: ['RoleName', 'TagKeys'],
    ListRoleTags: ['RoleName'],
    CreateAccountAlias: ['AccountAlias'],
    DeleteAccountAlias: ['AccountAlias'],
    CreatePolicy: ['PolicyName', 'PolicyDocument'],
    GetPolicy: ['PolicyArn'],
    DeletePolicy: ['PolicyArn'],
    TagPolicy: ['PolicyArn', 'Tags'],
    UntagPolicy: ['PolicyArn', 'TagKeys'],
    ListPolicyTags: ['PolicyArn'],
    CreatePolicyVersion: ['PolicyArn', 'PolicyDocument'],
    GetPolicyVersion: ['PolicyArn', 'VersionId'],
    ListPolicyVersions: ['PolicyArn'],
    DeletePolicyVersion: ['PolicyArn', 'VersionId'],
    SetDefaultPolicyVersion: ['PolicyArn', 'VersionId'],
    AttachUserPolicy: ['UserName', 'PolicyArn'],
    AttachGroupPolicy: ['GroupName', 'PolicyArn'],
    AttachRolePolicy: ['RoleName', 'PolicyArn'],
    DetachUserPolicy: ['UserName', 'PolicyArn'],
    DetachGroupPolicy: ['GroupName', 'PolicyArn'],
    DetachRolePolicy: ['RoleName', 'PolicyArn'],
    ListAttachedUserPolicies: ['UserName'],
    ListAttachedGroupPolicies: ['GroupName'],
    ListAttachedRolePolicies: ['RoleName'],
    ListEntitiesForPolicy: ['PolicyArn'],
    PutUserPolicy: ['UserName', 'PolicyName', 'PolicyDocument'],
    PutGroupPolicy: ['GroupName', 'PolicyName', 'PolicyDocument'],
    PutRolePolicy: ['RoleName', 'PolicyName', 'PolicyDocument'],
    GetUserPolicy: ['UserName', 'PolicyName'],
    GetGroupPolicy: ['GroupName', 'PolicyName'],
    GetRolePolicy: ['RoleName', 'PolicyName'],
    DeleteUserPolicy: ['UserName', 'PolicyName'],
    DeleteGroupPolicy: ['GroupName', 'PolicyName'],
    DeleteRolePolicy: ['RoleName', 'PolicyName'],
    ListUserPolicies: ['UserName'],
    ListGroupPolicies: ['GroupName'],
    ListRolePolicies: ['RoleName'],
    ChangePassword: ['OldPassword', 'NewPassword'],
    CreateVirtualMFADevice: ['VirtualMFADeviceName'],
    EnableMFADevice: ['SerialNumber', 'AuthenticationCode1', 'AuthenticationCode2'],
    DeactivateMFADevice: ['SerialNumber'],
    ResyncMFADevice: ['SerialNumber', 'AuthenticationCode1', 'AuthenticationCode2'],
    DeleteVirtualMFADevice: ['SerialNumber'],
    TagMFADevice: ['SerialNumber', 'Tags'],
    UntagMFADevice: ['SerialNumber', 'TagKeys'],
    ListMFADeviceTags: ['SerialNumber'],
    UploadSSHPublicKey: ['UserName', 'SSHPublicKeyBody'],
    GetSSHPublicKey: ['UserName', 'SSHPublicKeyId', 'Encoding'],
    UpdateSSHPublicKey: ['UserName', 'SSHPublicKeyId', 'Status'],
    DeleteSSHPublicKey: ['UserName', 'SSHPublicKeyId'],
    UploadSigningCertificate: ['CertificateBody'],
    UpdateSigningCertificate: ['CertificateId', 'Status'],
    DeleteSigningCertificate: ['CertificateId'],
    CreateServiceLinkedRole: ['AWSServiceName'],
    DeleteServiceLinkedRole: ['RoleName'],
    GetServiceLinkedRoleDeletionStatus: ['DeletionTaskId'],
  },
  sts: {
    GetAccessKeyInfo: ['AccessKeyId'],
    AssumeRole: ['RoleArn', 'RoleSessionName'],
  },
};

/** A member is sent as `Name=…`, or as a list's `Name.member.N…` fields. */
function isSent(params: QueryParams, name: string): boolean {
  return params.list(name) !== undefined || params.structList(name) !== undefined;
}

/** Every missing member in one error, in IAM's words for model validation. */
export function checkRequiredMembers(service: Service, action: string, params: QueryParams): void {
  const required = Object.hasOwn(REQUIRED_MEMBERS[service], action)
    ? (REQUIRED_MEMBERS[service][action] ?? [])
    : [];
  const missing = required.filter((name) => !isSent(params, name));
  if (missing.length === 0) return;
  const count = missing.length === 1 ? '1 validation error' : `${missing.length} validation errors`;
  const details = missing.map(
    (name) =>
      `Value null at '${memberName(name)}' failed to satisfy constraint: Member must not be null`,
  );
  throw new ValidationError(`${count} detected: ${details.join('; ')}`);
}
