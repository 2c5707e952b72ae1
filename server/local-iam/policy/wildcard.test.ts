import { describe, expect, it } from 'vitest';
import {
  matchesAction,
  matchesArnCondition,
  matchesLike,
  matchesResource,
  plainPattern,
  type PatternPart,
} from './wildcard.ts';

const alice = 'arn:aws:iam::123456789012:user/team/alice';

describe('matchesAction', () => {
  it.each([
    ['*', 'iam:ListUsers', true],
    ['iam:*', 'iam:ListUsers', true],
    ['IAM:LISTUSERS', 'iam:ListUsers', true],
    ['iam:List*s', 'iam:ListUsers', true],
    ['iam:List?sers', 'iam:ListUsers', true],
    ['iam:List?', 'iam:ListUsers', false],
    ['sts:*', 'iam:ListUsers', false],
    ['iam:List.sers', 'iam:ListUsers', false],
  ])('%s against %s: %s', (pattern, action, expected) => {
    expect(matchesAction(pattern, action)).toBe(expected);
  });
});

describe('matchesResource', () => {
  it.each([
    ['*', alice, true],
    ['arn:aws:iam::123456789012:user/*', alice, true],
    ['arn:aws:iam::*:user/team/alice', alice, true],
    ['arn:aws:*', alice, true],
    ['arn:aws:iam:*2:user/team/alice', alice, false],
    ['arn:aws:iam::123456789012:user/team/ALICE', alice, false],
    ['arn:aws:iam::123456789012:user/team/alic?', alice, true],
    ['arn:aws:iam::12345678901?:user/team/alice', alice, true],
    ['arn:aws:iam::123456789012:user/team', alice, false],
  ])('%s against %s: %s', (pattern, resource, expected) => {
    expect(matchesResource(plainPattern(pattern), resource)).toBe(expected);
  });

  it('keeps text from variables literal', () => {
    const parts: PatternPart[] = [
      { text: 'arn:aws:iam::123456789012:user/team/', literal: false },
      { text: '*', literal: true },
    ];
    expect(matchesResource(parts, alice)).toBe(false);
    expect(matchesResource(parts, 'arn:aws:iam::123456789012:user/team/*')).toBe(true);
  });
});

describe('matchesLike', () => {
  it('lets * cross colons and slashes, case-sensitively unless asked', () => {
    expect(matchesLike(plainPattern('arn:*alice'), alice)).toBe(true);
    expect(matchesLike(plainPattern('*ALICE'), alice)).toBe(false);
    expect(matchesLike(plainPattern('*ALICE'), alice, true)).toBe(true);
    expect(matchesLike(plainPattern('a.c'), 'abc')).toBe(false);
  });
});

describe('matchesArnCondition', () => {
  it.each([
    ['arn:aws:iam::123456789012:user/*', alice, true],
    ['arn:aws:iam::*:user/team/alice', alice, true],
    ['arn:*:iam::123456789012:*', alice, true],
    ['arn:aws:iam::*', alice, false],
    ['arn:aws:iam::123456789012:role/*', alice, false],
    ['arn:aws:iam::123456789012:user/*', 'not-an-arn', false],
    ['not-an-arn', alice, false],
  ])('%s against %s: %s', (pattern, value, expected) => {
    expect(matchesArnCondition(plainPattern(pattern), value)).toBe(expected);
  });
});
