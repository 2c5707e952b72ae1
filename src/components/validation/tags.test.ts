import { describe, expect, it } from 'vitest';
import { tagsAreValid, validateTags } from './tags.ts';

describe('validateTags', () => {
  it('accepts keys and values within the rules, including an empty value', () => {
    const rows = [
      { Key: 'Team', Value: 'QA' },
      { Key: 'cost-center:id/1=+@_.', Value: '' },
      { Key: 'k'.repeat(128), Value: 'v'.repeat(256) },
    ];
    expect(tagsAreValid(rows)).toBe(true);
  });

  it('refuses a key repeated with different case, pointing at the first row', () => {
    const { rowErrors } = validateTags([
      { Key: 'Team', Value: '1' },
      { Key: 'team', Value: '2' },
    ]);
    expect(rowErrors[0]).toBeUndefined();
    expect(rowErrors[1]?.Key).toMatch(/repeats row 1/);
  });

  it('refuses empty keys, long keys and long values', () => {
    const { rowErrors } = validateTags([
      { Key: '', Value: 'x' },
      { Key: 'k'.repeat(129), Value: '' },
      { Key: 'ok', Value: 'v'.repeat(257) },
    ]);
    expect(rowErrors[0]?.Key).toMatch(/Enter a key/);
    expect(rowErrors[1]?.Key).toMatch(/at most 128/);
    expect(rowErrors[2]?.Value).toMatch(/at most 256/);
  });

  it('refuses characters outside the tag alphabet and the aws: prefix', () => {
    const { rowErrors } = validateTags([
      { Key: 'semi;colon', Value: '' },
      { Key: 'AWS:owner', Value: '' },
      { Key: 'fine', Value: 'quote"' },
    ]);
    expect(rowErrors[0]?.Key).toMatch(/only letters/);
    expect(rowErrors[1]?.Key).toMatch(/reserved/);
    expect(rowErrors[2]?.Value).toMatch(/only letters/);
  });

  it('refuses more than 50 tags', () => {
    const rows = Array.from({ length: 51 }, (_, i) => ({ Key: `k${i}`, Value: '' }));
    expect(validateTags(rows).listError).toMatch(/at most 50 tags/);
    expect(validateTags(rows.slice(0, 50)).listError).toBeUndefined();
  });
});
