import type { IamRequest } from '../../../code/iam-request.ts';
import type { UserBlockers } from './deletion-blockers.ts';

export interface DeletionStep {
  id: string;
  /** "Delete access key AKIA…", shown in the progress list and in a failure. */
  label: string;
  request: IamRequest;
}

// A virtual device's serial number is its ARN (arn:aws:iam::…:mfa/name); a hardware or U2F
// device's is not, and only needs deactivating.
// https://docs.aws.amazon.com/IAM/latest/APIReference/API_DeleteVirtualMFADevice.html
function isVirtualMfa(SerialNumber: string): boolean {
  return SerialNumber.startsWith('arn:');
}

/**
 * The calls that delete a user, in the order the IAM user guide gives: console password, access
 * keys, signing certificates, SSH keys, MFA devices (deactivate, then delete a virtual one),
 * inline policies, attached policies, group memberships, then DeleteUser itself.
 */
export function planUserDeletion(blockers: UserBlockers): DeletionStep[] {
  const { UserName } = blockers;
  const steps: DeletionStep[] = [];
  const add = (id: string, label: string, request: IamRequest) =>
    steps.push({ id, label, request });

  if (blockers.hasLoginProfile) {
    add('login-profile', 'Delete console password', {
      Action: 'DeleteLoginProfile',
      input: { UserName },
    });
  }
  for (const { AccessKeyId = '' } of blockers.AccessKeys) {
    add(`access-key:${AccessKeyId}`, `Delete access key ${AccessKeyId}`, {
      Action: 'DeleteAccessKey',
      input: { UserName, AccessKeyId },
    });
  }
  for (const { CertificateId = '' } of blockers.Certificates) {
    add(`certificate:${CertificateId}`, `Delete signing certificate ${CertificateId}`, {
      Action: 'DeleteSigningCertificate',
      input: { UserName, CertificateId },
    });
  }
  for (const { SSHPublicKeyId = '' } of blockers.SSHPublicKeys) {
    add(`ssh-key:${SSHPublicKeyId}`, `Delete SSH public key ${SSHPublicKeyId}`, {
      Action: 'DeleteSSHPublicKey',
      input: { UserName, SSHPublicKeyId },
    });
  }
  for (const { SerialNumber = '' } of blockers.MFADevices) {
    add(`mfa:${SerialNumber}`, `Deactivate MFA device ${SerialNumber}`, {
      Action: 'DeactivateMFADevice',
      input: { UserName, SerialNumber },
    });
    if (isVirtualMfa(SerialNumber)) {
      add(`virtual-mfa:${SerialNumber}`, `Delete virtual MFA device ${SerialNumber}`, {
        Action: 'DeleteVirtualMFADevice',
        input: { SerialNumber },
      });
    }
  }
  for (const PolicyName of blockers.PolicyNames) {
    add(`inline-policy:${PolicyName}`, `Delete inline policy ${PolicyName}`, {
      Action: 'DeleteUserPolicy',
      input: { UserName, PolicyName },
    });
  }
  for (const { PolicyArn = '', PolicyName } of blockers.AttachedPolicies) {
    add(`attached-policy:${PolicyArn}`, `Detach policy ${PolicyName ?? PolicyArn}`, {
      Action: 'DetachUserPolicy',
      input: { UserName, PolicyArn },
    });
  }
  for (const { GroupName = '' } of blockers.Groups) {
    add(`group:${GroupName}`, `Remove from group ${GroupName}`, {
      Action: 'RemoveUserFromGroup',
      input: { GroupName, UserName },
    });
  }
  add('user', `Delete user ${UserName}`, { Action: 'DeleteUser', input: { UserName } });
  return steps;
}
