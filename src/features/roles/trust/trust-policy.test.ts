import { describe, expect, it } from 'vitest';
import { validateTrustPolicy } from './trust-policy-check.ts';
import { partitionOf } from '../../../session/partitions.ts';
import { buildTrustPolicy, validateTrustedEntity } from './trusted-entity.ts';

const context = { AccountId: '123456789012', partition: 'aws' };

describe('validateTrustPolicy', () => {
  it('accepts every policy the wizard builds', () => {
    const entities = [
      { type: 'this-account', requireMfa: true },
      {
        type: 'another-account',
        AccountId: '210987654321',
        ExternalId: 'ext-1',
        requireMfa: false,
      },
      { type: 'aws-service', service: 'ecs-tasks' },
      { type: 'web-identity', provider: 'accounts.google.com', audience: 'client-1' },
      { type: 'saml', SAMLProviderName: 'Okta', audience: 'https://signin.aws.amazon.com/saml' },
    ] as const;
    for (const entity of entities) {
      expect(validateTrustPolicy(buildTrustPolicy(entity, context))).toEqual([]);
    }
  });

  it("flags a deleted user's or role's unique ID left as an AWS principal", () => {
    const trusting = (AWS: string | string[]) =>
      JSON.stringify({
        Version: '2012-10-17',
        Statement: [{ Effect: 'Allow', Principal: { AWS }, Action: 'sts:AssumeRole' }],
      });
    expect(validateTrustPolicy(trusting('AIDA4MLLRH2ZONPYPV3MF'))).toEqual([
      'Statement 1: principal "AIDA4MLLRH2ZONPYPV3MF" names a user that was deleted. ' +
        'Remove it or replace it with the ARN of an existing user or role.',
    ]);
    const mixed = ['arn:aws:iam::123456789012:role/ops', 'AROA4MLLRH2ZONPYPV3MF'];
    expect(validateTrustPolicy(trusting(mixed))).toEqual([
      'Statement 1: principal "AROA4MLLRH2ZONPYPV3MF" names a role that was deleted. ' +
        'Remove it or replace it with the ARN of an existing user or role.',
    ]);
    expect(validateTrustPolicy(trusting('123456789012'))).toEqual([]);
  });

  it('says where the JSON breaks', () => {
    const [problem] = validateTrustPolicy('{\n "Version": "2012-10-17"\n "Statement": []\n}');
    expect(problem).toMatch(/^Not valid JSON at line 3, column 2: /);
    expect(validateTrustPolicy('{')[0]).toMatch(/^Not valid JSON/);
  });

  it('refuses a Resource, a missing Principal and a bad Effect', () => {
    const policy = {
      Version: '2012-10-17',
      Statement: [{ Effect: 'Permit', Action: 'sts:AssumeRole', Resource: '*' }],
    };
    const problems = validateTrustPolicy(JSON.stringify(policy));
    expect(problems).toEqual([
      'Statement 1: Effect must be "Allow" or "Deny".',
      'Statement 1 needs a Principal: who may assume the role.',
      'Statement 1: a trust policy has no Resource (the role is it).',
    ]);
  });

  it('refuses unknown fields and Versions, empty Statements and oversize documents', () => {
    expect(validateTrustPolicy('{"Version":"2013-01-01","Statment":[]}')).toEqual([
      'Unknown top-level field "Statment".',
      'Version must be "2012-10-17" (or the older "2008-10-17").',
      'The policy needs a Statement.',
    ]);
    expect(validateTrustPolicy('{"Statement":[]}')).toEqual([
      'Statement is empty: add at least one statement.',
    ]);
    const statement = { Effect: 'Allow', Principal: { AWS: 'x'.repeat(2100) }, Action: 'sts:*' };
    expect(validateTrustPolicy(JSON.stringify({ Statement: statement })).at(-1)).toMatch(
      /limit is 2048/,
    );
  });
});

describe('buildTrustPolicy', () => {
  it('trusts another account with an external ID and MFA', () => {
    const policy = JSON.parse(
      buildTrustPolicy(
        { type: 'another-account', AccountId: '210987654321', ExternalId: 'x-1', requireMfa: true },
        { AccountId: '123456789012', partition: 'aws-cn' },
      ),
    );
    expect(policy.Statement[0]).toEqual({
      Effect: 'Allow',
      Principal: { AWS: 'arn:aws-cn:iam::210987654321:root' },
      Action: 'sts:AssumeRole',
      Condition: {
        StringEquals: { 'sts:ExternalId': 'x-1' },
        Bool: { 'aws:MultiFactorAuthPresent': 'true' },
      },
    });
  });

  it('names an OIDC provider of this account by ARN, and a public one by host', () => {
    const custom = JSON.parse(
      buildTrustPolicy(
        {
          type: 'web-identity',
          provider: 'https://token.actions.githubusercontent.com/',
          audience: 'sts.amazonaws.com',
        },
        context,
      ),
    );
    expect(custom.Statement[0].Principal.Federated).toBe(
      'arn:aws:iam::123456789012:oidc-provider/token.actions.githubusercontent.com',
    );
    expect(custom.Statement[0].Condition.StringEquals).toEqual({
      'token.actions.githubusercontent.com:aud': 'sts.amazonaws.com',
    });
    const amazon = JSON.parse(
      buildTrustPolicy(
        { type: 'web-identity', provider: 'www.amazon.com', audience: 'a' },
        context,
      ),
    );
    expect(amazon.Statement[0].Condition.StringEquals).toEqual({ 'www.amazon.com:app_id': 'a' });
  });

  it('hands a custom document through untouched', () => {
    expect(buildTrustPolicy({ type: 'custom', document: '{ "x": 1 }' }, context)).toBe(
      '{ "x": 1 }',
    );
  });
});

describe('validateTrustedEntity', () => {
  it('asks for the fields each entity needs', () => {
    expect(
      validateTrustedEntity({
        type: 'another-account',
        AccountId: '12345',
        ExternalId: 'a',
        requireMfa: false,
      }),
    ).toEqual({
      AccountId: expect.stringMatching(/12-digit/),
      ExternalId: expect.stringMatching(/2–1,224/),
    });
    expect(validateTrustedEntity({ type: 'aws-service', service: '' })).toHaveProperty('service');
    expect(validateTrustedEntity({ type: 'web-identity', provider: ' ', audience: '' })).toEqual({
      provider: expect.any(String),
      audience: expect.any(String),
    });
    expect(validateTrustedEntity({ type: 'this-account', requireMfa: false })).toEqual({});
  });

  it('reads the partition from the caller ARN', () => {
    expect(partitionOf('arn:aws-us-gov:iam::123456789012:user/a')).toBe('aws-us-gov');
    expect(partitionOf('not an arn')).toBe('aws');
  });
});
