import type {
  AddUserToGroupCommandInput,
  AttachGroupPolicyCommandInput,
  AttachRolePolicyCommandInput,
  AttachUserPolicyCommandInput,
  CreateAccessKeyCommandInput,
  CreateGroupCommandInput,
  CreateLoginProfileCommandInput,
  CreateRoleCommandInput,
  CreateUserCommandInput,
  DeleteAccountPasswordPolicyCommandInput,
  CreateVirtualMFADeviceCommandInput,
  DeactivateMFADeviceCommandInput,
  DeleteAccessKeyCommandInput,
  DeleteGroupPolicyCommandInput,
  DeleteLoginProfileCommandInput,
  DeleteRolePolicyCommandInput,
  DeleteSigningCertificateCommandInput,
  DeleteSSHPublicKeyCommandInput,
  DeleteUserCommandInput,
  DeleteUserPolicyCommandInput,
  DeleteVirtualMFADeviceCommandInput,
  DetachGroupPolicyCommandInput,
  DetachRolePolicyCommandInput,
  DetachUserPolicyCommandInput,
  EnableMFADeviceCommandInput,
  PutGroupPolicyCommandInput,
  PutRolePolicyCommandInput,
  PutUserPolicyCommandInput,
  RemoveUserFromGroupCommandInput,
  TagRoleCommandInput,
  TagUserCommandInput,
  UntagRoleCommandInput,
  UntagUserCommandInput,
  UpdateAccessKeyCommandInput,
  UpdateAssumeRolePolicyCommandInput,
  UpdateGroupCommandInput,
  UpdateAccountPasswordPolicyCommandInput,
  UpdateLoginProfileCommandInput,
  UpdateRoleCommandInput,
  UpdateSigningCertificateCommandInput,
  UpdateSSHPublicKeyCommandInput,
  UpdateUserCommandInput,
  UploadSigningCertificateCommandInput,
  UploadSSHPublicKeyCommandInput,
} from '@aws-sdk/client-iam';

/**
 * One IAM call as the console is about to send it: the API action and the SDK v3 input. The
 * same value is sent by the console and turned into code by "Show as code", so the code says
 * exactly what the console does.
 */
export type IamRequest =
  | { Action: 'CreateUser'; input: CreateUserCommandInput }
  | { Action: 'UpdateUser'; input: UpdateUserCommandInput }
  | { Action: 'TagUser'; input: TagUserCommandInput }
  | { Action: 'DeleteUser'; input: DeleteUserCommandInput }
  | { Action: 'AddUserToGroup'; input: AddUserToGroupCommandInput }
  | { Action: 'RemoveUserFromGroup'; input: RemoveUserFromGroupCommandInput }
  | { Action: 'AttachUserPolicy'; input: AttachUserPolicyCommandInput }
  | { Action: 'DetachUserPolicy'; input: DetachUserPolicyCommandInput }
  | { Action: 'PutUserPolicy'; input: PutUserPolicyCommandInput }
  | { Action: 'DeleteUserPolicy'; input: DeleteUserPolicyCommandInput }
  | { Action: 'CreateLoginProfile'; input: CreateLoginProfileCommandInput; PasswordLength?: number }
  | { Action: 'UpdateLoginProfile'; input: UpdateLoginProfileCommandInput; PasswordLength?: number }
  | { Action: 'DeleteLoginProfile'; input: DeleteLoginProfileCommandInput }
  | { Action: 'CreateAccessKey'; input: CreateAccessKeyCommandInput }
  | { Action: 'UpdateAccessKey'; input: UpdateAccessKeyCommandInput }
  | { Action: 'DeleteAccessKey'; input: DeleteAccessKeyCommandInput }
  | { Action: 'CreateVirtualMFADevice'; input: CreateVirtualMFADeviceCommandInput }
  | { Action: 'EnableMFADevice'; input: EnableMFADeviceCommandInput }
  | { Action: 'DeactivateMFADevice'; input: DeactivateMFADeviceCommandInput }
  | { Action: 'DeleteVirtualMFADevice'; input: DeleteVirtualMFADeviceCommandInput }
  | { Action: 'UploadSSHPublicKey'; input: UploadSSHPublicKeyCommandInput }
  | { Action: 'UpdateSSHPublicKey'; input: UpdateSSHPublicKeyCommandInput }
  | { Action: 'DeleteSSHPublicKey'; input: DeleteSSHPublicKeyCommandInput }
  | { Action: 'UploadSigningCertificate'; input: UploadSigningCertificateCommandInput }
  | { Action: 'UpdateSigningCertificate'; input: UpdateSigningCertificateCommandInput }
  | { Action: 'DeleteSigningCertificate'; input: DeleteSigningCertificateCommandInput }
  | { Action: 'CreateGroup'; input: CreateGroupCommandInput }
  | { Action: 'AttachGroupPolicy'; input: AttachGroupPolicyCommandInput }
  | { Action: 'CreateRole'; input: CreateRoleCommandInput }
  | { Action: 'AttachRolePolicy'; input: AttachRolePolicyCommandInput }
  | { Action: 'DetachGroupPolicy'; input: DetachGroupPolicyCommandInput }
  | { Action: 'DetachRolePolicy'; input: DetachRolePolicyCommandInput }
  | { Action: 'PutGroupPolicy'; input: PutGroupPolicyCommandInput }
  | { Action: 'PutRolePolicy'; input: PutRolePolicyCommandInput }
  | { Action: 'DeleteGroupPolicy'; input: DeleteGroupPolicyCommandInput }
  | { Action: 'DeleteRolePolicy'; input: DeleteRolePolicyCommandInput }
  | { Action: 'UntagUser'; input: UntagUserCommandInput }
  | { Action: 'UpdateGroup'; input: UpdateGroupCommandInput }
  | { Action: 'UpdateRole'; input: UpdateRoleCommandInput }
  | { Action: 'UpdateAssumeRolePolicy'; input: UpdateAssumeRolePolicyCommandInput }
  | { Action: 'TagRole'; input: TagRoleCommandInput }
  | { Action: 'UntagRole'; input: UntagRoleCommandInput }
  | { Action: 'UpdateAccountPasswordPolicy'; input: UpdateAccountPasswordPolicyCommandInput }
  | { Action: 'DeleteAccountPasswordPolicy'; input: DeleteAccountPasswordPolicyCommandInput };

export type IamAction = IamRequest['Action'];

/**
 * Parameters whose values are secrets: code shows a placeholder instead. A generated password
 * travels only in the request sent; the shown code never holds it.
 */
export const SECRET_PARAMETERS: ReadonlySet<string> = new Set([
  'Password',
  'NewPassword',
  'OldPassword',
  'SecretAccessKey',
  'PrivateKey',
  'SessionToken',
  // MFA codes are valid for a moment only, yet they are still what proves the device.
  'AuthenticationCode1',
  'AuthenticationCode2',
]);
