import type { Service } from '../xml/serialize.ts';
import { accessKeyOperations } from './access-keys.ts';
import { accountOperations } from './account.ts';
import { assumeRoleOperations } from './assume-role.ts';
import { attachedPolicyOperations } from './attached-policies.ts';
import { authorizationDetailsOperations } from './authorization-details.ts';
import { changePasswordOperations } from './change-password.ts';
import { groupOperations } from './groups.ts';
import { inlinePolicyOperations } from './inline-policies.ts';
import { loginProfileOperations } from './login-profiles.ts';
import { managedPolicyOperations } from './managed-policies.ts';
import { mfaDeviceOperations } from './mfa-devices.ts';
import { passwordPolicyOperations } from './password-policy.ts';
import { policyVersionOperations } from './policy-versions.ts';
import { roleOperations } from './roles.ts';
import { serviceLinkedRoleOperations } from './service-linked-roles.ts';
import { signingCertificateOperations } from './signing-certificates.ts';
import { sshPublicKeyOperations } from './ssh-public-keys.ts';
import { stsOperations } from './sts.ts';
import { stsSessionOperations } from './sts-sessions.ts';
import type { OperationTable } from './types.ts';
import { userOperations } from './users.ts';

/** Each service's API version: a request naming another is not an operation IAM knows. */
export const API_VERSIONS: Record<Service, string> = {
  iam: '2010-05-08',
  sts: '2011-06-15',
};

export const OPERATIONS: Record<Service, OperationTable> = {
  iam: {
    ...userOperations,
    ...accessKeyOperations,
    ...loginProfileOperations,
    ...groupOperations,
    ...roleOperations,
    ...accountOperations,
    ...managedPolicyOperations,
    ...policyVersionOperations,
    ...attachedPolicyOperations,
    ...inlinePolicyOperations,
    ...passwordPolicyOperations,
    ...changePasswordOperations,
    ...authorizationDetailsOperations,
    ...mfaDeviceOperations,
    ...sshPublicKeyOperations,
    ...signingCertificateOperations,
    ...serviceLinkedRoleOperations,
  },
  sts: { ...stsOperations, ...stsSessionOperations, ...assumeRoleOperations },
};
