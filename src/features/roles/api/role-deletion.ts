import {
  DeleteRoleCommand,
  ListInstanceProfilesForRoleCommand,
  RemoveRoleFromInstanceProfileCommand,
  type IAMClient,
} from '@aws-sdk/client-iam';
import { hasAwsCode } from '../../../aws/errors.ts';
import { listAll } from '../../../aws/paging.ts';
import { ownerOperations } from '../../../permissions/api/policy-owner.ts';
import type { PlannedStep } from '../../../steps/steps.ts';

export interface RoleBlockers {
  InstanceProfileNames: string[];
  PolicyNames: string[];
  PolicyArns: { PolicyArn: string; PolicyName: string }[];
}

/**
 * What DeleteRole refuses to delete past: instance profiles holding the role, inline policies
 * and attached managed policies.
 * https://docs.aws.amazon.com/IAM/latest/APIReference/API_DeleteRole.html
 */
export async function findRoleBlockers(iam: IAMClient, RoleName: string): Promise<RoleBlockers> {
  const operations = ownerOperations(iam, { kind: 'role', name: RoleName });
  const [instanceProfiles, PolicyNames, attached] = await Promise.all([
    listAll(
      (Marker) => iam.send(new ListInstanceProfilesForRoleCommand({ RoleName, Marker })),
      (page) => page.InstanceProfiles,
    ).catch((error: unknown) => {
      // An emulator without instance profiles (this console's local account among them)
      // answers InvalidAction: then no instance profile can hold the role.
      if (hasAwsCode(error, 'InvalidAction')) return [];
      throw error;
    }),
    listAll(operations.listInlinePolicyNames, (page) => page.PolicyNames),
    listAll(operations.listAttachedPolicies, (page) => page.AttachedPolicies),
  ]);
  return {
    InstanceProfileNames: instanceProfiles.map((profile) => profile.InstanceProfileName ?? ''),
    PolicyNames,
    PolicyArns: attached.map((policy) => ({
      PolicyArn: policy.PolicyArn ?? '',
      PolicyName: policy.PolicyName ?? policy.PolicyArn ?? '',
    })),
  };
}

/** The calls that delete the role, blockers first, in the order the console runs them. */
export function planRoleDeletion(
  iam: IAMClient,
  RoleName: string,
  blockers: RoleBlockers,
): PlannedStep[] {
  const operations = ownerOperations(iam, { kind: 'role', name: RoleName });
  return [
    ...blockers.InstanceProfileNames.map((InstanceProfileName) => ({
      id: `instance-profile:${InstanceProfileName}`,
      label: `Remove from instance profile ${InstanceProfileName}`,
      run: async () => {
        await iam.send(new RemoveRoleFromInstanceProfileCommand({ InstanceProfileName, RoleName }));
      },
    })),
    ...blockers.PolicyNames.map((PolicyName) => ({
      id: `inline:${PolicyName}`,
      label: `Delete inline policy ${PolicyName}`,
      run: async () => {
        await operations.deleteInlinePolicy(PolicyName);
      },
    })),
    ...blockers.PolicyArns.map(({ PolicyArn, PolicyName }) => ({
      id: `attached:${PolicyArn}`,
      label: `Detach policy ${PolicyName}`,
      run: async () => {
        await operations.detachPolicy(PolicyArn);
      },
    })),
    {
      id: 'role',
      label: `Delete role ${RoleName}`,
      run: async () => {
        await iam.send(new DeleteRoleCommand({ RoleName }));
      },
    },
  ];
}
