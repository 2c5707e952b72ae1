import { describe, expect, it } from 'vitest';
import { diffTags } from './tag-diff.ts';

describe('diffTags', () => {
  const before = [
    { Key: 'Team', Value: 'blue' },
    { Key: 'CostCenter', Value: '42' },
    { Key: 'Owner', Value: 'ana' },
  ];

  it('is empty when nothing changed', () => {
    expect(
      diffTags(
        before,
        before.map((t) => ({ ...t })),
      ),
    ).toEqual({ Tags: [], TagKeys: [] });
  });

  it('tags new and changed values, and untags removed keys', () => {
    const after = [
      { Key: 'Team', Value: 'red' },
      { Key: 'Owner', Value: 'ana' },
      { Key: 'Project', Value: '' },
    ];
    expect(diffTags(before, after)).toEqual({
      Tags: [
        { Key: 'Team', Value: 'red' },
        { Key: 'Project', Value: '' },
      ],
      TagKeys: ['CostCenter'],
    });
  });

  it('re-tags a key whose case changed instead of untagging it', () => {
    const after = [
      { Key: 'team', Value: 'blue' },
      { Key: 'CostCenter', Value: '42' },
      { Key: 'Owner', Value: 'ana' },
    ];
    expect(diffTags(before, after)).toEqual({
      Tags: [{ Key: 'team', Value: 'blue' }],
      TagKeys: [],
    });
  });
});
