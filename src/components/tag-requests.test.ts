import { describe, expect, it } from 'vitest';
import { diffTags } from './tag-diff.ts';
import type { IAMClient } from '@aws-sdk/client-iam';
import { sendTagRequests, tagRequests } from './tag-requests.ts';

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

describe('sendTagRequests', () => {
  const saved = [
    { Key: 't1', Value: 'one' },
    { Key: 't2', Value: 'two' },
  ];
  const requests = tagRequests(
    { kind: 'role', name: 'deployer' },
    diffTags(saved, [
      { Key: 't2', Value: 'two' },
      { Key: 'new', Value: 'n' },
    ]),
  );

  /** An IAM client that records calls and refuses the ones `refuse` picks. */
  function fakeIam(refuse: (name: string, call: number) => boolean) {
    const calls: [string, unknown][] = [];
    const iam = {
      send: async (command: { constructor: { name: string }; input: unknown }) => {
        calls.push([command.constructor.name, command.input]);
        if (refuse(command.constructor.name, calls.length)) {
          throw Object.assign(new Error('refused'), { name: 'LimitExceeded' });
        }
        return {};
      },
    } as unknown as IAMClient;
    return { iam, calls };
  }

  it('puts back the removed tags when tagging fails, then reports the failure', async () => {
    const { iam, calls } = fakeIam((name, call) => name === 'TagRoleCommand' && call === 2);
    await expect(sendTagRequests(iam, { requests, saved })).rejects.toMatchObject({
      name: 'LimitExceeded',
    });
    expect(calls.map(([name]) => name)).toEqual([
      'UntagRoleCommand',
      'TagRoleCommand',
      'TagRoleCommand',
    ]);
    expect(calls[2]?.[1]).toEqual({ RoleName: 'deployer', Tags: [{ Key: 't1', Value: 'one' }] });
  });

  it('says which tags are gone when putting them back fails too', async () => {
    const { iam } = fakeIam((name) => name === 'TagRoleCommand');
    await expect(sendTagRequests(iam, { requests, saved })).rejects.toThrow(
      /Removed and not put back: t1\./,
    );
  });
});
