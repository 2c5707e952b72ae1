import type { IamRequest } from '../../../code/iam-request.ts';
import type { CreateRoleInput } from '../api/role-mutations.ts';

/**
 * The calls useCreateRole sends for the same input, in its order: CreateRole, then
 * AttachRolePolicy for each policy. An empty Description and an empty tag list are left out,
 * as the mutation leaves them out.
 */
export function createRoleRequests(input: CreateRoleInput): IamRequest[] {
  const { RoleName, Path, AssumeRolePolicyDocument, MaxSessionDuration } = input;
  return [
    {
      Action: 'CreateRole',
      input: {
        RoleName,
        Path,
        AssumeRolePolicyDocument,
        Description: input.Description === '' ? undefined : input.Description,
        MaxSessionDuration,
        Tags: input.Tags.length > 0 ? input.Tags : undefined,
      },
    },
    ...input.PolicyArns.map((PolicyArn): IamRequest => ({
      Action: 'AttachRolePolicy',
      input: { RoleName, PolicyArn },
    })),
  ];
}
