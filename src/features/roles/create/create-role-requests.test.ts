import { describe, expect, it } from 'vitest';
import { createRoleRequests } from './create-role-requests.ts';

const base = {
  RoleName: 'deployer',
  Path: '/ci/',
  AssumeRolePolicyDocument: '{"Version":"2012-10-17","Statement":[]}',
  Description: '',
  MaxSessionDuration: 3600,
  Tags: [],
  PolicyArns: [],
};

describe('createRoleRequests', () => {
  it('leaves out an empty description and empty tags, as the create sends them', () => {
    expect(createRoleRequests(base)).toEqual([
      {
        Action: 'CreateRole',
        input: {
          RoleName: 'deployer',
          Path: '/ci/',
          AssumeRolePolicyDocument: base.AssumeRolePolicyDocument,
          Description: undefined,
          MaxSessionDuration: 3600,
          Tags: undefined,
        },
      },
    ]);
  });

  it('sends the description and tags, then one AttachRolePolicy a policy', () => {
    const requests = createRoleRequests({
      ...base,
      Description: 'Deploys',
      Tags: [{ Key: 'Team', Value: 'QA' }],
      PolicyArns: ['arn:aws:iam::aws:policy/ReadOnlyAccess'],
    });
    expect(requests[0]).toMatchObject({
      Action: 'CreateRole',
      input: { Description: 'Deploys', Tags: [{ Key: 'Team', Value: 'QA' }] },
    });
    expect(requests.slice(1)).toEqual([
      {
        Action: 'AttachRolePolicy',
        input: { RoleName: 'deployer', PolicyArn: 'arn:aws:iam::aws:policy/ReadOnlyAccess' },
      },
    ]);
  });
});
