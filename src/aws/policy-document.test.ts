import { describe, expect, it } from 'vitest';
import { decodePolicyDocument } from './policy-document.ts';

describe('decodePolicyDocument', () => {
  it("decodes IAM's URL-encoded JSON and formats it", () => {
    const encoded = encodeURIComponent(
      '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Service":"ec2.amazonaws.com"},"Action":"sts:AssumeRole"}]}',
    );
    const text = decodePolicyDocument(encoded);
    expect(text).toContain('"Version": "2012-10-17"');
    expect(text.split('\n').length).toBeGreaterThan(5);
  });

  it('shows plain JSON and undecodable text as they came', () => {
    expect(decodePolicyDocument('{"a":1}')).toBe('{\n  "a": 1\n}');
    expect(decodePolicyDocument('%E0%A4%A')).toBe('%E0%A4%A');
  });
});
