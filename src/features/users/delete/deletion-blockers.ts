import {
  GetLoginProfileCommand,
  ListAccessKeysCommand,
  ListAttachedUserPoliciesCommand,
  ListGroupsForUserCommand,
  ListMFADevicesCommand,
  ListSigningCertificatesCommand,
  ListSSHPublicKeysCommand,
  ListUserPoliciesCommand,
  type AccessKeyMetadata,
  type AttachedPolicy,
  type Group,
  type IAMClient,
  type MFADevice,
  type SigningCertificate,
  type SSHPublicKeyMetadata,
} from '@aws-sdk/client-iam';
import { queryOptions } from '@tanstack/react-query';
import { hasAwsCode } from '../../../aws/errors.ts';
import { listAll } from '../../../aws/paging.ts';
import { userKeys } from '../../../aws/query-keys.ts';

/**
 * What hangs off a user and makes DeleteUser answer DeleteConflict.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/id_users_remove.html#id_users_deleting_cli
 */
export interface UserBlockers {
  UserName: string;
  hasLoginProfile: boolean;
  AccessKeys: AccessKeyMetadata[];
  MFADevices: MFADevice[];
  SSHPublicKeys: SSHPublicKeyMetadata[];
  Certificates: SigningCertificate[];
  AttachedPolicies: AttachedPolicy[];
  PolicyNames: string[];
  Groups: Group[];
}

async function hasLoginProfile(iam: IAMClient, UserName: string): Promise<boolean> {
  try {
    await iam.send(new GetLoginProfileCommand({ UserName }));
    return true;
  } catch (error) {
    // GetLoginProfile answers NoSuchEntity for a user without a console password.
    if (hasAwsCode(error, 'NoSuchEntity')) return false;
    throw error;
  }
}

export async function listBlockers(iam: IAMClient, UserName: string): Promise<UserBlockers> {
  const [
    loginProfile,
    AccessKeys,
    MFADevices,
    SSHPublicKeys,
    Certificates,
    AttachedPolicies,
    PolicyNames,
    Groups,
  ] = await Promise.all([
    hasLoginProfile(iam, UserName),
    listAll(
      (Marker) => iam.send(new ListAccessKeysCommand({ UserName, Marker })),
      (page) => page.AccessKeyMetadata,
    ),
    listAll(
      (Marker) => iam.send(new ListMFADevicesCommand({ UserName, Marker })),
      (page) => page.MFADevices,
    ),
    listAll(
      (Marker) => iam.send(new ListSSHPublicKeysCommand({ UserName, Marker })),
      (page) => page.SSHPublicKeys,
    ),
    listAll(
      (Marker) => iam.send(new ListSigningCertificatesCommand({ UserName, Marker })),
      (page) => page.Certificates,
    ),
    listAll(
      (Marker) => iam.send(new ListAttachedUserPoliciesCommand({ UserName, Marker })),
      (page) => page.AttachedPolicies,
    ),
    listAll(
      (Marker) => iam.send(new ListUserPoliciesCommand({ UserName, Marker })),
      (page) => page.PolicyNames,
    ),
    listAll(
      (Marker) => iam.send(new ListGroupsForUserCommand({ UserName, Marker })),
      (page) => page.Groups,
    ),
  ]);
  return {
    UserName,
    hasLoginProfile: loginProfile,
    AccessKeys,
    MFADevices,
    SSHPublicKeys,
    Certificates,
    AttachedPolicies,
    PolicyNames,
    Groups,
  };
}

export function deletionBlockersQuery(iam: IAMClient, UserName: string) {
  // The client is the session's, as in every query here, not part of what the key names.
  // eslint-disable-next-line @tanstack/query/exhaustive-deps
  return queryOptions({
    queryKey: userKeys.deletionBlockers(UserName),
    queryFn: () => listBlockers(iam, UserName),
    // Read again each time a deletion dialog opens: a stale list would fail half-way.
    staleTime: 0,
    gcTime: 0,
  });
}
