import { describe, expect, it } from 'vitest';
import { createGroupRequests } from './create-group-requests.ts';

describe('createGroupRequests', () => {
  it('creates the group, then attaches each policy, then adds each user', () => {
    const requests = createGroupRequests({
      GroupName: 'Developers',
      Path: '/eng/',
      PolicyArns: ['arn:aws:iam::aws:policy/ReadOnlyAccess'],
      UserNames: ['alice', 'bob'],
    });
    expect(requests).toEqual([
      { Action: 'CreateGroup', input: { GroupName: 'Developers', Path: '/eng/' } },
      {
        Action: 'AttachGroupPolicy',
        input: { GroupName: 'Developers', PolicyArn: 'arn:aws:iam::aws:policy/ReadOnlyAccess' },
      },
      { Action: 'AddUserToGroup', input: { GroupName: 'Developers', UserName: 'alice' } },
      { Action: 'AddUserToGroup', input: { GroupName: 'Developers', UserName: 'bob' } },
    ]);
  });
});
