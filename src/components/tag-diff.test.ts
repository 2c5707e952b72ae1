import { describe, expect, it } from 'vitest';
import { diffTags, tagRowsInOrder } from './tag-diff.ts';

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

describe('tagRowsInOrder', () => {
  it("keeps the form's order for keys that remain and puts IAM's new keys last", () => {
    const rows = [
      { Key: 'zone', Value: 'us' },
      { Key: 'Team', Value: 'blue' },
      { Key: 'CostCenter', Value: '42' },
    ];
    const fromIam = [
      { Key: 'CostCenter', Value: '42' },
      { Key: 'Added', Value: 'elsewhere' },
      { Key: 'team', Value: 'red' },
      { Key: 'zone', Value: 'us' },
    ];

    expect(tagRowsInOrder(fromIam, rows)).toEqual([
      { Key: 'zone', Value: 'us' },
      { Key: 'team', Value: 'red' },
      { Key: 'CostCenter', Value: '42' },
      { Key: 'Added', Value: 'elsewhere' },
    ]);
  });
});
