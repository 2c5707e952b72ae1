import { describe, expect, it } from 'vitest';
import { matchesText, nameMatchRank, rankedNameColumn } from './name-match.ts';

interface Policy {
  PolicyName: string;
}

const nameColumn = { id: 'PolicyName', header: 'Policy name', cell: () => '' };
const PolicyName = (policy: Policy) => policy.PolicyName;

describe('rankedNameColumn', () => {
  it('puts the exact name first, then prefixes, then other matches, each by name', () => {
    const policies = [
      'AmazonAthenaReadOnlyAccess',
      'ReadOnlyAccessForSupport',
      'AWSBillingReadOnlyAccess',
      'ReadOnlyAccess',
      'readonlyaccess-custom',
    ].map((name) => ({ PolicyName: name }));
    const column = rankedNameColumn<Policy>(nameColumn, PolicyName, 'readonlyaccess');

    const sorted = [...policies].sort(column.sortingComparator).map(PolicyName);

    expect(sorted).toEqual([
      'ReadOnlyAccess',
      'readonlyaccess-custom',
      'ReadOnlyAccessForSupport',
      'AmazonAthenaReadOnlyAccess',
      'AWSBillingReadOnlyAccess',
    ]);
  });

  it('ranks nothing ahead without a filter', () => {
    expect(nameMatchRank('ReadOnlyAccess', '  ')).toBe(nameMatchRank('Other', ''));
  });
});

describe('matchesText', () => {
  it('says match for one and matches otherwise', () => {
    expect(matchesText(1)).toBe('1 match');
    expect(matchesText(0)).toBe('0 matches');
    expect(matchesText(198)).toBe('198 matches');
  });
});
