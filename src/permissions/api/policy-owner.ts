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
  GetGroupPolicyCommand,
  GetRolePolicyCommand,
  GetUserPolicyCommand,
  ListAttachedGroupPoliciesCommand,
  ListAttachedRolePoliciesCommand,
  ListAttachedUserPoliciesCommand,
  ListGroupPoliciesCommand,
  ListRolePoliciesCommand,
  ListUserPoliciesCommand,
  PutGroupPolicyCommand,
  PutRolePolicyCommand,
  PutUserPolicyCommand,
  type AttachedPolicy,
  type IAMClient,
} from '@aws-sdk/client-iam';
import { groupKeys, roleKeys, userKeys } from '../../aws/query-keys.ts';

/** An identity that holds policies: IAM has one set of operations per kind. */
export interface PolicyOwner {
  kind: 'user' | 'group' | 'role';
  /** The UserName, GroupName or RoleName. */
  name: string;
}

export function ownerKeys(owner: PolicyOwner) {
  const factory = { user: userKeys, group: groupKeys, role: roleKeys }[owner.kind];
  return {
    attachedPolicies: factory.attachedPolicies(owner.name),
    inlinePolicies: factory.inlinePolicies(owner.name),
    inlinePolicy: (PolicyName: string) => factory.inlinePolicy(owner.name, PolicyName),
  };
}

interface Page {
  IsTruncated?: boolean;
  Marker?: string;
}

/** The paged list and single-item calls for one owner, named as IAM names them. */
export interface OwnerOperations {
  listAttachedPolicies: (
    Marker?: string,
  ) => Promise<Page & { AttachedPolicies?: AttachedPolicy[] }>;
  listInlinePolicyNames: (Marker?: string) => Promise<Page & { PolicyNames?: string[] }>;
  getInlinePolicy: (PolicyName: string) => Promise<{ PolicyDocument?: string }>;
  putInlinePolicy: (PolicyName: string, PolicyDocument: string) => Promise<unknown>;
  deleteInlinePolicy: (PolicyName: string) => Promise<unknown>;
  attachPolicy: (PolicyArn: string) => Promise<unknown>;
  detachPolicy: (PolicyArn: string) => Promise<unknown>;
}

export function ownerOperations(iam: IAMClient, owner: PolicyOwner): OwnerOperations {
  const name = owner.name;
  switch (owner.kind) {
    case 'user':
      return {
        listAttachedPolicies: (Marker) =>
          iam.send(new ListAttachedUserPoliciesCommand({ UserName: name, Marker })),
        listInlinePolicyNames: (Marker) =>
          iam.send(new ListUserPoliciesCommand({ UserName: name, Marker })),
        getInlinePolicy: (PolicyName) =>
          iam.send(new GetUserPolicyCommand({ UserName: name, PolicyName })),
        putInlinePolicy: (PolicyName, PolicyDocument) =>
          iam.send(new PutUserPolicyCommand({ UserName: name, PolicyName, PolicyDocument })),
        deleteInlinePolicy: (PolicyName) =>
          iam.send(new DeleteUserPolicyCommand({ UserName: name, PolicyName })),
        attachPolicy: (PolicyArn) =>
          iam.send(new AttachUserPolicyCommand({ UserName: name, PolicyArn })),
        detachPolicy: (PolicyArn) =>
          iam.send(new DetachUserPolicyCommand({ UserName: name, PolicyArn })),
      };
    case 'group':
      return {
        listAttachedPolicies: (Marker) =>
          iam.send(new ListAttachedGroupPoliciesCommand({ GroupName: name, Marker })),
        listInlinePolicyNames: (Marker) =>
          iam.send(new ListGroupPoliciesCommand({ GroupName: name, Marker })),
        getInlinePolicy: (PolicyName) =>
          iam.send(new GetGroupPolicyCommand({ GroupName: name, PolicyName })),
        putInlinePolicy: (PolicyName, PolicyDocument) =>
          iam.send(new PutGroupPolicyCommand({ GroupName: name, PolicyName, PolicyDocument })),
        deleteInlinePolicy: (PolicyName) =>
          iam.send(new DeleteGroupPolicyCommand({ GroupName: name, PolicyName })),
        attachPolicy: (PolicyArn) =>
          iam.send(new AttachGroupPolicyCommand({ GroupName: name, PolicyArn })),
        detachPolicy: (PolicyArn) =>
          iam.send(new DetachGroupPolicyCommand({ GroupName: name, PolicyArn })),
      };
    case 'role':
      return {
        listAttachedPolicies: (Marker) =>
          iam.send(new ListAttachedRolePoliciesCommand({ RoleName: name, Marker })),
        listInlinePolicyNames: (Marker) =>
          iam.send(new ListRolePoliciesCommand({ RoleName: name, Marker })),
        getInlinePolicy: (PolicyName) =>
          iam.send(new GetRolePolicyCommand({ RoleName: name, PolicyName })),
        putInlinePolicy: (PolicyName, PolicyDocument) =>
          iam.send(new PutRolePolicyCommand({ RoleName: name, PolicyName, PolicyDocument })),
        deleteInlinePolicy: (PolicyName) =>
          iam.send(new DeleteRolePolicyCommand({ RoleName: name, PolicyName })),
        attachPolicy: (PolicyArn) =>
          iam.send(new AttachRolePolicyCommand({ RoleName: name, PolicyArn })),
        detachPolicy: (PolicyArn) =>
          iam.send(new DetachRolePolicyCommand({ RoleName: name, PolicyArn })),
      };
  }
}
