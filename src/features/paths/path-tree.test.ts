import { describe, expect, it } from 'vitest';
import { ancestorPaths, buildPathTree, describeCounts } from './path-tree.ts';

describe('ancestorPaths', () => {
  it('lists every node an identity counts under, root first', () => {
    expect(ancestorPaths('/')).toEqual(['/']);
    expect(ancestorPaths('/a/b/')).toEqual(['/', '/a/', '/a/b/']);
  });
});

describe('buildPathTree', () => {
  const tree = buildPathTree([
    { Path: '/', kind: 'users' },
    { Path: '/team/a/', kind: 'users' },
    { Path: '/team/a/', kind: 'groups' },
    { Path: '/team/', kind: 'roles' },
    { Path: '/teams/', kind: 'users' },
    { kind: 'roles' },
  ]);

  it('counts at each node what PathPrefix=node lists, by kind', () => {
    expect(tree.counts).toEqual({ users: 3, groups: 1, roles: 2 });
    const team = tree.children.find((node) => node.Path === '/team/');
    expect(team?.counts).toEqual({ users: 1, groups: 1, roles: 1 });
    expect(team?.children.map((node) => node.Path)).toEqual(['/team/a/']);
  });

  it('keeps /team/ and /teams/ apart, as PathPrefix does', () => {
    expect(tree.children.map((node) => node.label)).toEqual(['team', 'teams']);
    const teams = tree.children.find((node) => node.Path === '/teams/');
    expect(teams?.counts.users).toBe(1);
  });

  it('is only the root for an empty account', () => {
    const empty = buildPathTree([]);
    expect(empty).toMatchObject({ Path: '/', children: [], counts: { users: 0 } });
  });
});

describe('describeCounts', () => {
  it('spells singular and plural', () => {
    expect(describeCounts({ users: 1, groups: 0, roles: 2 })).toBe('1 user, 0 groups, 2 roles');
  });
});
