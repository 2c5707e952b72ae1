import { describe, expect, it } from 'vitest';
import { parsePolicyDocument, PolicyDocumentError } from './document.ts';
import type { PolicyKind } from './types.ts';

function errorOf(text: string, kind: PolicyKind): PolicyDocumentError {
  try {
    parsePolicyDocument(text, kind);
  } catch (error) {
    if (error instanceof PolicyDocumentError) return error;
    throw error;
  }
  throw new Error(`accepted: ${text}`);
}

const doc = (statement: unknown, version: unknown = '2012-10-17') =>
  JSON.stringify({ Version: version, Statement: statement });

const allowAll = { Effect: 'Allow', Action: 'iam:*', Resource: '*' };
const trust = {
  Effect: 'Allow',
  Principal: { AWS: 'arn:aws:iam::123456789012:root' },
  Action: 'sts:AssumeRole',
};

describe('parsePolicyDocument', () => {
  it('normalises single values to lists', () => {
    const parsed = parsePolicyDocument(doc(allowAll), 'identity');
    expect(parsed).toEqual({
      Version: '2012-10-17',
      Statement: [{ Effect: 'Allow', Action: ['iam:*'], Resource: ['*'] }],
    });
  });

  it('keeps lists, NotAction, NotResource and conditions as strings', () => {
    const parsed = parsePolicyDocument(
      doc([
        {
          Sid: 'One',
          Effect: 'Deny',
          NotAction: ['iam:Get*', 'iam:List*'],
          NotResource: 'arn:aws:iam::123456789012:user/alice',
          Condition: {
            NumericLessThan: { 'aws:MultiFactorAuthAge': 3600 },
            Bool: { 'aws:X': true },
          },
        },
      ]),
      'identity',
    );
    expect(parsed.Statement[0]).toEqual({
      Sid: 'One',
      Effect: 'Deny',
      NotAction: ['iam:Get*', 'iam:List*'],
      NotResource: ['arn:aws:iam::123456789012:user/alice'],
      Condition: {
        NumericLessThan: { 'aws:MultiFactorAuthAge': ['3600'] },
        Bool: { 'aws:X': ['true'] },
      },
    });
  });

  it('accepts a document without Version, and the 2008 version', () => {
    expect(parsePolicyDocument(JSON.stringify({ Statement: allowAll }), 'identity').Version).toBe(
      undefined,
    );
    expect(parsePolicyDocument(doc(allowAll, '2008-10-17'), 'identity').Version).toBe('2008-10-17');
  });

  it('parses trust policies with each principal form', () => {
    const parsed = parsePolicyDocument(
      doc([
        trust,
        { Effect: 'Allow', Principal: '*', Action: 'sts:AssumeRole' },
        { Effect: 'Allow', Principal: { AWS: ['123456789012', '*'] }, Action: 'sts:AssumeRole' },
        { Effect: 'Allow', Principal: { Service: 'ec2.amazonaws.com' }, Action: 'sts:AssumeRole' },
        {
          Effect: 'Allow',
          Principal: { Federated: 'cognito-identity.amazonaws.com' },
          Action: 'sts:AssumeRoleWithWebIdentity',
        },
        {
          Effect: 'Deny',
          NotPrincipal: { AWS: 'arn:aws:sts::123456789012:assumed-role/admin/s1' },
          Action: 'sts:*',
        },
      ]),
      'trust',
    );
    expect(parsed.Statement.map((s) => s.Principal ?? s.NotPrincipal)).toEqual([
      { AWS: ['arn:aws:iam::123456789012:root'] },
      '*',
      { AWS: ['123456789012', '*'] },
      { Service: ['ec2.amazonaws.com'] },
      { Federated: ['cognito-identity.amazonaws.com'] },
      { AWS: ['arn:aws:sts::123456789012:assumed-role/admin/s1'] },
    ]);
  });

  const rejected: [string, string, PolicyKind, string][] = [
    ['not JSON', '{"Version": ', 'identity', 'Syntax errors in policy.'],
    ['null', 'null', 'identity', 'Syntax errors in policy.'],
    ['an array', '[]', 'identity', 'Syntax errors in policy.'],
    [
      'an unknown top-level field',
      JSON.stringify({ Statement: allowAll, Foo: 1 }),
      'identity',
      'Syntax errors in policy.',
    ],
    [
      'an unknown Version',
      doc(allowAll, '2012-10-18'),
      'identity',
      'The policy failed legacy parsing',
    ],
    ['a numeric Version', doc(allowAll, 2012), 'identity', 'Syntax errors in policy.'],
    [
      'no Statement',
      JSON.stringify({ Version: '2012-10-17' }),
      'identity',
      'Syntax errors in policy.',
    ],
    ['a string Statement', doc('Allow'), 'identity', 'Syntax errors in policy.'],
    ['a statement that is a string', doc(['x']), 'identity', 'Syntax errors in policy.'],
    [
      'an unknown statement field',
      doc({ ...allowAll, Effects: 'Allow' }),
      'identity',
      'Syntax errors in policy.',
    ],
    [
      'no Effect',
      doc({ Action: 'iam:*', Resource: '*' }),
      'identity',
      'Missing required field Effect',
    ],
    [
      'Effect "allow"',
      doc({ ...allowAll, Effect: 'allow' }),
      'identity',
      'The policy failed legacy parsing',
    ],
    [
      'a Principal in an identity policy',
      doc({ ...allowAll, Principal: '*' }),
      'identity',
      'Policy document should not specify a principal.',
    ],
    [
      'a NotPrincipal in an identity policy',
      doc({ ...allowAll, NotPrincipal: { AWS: '*' } }),
      'identity',
      'Policy document should not specify a principal.',
    ],
    [
      'Action and NotAction',
      doc({ ...allowAll, NotAction: 'iam:Get*' }),
      'identity',
      'Syntax errors in policy.',
    ],
    [
      'no Action',
      doc({ Effect: 'Allow', Resource: '*' }),
      'identity',
      'Policy statement must contain actions.',
    ],
    [
      'an empty Action list',
      doc({ ...allowAll, Action: [] }),
      'identity',
      'Policy statement must contain actions.',
    ],
    [
      'an Action object',
      doc({ ...allowAll, Action: { a: 1 } }),
      'identity',
      'Syntax errors in policy.',
    ],
    [
      'an Action without vendor',
      doc({ ...allowAll, Action: 'ListUsers' }),
      'identity',
      'Actions/Conditions must be prefaced by a vendor, e.g., iam, sdb, ec2, etc.',
    ],
    [
      'an Action with two colons',
      doc({ ...allowAll, Action: 'iam:List:Users' }),
      'identity',
      'Actions/Condition can contain only one colon.',
    ],
    [
      'an Action with a bad vendor',
      doc({ ...allowAll, Action: 'i am:ListUsers' }),
      'identity',
      'Vendor i am is not valid',
    ],
    [
      'no Resource',
      doc({ Effect: 'Allow', Action: 'iam:*' }),
      'identity',
      'Policy statement must contain resources.',
    ],
    [
      'Resource and NotResource',
      doc({ ...allowAll, NotResource: '*' }),
      'identity',
      'Syntax errors in policy.',
    ],
    [
      'a short ARN without a trailing wildcard',
      doc({ ...allowAll, Resource: 'arn:aws:iam' }),
      'identity',
      'Resource arn:aws:iam must be in ARN format or "*".',
    ],
    [
      'a Resource that is not an ARN',
      doc({ ...allowAll, Resource: 'users' }),
      'identity',
      'Resource users must be in ARN format or "*".',
    ],
    [
      'a non-alphanumeric Sid',
      doc({ ...allowAll, Sid: 'my sid' }),
      'identity',
      'Statement IDs (SID) must be alpha-numeric. ' +
        'Check that your input satisfies the regular expression [0-9A-Za-z]*',
    ],
    [
      'duplicate Sids',
      doc([
        { ...allowAll, Sid: 'A' },
        { ...allowAll, Sid: 'A' },
      ]),
      'identity',
      'Statement IDs (SID) in a single policy must be unique.',
    ],
    [
      'an unknown condition operator',
      doc({ ...allowAll, Condition: { StringEqual: { 'aws:username': 'a' } } }),
      'identity',
      'Syntax errors in policy.',
    ],
    [
      'NullIfExists',
      doc({ ...allowAll, Condition: { NullIfExists: { 'aws:username': 'true' } } }),
      'identity',
      'Syntax errors in policy.',
    ],
    [
      'a condition key without vendor',
      doc({ ...allowAll, Condition: { StringEquals: { username: 'a' } } }),
      'identity',
      'Actions/Conditions must be prefaced by a vendor, e.g., iam, sdb, ec2, etc.',
    ],
    [
      'a condition value object',
      doc({ ...allowAll, Condition: { StringEquals: { 'aws:username': { a: 1 } } } }),
      'identity',
      'Syntax errors in policy.',
    ],
    [
      'a Resource in a trust policy',
      doc({ ...trust, Resource: '*' }),
      'trust',
      'Has prohibited field Resource',
    ],
    [
      'a NotResource in a trust policy',
      doc({ ...trust, NotResource: '*' }),
      'trust',
      'Has prohibited field NotResource',
    ],
    [
      'no Principal in a trust policy',
      doc({ Effect: 'Allow', Action: 'sts:AssumeRole' }),
      'trust',
      'Missing required field Principal',
    ],
    [
      'Principal and NotPrincipal',
      doc({ ...trust, NotPrincipal: '*' }),
      'trust',
      'Syntax errors in policy.',
    ],
    [
      'a non-STS action in a trust policy',
      doc({ ...trust, Action: 's3:GetObject' }),
      'trust',
      'AssumeRole policy may only specify STS AssumeRole actions.',
    ],
    [
      'an unknown principal type',
      doc({ ...trust, Principal: { User: 'alice' } }),
      'trust',
      'Invalid principal in policy: "User":"alice"',
    ],
    [
      'a malformed AWS principal',
      doc({ ...trust, Principal: { AWS: 'alice' } }),
      'trust',
      'Invalid principal in policy: "AWS":"alice"',
    ],
    [
      'an empty principal list',
      doc({ ...trust, Principal: { AWS: [] } }),
      'trust',
      'Syntax errors in policy.',
    ],
  ];

  it.each(rejected)('refuses %s', (_name, text, kind, message) => {
    const error = errorOf(text, kind);
    expect(error.code).toBe('MalformedPolicyDocument');
    expect(error.httpStatus).toBe(400);
    expect(error.message).toBe(message);
  });
});
