import {
  AttachGroupPolicyCommand,
  AttachRolePolicyCommand,
  AttachUserPolicyCommand,
  DeleteGroupPolicyCommand,
  DeleteRolePolicyCommand,
  DeleteUserPolicyCommand,
  DetachGroupPolicyCommand,
  DetachRolePolicyCommand,
  DetachUserPolicyCommand,
  PutGroupPolicyCommand,
  PutRolePolicyCommand,
  PutUserPolicyCommand,
  type IAMClient,
} from '@aws-sdk/client-iam';
import type { IamRequest } from '../../code/iam-request.ts';
import type { PolicyOwner } from './policy-owner.ts';

type Verb = 'Attach' | 'Detach' | 'Put' | 'Delete';
type Kind = 'User' | 'Group' | 'Role';

/** A change to an owner's policies, as "Show as code" shows it and the console sends it. */
export type PolicyRequest = Extract<IamRequest, { Action: `${Verb}${Kind}Policy` }>;

const KIND: Record<PolicyOwner['kind'], Kind> = { user: 'User', group: 'Group', role: 'Role' };

/** The owner's name under IAM's parameter for it: UserName, GroupName or RoleName. */
function ownerParameter(owner: PolicyOwner) {
  return { [`${KIND[owner.kind]}Name`]: owner.name };
}

type RequestOf<V extends Verb> = Extract<PolicyRequest, { Action: `${V}${Kind}Policy` }>;

// The action and input pair up by construction: the owner's kind picks both.
function policyRequest<V extends Verb>(verb: V, owner: PolicyOwner, input: object): RequestOf<V> {
  const Action = `${verb}${KIND[owner.kind]}Policy`;
  return { Action, input: { ...ownerParameter(owner), ...input } } as unknown as RequestOf<V>;
}

export type AttachPolicyRequest = RequestOf<'Attach'>;
export type DetachPolicyRequest = RequestOf<'Detach'>;
export type PutInlinePolicyRequest = RequestOf<'Put'>;
export type DeleteInlinePolicyRequest = RequestOf<'Delete'>;

export const attachPolicyRequest = (owner: PolicyOwner, PolicyArn: string) =>
  policyRequest('Attach', owner, { PolicyArn });

export const detachPolicyRequest = (owner: PolicyOwner, PolicyArn: string) =>
  policyRequest('Detach', owner, { PolicyArn });

export const putInlinePolicyRequest = (
  owner: PolicyOwner,
  PolicyName: string,
  PolicyDocument: string,
) => policyRequest('Put', owner, { PolicyName, PolicyDocument });

export const deleteInlinePolicyRequest = (owner: PolicyOwner, PolicyName: string) =>
  policyRequest('Delete', owner, { PolicyName });

export function sendPolicyRequest(iam: IAMClient, request: PolicyRequest): Promise<unknown> {
  switch (request.Action) {
    case 'AttachUserPolicy':
      return iam.send(new AttachUserPolicyCommand(request.input));
    case 'AttachGroupPolicy':
      return iam.send(new AttachGroupPolicyCommand(request.input));
    case 'AttachRolePolicy':
      return iam.send(new AttachRolePolicyCommand(request.input));
    case 'DetachUserPolicy':
      return iam.send(new DetachUserPolicyCommand(request.input));
    case 'DetachGroupPolicy':
      return iam.send(new DetachGroupPolicyCommand(request.input));
    case 'DetachRolePolicy':
      return iam.send(new DetachRolePolicyCommand(request.input));
    case 'PutUserPolicy':
      return iam.send(new PutUserPolicyCommand(request.input));
    case 'PutGroupPolicy':
      return iam.send(new PutGroupPolicyCommand(request.input));
    case 'PutRolePolicy':
      return iam.send(new PutRolePolicyCommand(request.input));
    case 'DeleteUserPolicy':
      return iam.send(new DeleteUserPolicyCommand(request.input));
    case 'DeleteGroupPolicy':
      return iam.send(new DeleteGroupPolicyCommand(request.input));
    case 'DeleteRolePolicy':
      return iam.send(new DeleteRolePolicyCommand(request.input));
  }
}
