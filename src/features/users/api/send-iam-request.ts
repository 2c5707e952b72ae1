import {
  AddUserToGroupCommand,
  AttachGroupPolicyCommand,
  AttachRolePolicyCommand,
  AttachUserPolicyCommand,
  CreateAccessKeyCommand,
  CreateGroupCommand,
  CreateLoginProfileCommand,
  CreateRoleCommand,
  CreateUserCommand,
  CreateVirtualMFADeviceCommand,
  DeactivateMFADeviceCommand,
  DeleteAccessKeyCommand,
  DeleteLoginProfileCommand,
  DeleteSigningCertificateCommand,
  DeleteSSHPublicKeyCommand,
  DeleteUserCommand,
  DeleteUserPolicyCommand,
  DeleteVirtualMFADeviceCommand,
  DetachUserPolicyCommand,
  EnableMFADeviceCommand,
  PutUserPolicyCommand,
  RemoveUserFromGroupCommand,
  TagUserCommand,
  UpdateAccessKeyCommand,
  UpdateLoginProfileCommand,
  UpdateSigningCertificateCommand,
  UpdateSSHPublicKeyCommand,
  UpdateUserCommand,
  UploadSigningCertificateCommand,
  UploadSSHPublicKeyCommand,
  type IAMClient,
} from '@aws-sdk/client-iam';
import type { IamAction, IamRequest } from '../../../code/iam-request.ts';

type AnyIamCommand = Parameters<IAMClient['send']>[0];

// Each command class has its own input type; the IamRequest union pairs them up.
const COMMANDS: Record<IamAction, new (input: never) => unknown> = {
  CreateUser: CreateUserCommand,
  UpdateUser: UpdateUserCommand,
  TagUser: TagUserCommand,
  DeleteUser: DeleteUserCommand,
  AddUserToGroup: AddUserToGroupCommand,
  RemoveUserFromGroup: RemoveUserFromGroupCommand,
  AttachUserPolicy: AttachUserPolicyCommand,
  DetachUserPolicy: DetachUserPolicyCommand,
  PutUserPolicy: PutUserPolicyCommand,
  DeleteUserPolicy: DeleteUserPolicyCommand,
  CreateLoginProfile: CreateLoginProfileCommand,
  UpdateLoginProfile: UpdateLoginProfileCommand,
  DeleteLoginProfile: DeleteLoginProfileCommand,
  CreateAccessKey: CreateAccessKeyCommand,
  UpdateAccessKey: UpdateAccessKeyCommand,
  DeleteAccessKey: DeleteAccessKeyCommand,
  CreateVirtualMFADevice: CreateVirtualMFADeviceCommand,
  EnableMFADevice: EnableMFADeviceCommand,
  DeactivateMFADevice: DeactivateMFADeviceCommand,
  DeleteVirtualMFADevice: DeleteVirtualMFADeviceCommand,
  UploadSSHPublicKey: UploadSSHPublicKeyCommand,
  UpdateSSHPublicKey: UpdateSSHPublicKeyCommand,
  DeleteSSHPublicKey: DeleteSSHPublicKeyCommand,
  UploadSigningCertificate: UploadSigningCertificateCommand,
  UpdateSigningCertificate: UpdateSigningCertificateCommand,
  DeleteSigningCertificate: DeleteSigningCertificateCommand,
  CreateGroup: CreateGroupCommand,
  AttachGroupPolicy: AttachGroupPolicyCommand,
  CreateRole: CreateRoleCommand,
  AttachRolePolicy: AttachRolePolicyCommand,
};

/** Sends one IamRequest with its SDK command: the request "Show as code" describes. */
export function sendIamRequest(iam: IAMClient, request: IamRequest): Promise<unknown> {
  const Command = COMMANDS[request.Action] as new (input: object) => unknown;
  return iam.send(new Command(request.input) as AnyIamCommand);
}
