import type { IamRequest } from '../../code/iam-request.ts';
import type { CreateGroupInput } from './api/group-mutations.ts';

/**
 * The calls useCreateGroup sends for the same input, in its order: CreateGroup, then
 * AttachGroupPolicy for each policy, then AddUserToGroup for each user (one user a call).
 */
export function createGroupRequests(input: CreateGroupInput): IamRequest[] {
  const { GroupName, Path, PolicyArns, UserNames } = input;
  return [
    { Action: 'CreateGroup', input: { GroupName, Path } },
    ...PolicyArns.map((PolicyArn): IamRequest => ({
      Action: 'AttachGroupPolicy',
      input: { GroupName, PolicyArn },
    })),
    ...UserNames.map((UserName): IamRequest => ({
      Action: 'AddUserToGroup',
      input: { GroupName, UserName },
    })),
  ];
}
