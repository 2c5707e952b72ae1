import {
  DeleteGroupCommand,
  GetGroupCommand,
  RemoveUserFromGroupCommand,
  type IAMClient,
} from '@aws-sdk/client-iam';
import { listAll } from '../../../aws/paging.ts';
import { ownerOperations } from '../../../permissions/api/policy-owner.ts';
import type { PlannedStep } from '../../../steps/steps.ts';

export interface GroupBlockers {
  UserNames: string[];
  PolicyArns: { PolicyArn: string; PolicyName: string }[];
  PolicyNames: string[];
}

/**
 * What DeleteGroup refuses to delete past: members, attached managed policies and inline
 * policies. https://docs.aws.amazon.com/IAM/latest/APIReference/API_DeleteGroup.html
 */
export async function findGroupBlockers(iam: IAMClient, GroupName: string): Promise<GroupBlockers> {
  const operations = ownerOperations(iam, { kind: 'group', name: GroupName });
  const [members, attached, PolicyNames] = await Promise.all([
    listAll(
      (Marker) => iam.send(new GetGroupCommand({ GroupName, Marker })),
      (page) => page.Users,
    ),
    listAll(operations.listAttachedPolicies, (page) => page.AttachedPolicies),
    listAll(operations.listInlinePolicyNames, (page) => page.PolicyNames),
  ]);
  return {
    UserNames: members.map((user) => user.UserName ?? ''),
    PolicyArns: attached.map((policy) => ({
      PolicyArn: policy.PolicyArn ?? '',
      PolicyName: policy.PolicyName ?? policy.PolicyArn ?? '',
    })),
    PolicyNames,
  };
}

/** Remove members, detach managed policies, delete inline policies, then DeleteGroup. */
export function planGroupDeletion(
  iam: IAMClient,
  GroupName: string,
  blockers: GroupBlockers,
): PlannedStep[] {
  const operations = ownerOperations(iam, { kind: 'group', name: GroupName });
  return [
    ...blockers.UserNames.map((UserName) => ({
      id: `member:${UserName}`,
      label: `Remove ${UserName} from the group`,
      run: async () => {
        await iam.send(new RemoveUserFromGroupCommand({ GroupName, UserName }));
      },
    })),
    ...blockers.PolicyArns.map(({ PolicyArn, PolicyName }) => ({
      id: `attached:${PolicyArn}`,
      label: `Detach policy ${PolicyName}`,
      run: async () => {
        await operations.detachPolicy(PolicyArn);
      },
    })),
    ...blockers.PolicyNames.map((PolicyName) => ({
      id: `inline:${PolicyName}`,
      label: `Delete inline policy ${PolicyName}`,
      run: async () => {
        await operations.deleteInlinePolicy(PolicyName);
      },
    })),
    {
      id: 'group',
      label: `Delete group ${GroupName}`,
      run: async () => {
        await iam.send(new DeleteGroupCommand({ GroupName }));
      },
    },
  ];
}
