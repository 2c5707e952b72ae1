import { describe, expect, it } from 'vitest';
import { conditionsHold } from './conditions.ts';
import { buildRequestContext, normalizeContext, type RequestContext } from './context.ts';
import type { ConditionBlock } from './types.ts';

const context: RequestContext = {
  'aws:username': 'alice',
  'aws:PrincipalArn': 'arn:aws:iam::123456789012:user/team/alice',
  'aws:SourceIp': '203.0.113.45',
  'aws:CurrentTime': '2025-01-15T12:00:00Z',
  'aws:EpochTime': '1736942400',
  'aws:SecureTransport': 'true',
  'aws:MultiFactorAuthAge': '120',
  'aws:TagKeys': ['Team', 'Cost'],
  'aws:Binary': 'QmluYXJ5',
  'aws:Ipv6': '2001:db8::1',
};

function holds(block: ConditionBlock): boolean {
  return conditionsHold(block, normalizeContext(context), '2012-10-17');
}

const one = (operator: string, key: string, ...values: string[]): ConditionBlock => ({
  [operator]: { [key]: values },
});

describe('condition operators', () => {
  const cases: [string, ConditionBlock, boolean][] = [
    ['StringEquals', one('StringEquals', 'aws:username', 'alice'), true],
    ['StringEquals is case-sensitive', one('StringEquals', 'aws:username', 'Alice'), false],
    ["values of one key are OR'ed", one('StringEquals', 'aws:username', 'bob', 'alice'), true],
    ['key names ignore case', one('StringEquals', 'AWS:USERNAME', 'alice'), true],
    ['StringNotEquals', one('StringNotEquals', 'aws:username', 'bob'), true],
    [
      'StringNotEquals on a listed value',
      one('StringNotEquals', 'aws:username', 'bob', 'alice'),
      false,
    ],
    ['StringEqualsIgnoreCase', one('StringEqualsIgnoreCase', 'aws:username', 'ALICE'), true],
    ['StringNotEqualsIgnoreCase', one('StringNotEqualsIgnoreCase', 'aws:username', 'ALICE'), false],
    ['StringLike', one('StringLike', 'aws:PrincipalArn', 'arn:aws:iam::*:user/team/*'), true],
    ['StringLike ?', one('StringLike', 'aws:username', 'al?ce'), true],
    ['StringNotLike', one('StringNotLike', 'aws:username', 'b*'), true],
    [
      'StringLike with a variable',
      one('StringLike', 'aws:PrincipalArn', '*/${aws:username}'),
      true,
    ],
    ['StringEquals with a variable', one('StringEquals', 'aws:username', '${aws:username}'), true],
    ['NumericEquals', one('NumericEquals', 'aws:MultiFactorAuthAge', '120'), true],
    ['NumericNotEquals', one('NumericNotEquals', 'aws:MultiFactorAuthAge', '120'), false],
    ['NumericLessThan', one('NumericLessThan', 'aws:MultiFactorAuthAge', '121'), true],
    [
      'NumericLessThan at the bound',
      one('NumericLessThan', 'aws:MultiFactorAuthAge', '120'),
      false,
    ],
    ['NumericLessThanEquals', one('NumericLessThanEquals', 'aws:MultiFactorAuthAge', '120'), true],
    ['NumericGreaterThan', one('NumericGreaterThan', 'aws:MultiFactorAuthAge', '119.5'), true],
    [
      'NumericGreaterThanEquals',
      one('NumericGreaterThanEquals', 'aws:MultiFactorAuthAge', '121'),
      false,
    ],
    ['Numeric on a non-number', one('NumericEquals', 'aws:username', '0'), false],
    ['DateEquals ISO', one('DateEquals', 'aws:CurrentTime', '2025-01-15T12:00:00Z'), true],
    ['DateEquals with epoch seconds', one('DateEquals', 'aws:CurrentTime', '1736942400'), true],
    ['DateNotEquals', one('DateNotEquals', 'aws:CurrentTime', '2025-01-15T12:00:00Z'), false],
    ['DateLessThan', one('DateLessThan', 'aws:CurrentTime', '2025-02-01T00:00:00Z'), true],
    [
      'DateLessThanEquals',
      one('DateLessThanEquals', 'aws:EpochTime', '2025-01-15T12:00:00Z'),
      true,
    ],
    ['DateGreaterThan', one('DateGreaterThan', 'aws:CurrentTime', '2025-02-01'), false],
    ['DateGreaterThanEquals', one('DateGreaterThanEquals', 'aws:CurrentTime', '2025-01-15'), true],
    ['Bool', one('Bool', 'aws:SecureTransport', 'true'), true],
    ['Bool ignores case', one('Bool', 'aws:SecureTransport', 'TRUE'), true],
    ['Bool false', one('Bool', 'aws:SecureTransport', 'false'), false],
    ['BinaryEquals', one('BinaryEquals', 'aws:Binary', 'QmluYXJ5'), true],
    ['IpAddress in a CIDR', one('IpAddress', 'aws:SourceIp', '203.0.113.0/24'), true],
    ['IpAddress outside', one('IpAddress', 'aws:SourceIp', '198.51.100.0/24'), false],
    ['IpAddress of one host', one('IpAddress', 'aws:SourceIp', '203.0.113.45'), true],
    ['IpAddress IPv6', one('IpAddress', 'aws:Ipv6', '2001:db8::/32'), true],
    ['IpAddress family mismatch', one('IpAddress', 'aws:SourceIp', '2001:db8::/32'), false],
    ['NotIpAddress', one('NotIpAddress', 'aws:SourceIp', '198.51.100.0/24'), true],
    [
      'ArnEquals',
      one('ArnEquals', 'aws:PrincipalArn', 'arn:aws:iam::123456789012:user/team/alice'),
      true,
    ],
    ['ArnLike', one('ArnLike', 'aws:PrincipalArn', 'arn:aws:iam::*:user/*'), true],
    ['ArnNotEquals', one('ArnNotEquals', 'aws:PrincipalArn', 'arn:aws:iam::*:role/*'), true],
    ['ArnNotLike', one('ArnNotLike', 'aws:PrincipalArn', 'arn:aws:iam::*:user/*'), false],
    ['Null true on a missing key', one('Null', 'aws:TokenIssueTime', 'true'), true],
    ['Null true on a present key', one('Null', 'aws:username', 'true'), false],
    ['Null false on a present key', one('Null', 'aws:username', 'false'), true],
    ['a missing key fails a positive operator', one('StringEquals', 'aws:nothing', 'x'), false],
    ['a missing key passes a negated operator', one('StringNotLike', 'aws:nothing', 'x'), true],
    [
      'a missing key passes a negated ARN operator',
      one('ArnNotLike', 'aws:nothing', 'arn:*'),
      true,
    ],
    ['IfExists passes a missing key', one('StringEqualsIfExists', 'aws:nothing', 'x'), true],
    ['IfExists checks a present key', one('StringEqualsIfExists', 'aws:username', 'bob'), false],
    ['ForAnyValue: one matches', one('ForAnyValue:StringEquals', 'aws:TagKeys', 'Cost'), true],
    ['ForAnyValue: none matches', one('ForAnyValue:StringEquals', 'aws:TagKeys', 'Owner'), false],
    ['ForAnyValue: missing key', one('ForAnyValue:StringEquals', 'aws:nothing', 'x'), false],
    [
      'ForAllValues: all allowed',
      one('ForAllValues:StringEquals', 'aws:TagKeys', 'Team', 'Cost', 'X'),
      true,
    ],
    [
      'ForAllValues: one not allowed',
      one('ForAllValues:StringEquals', 'aws:TagKeys', 'Team'),
      false,
    ],
    ['ForAllValues: missing key', one('ForAllValues:StringEquals', 'aws:nothing', 'x'), true],
    [
      'ForAllValues:StringNotEquals',
      one('ForAllValues:StringNotEquals', 'aws:TagKeys', 'Owner'),
      true,
    ],
    [
      'ForAnyValue:StringNotEquals',
      one('ForAnyValue:StringNotEquals', 'aws:TagKeys', 'Team'),
      true,
    ],
    ['multivalued key without qualifier', one('StringEquals', 'aws:TagKeys', 'Team'), true],
    [
      "keys within an operator are AND'ed",
      { StringEquals: { 'aws:username': ['alice'], 'aws:SecureTransport': ['false'] } },
      false,
    ],
    [
      "operators are AND'ed",
      {
        StringEquals: { 'aws:username': ['alice'] },
        IpAddress: { 'aws:SourceIp': ['203.0.113.0/24'] },
      },
      true,
    ],
  ];

  it.each(cases)('%s', (_name, block, expected) => {
    expect(holds(block)).toBe(expected);
  });

  it('substitutes no variables in documents without Version 2012-10-17', () => {
    const block = one('StringEquals', 'aws:username', '${aws:username}');
    expect(conditionsHold(block, normalizeContext(context), undefined)).toBe(false);
    expect(conditionsHold(block, normalizeContext(context), '2008-10-17')).toBe(false);
  });

  it('holds with no Condition', () => {
    expect(conditionsHold(undefined, normalizeContext({}), undefined)).toBe(true);
  });
});

describe('buildRequestContext', () => {
  const now = new Date('2025-01-15T12:00:00.123Z');

  it('gives an IAM user its global keys, with no MFA keys for long-term keys', () => {
    const built = buildRequestContext({
      Principal: {
        Type: 'user',
        Account: '123456789012',
        Arn: 'arn:aws:iam::123456789012:user/alice',
        UserName: 'alice',
        UserId: 'AIDAEXAMPLE',
      },
      now,
      SecureTransport: false,
      SourceIp: '127.0.0.1',
    });
    expect(built).toEqual({
      'aws:CurrentTime': '2025-01-15T12:00:00Z',
      'aws:EpochTime': '1736942400',
      'aws:PrincipalType': 'User',
      'aws:PrincipalAccount': '123456789012',
      'aws:PrincipalArn': 'arn:aws:iam::123456789012:user/alice',
      'aws:userid': 'AIDAEXAMPLE',
      'aws:username': 'alice',
      'aws:SecureTransport': 'false',
      'aws:SourceIp': '127.0.0.1',
    });
  });

  it('gives a role session the role ARN, MFA presence and age', () => {
    const built = buildRequestContext({
      Principal: {
        Type: 'assumed-role',
        Account: '123456789012',
        Arn: 'arn:aws:sts::123456789012:assumed-role/app/s',
        RoleArn: 'arn:aws:iam::123456789012:role/path/app',
        UserId: 'AROAEXAMPLE:s',
      },
      now,
      Session: { IssuedAt: now, MfaAuthenticatedAt: new Date('2025-01-15T11:58:00Z') },
      ExternalId: 'x-1',
    });
    expect(built['aws:PrincipalArn']).toBe('arn:aws:iam::123456789012:role/path/app');
    expect(built['aws:userid']).toBe('AROAEXAMPLE:s');
    expect(built['aws:username']).toBeUndefined();
    expect(built['aws:MultiFactorAuthPresent']).toBe('true');
    expect(built['aws:MultiFactorAuthAge']).toBe('120');
    expect(built['sts:ExternalId']).toBe('x-1');
  });

  it('gives the root user the account ID as aws:userid', () => {
    const built = buildRequestContext({
      Principal: { Type: 'root', Account: '123456789012', Arn: 'arn:aws:iam::123456789012:root' },
      now,
      Session: { IssuedAt: now },
    });
    expect(built['aws:userid']).toBe('123456789012');
    expect(built['aws:PrincipalType']).toBe('Account');
    expect(built['aws:MultiFactorAuthPresent']).toBe('false');
    expect(built['aws:MultiFactorAuthAge']).toBeUndefined();
  });
});
