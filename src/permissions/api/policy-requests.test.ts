import { describe, expect, it } from 'vitest';
import {
  attachPolicyRequest,
  deleteInlinePolicyRequest,
  detachPolicyRequest,
  putInlinePolicyRequest,
} from './policy-requests.ts';

const READ_ONLY = 'arn:aws:iam::aws:policy/ReadOnlyAccess';

describe('policy requests', () => {
  it("names the action and the owner's parameter after the owner's kind", () => {
    expect(attachPolicyRequest({ kind: 'group', name: 'Developers' }, READ_ONLY)).toEqual({
      Action: 'AttachGroupPolicy',
      input: { GroupName: 'Developers', PolicyArn: READ_ONLY },
    });
    expect(detachPolicyRequest({ kind: 'role', name: 'deployer' }, READ_ONLY)).toEqual({
      Action: 'DetachRolePolicy',
      input: { RoleName: 'deployer', PolicyArn: READ_ONLY },
    });
    expect(putInlinePolicyRequest({ kind: 'user', name: 'alice' }, 'logs', '{}')).toEqual({
      Action: 'PutUserPolicy',
      input: { UserName: 'alice', PolicyName: 'logs', PolicyDocument: '{}' },
    });
    expect(deleteInlinePolicyRequest({ kind: 'role', name: 'deployer' }, 'logs')).toEqual({
      Action: 'DeleteRolePolicy',
      input: { RoleName: 'deployer', PolicyName: 'logs' },
    });
  });
});
