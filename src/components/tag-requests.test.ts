import { describe, expect, it } from 'vitest';
import { diffTags } from './tag-diff.ts';
import { tagRequests } from './tag-requests.ts';

describe('tagRequests', () => {
  const before = [
    { Key: 'Team', Value: 'QA' },
    { Key: 'Old', Value: 'x' },
  ];
  const after = [
    { Key: 'Team', Value: 'Platform' },
    { Key: 'New', Value: '' },
  ];

  it('untags a role before tagging it, so 50 tags can swap keys within the quota', () => {
    expect(tagRequests({ kind: 'role', name: 'deployer' }, diffTags(before, after))).toEqual([
      { Action: 'UntagRole', input: { RoleName: 'deployer', TagKeys: ['Old'] } },
      {
        Action: 'TagRole',
        input: {
          RoleName: 'deployer',
          Tags: [
            { Key: 'Team', Value: 'Platform' },
            { Key: 'New', Value: '' },
          ],
        },
      },
    ]);
  });

  it('sends TagUser alone when nothing is removed, and nothing when nothing changed', () => {
    const user = { kind: 'user', name: 'alice' } as const;
    expect(tagRequests(user, diffTags([], [{ Key: 'A', Value: '1' }]))).toEqual([
      { Action: 'TagUser', input: { UserName: 'alice', Tags: [{ Key: 'A', Value: '1' }] } },
    ]);
    expect(tagRequests(user, diffTags(before, before))).toEqual([]);
  });
});
