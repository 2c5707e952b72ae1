import { describe, expect, it } from 'vitest';
import { buildRequestContext, type RequestPrincipal } from './context.ts';
import { parsePolicyDocument } from './document.ts';
import {
  evaluate,
  evaluateTrustPolicy,
  formatAccessDenied,
  type AuthorizationRequest,
  type PolicyInput,
} from './evaluate.ts';

const account = '123456789012';
const alice: RequestPrincipal = {
  Type: 'user',
  Account: account,
  Arn: `arn:aws:iam::${account}:user/team/alice`,
  UserName: 'alice',
  UserId: 'AIDAEXAMPLEALICE00001',
};
const session: RequestPrincipal = {
  Type: 'assumed-role',
  Account: account,
  Arn: `arn:aws:sts::${account}:assumed-role/deployer/ci`,
  RoleArn: `arn:aws:iam::${account}:role/ops/deployer`,
  UserId: 'AROAEXAMPLEDEPLOYER01:ci',
};
const root: RequestPrincipal = {
  Type: 'root',
  Account: account,
  Arn: `arn:aws:iam::${account}:root`,
};
const now = new Date('2025-01-15T12:00:00Z');

function policy(statements: unknown[], name = 'p', version = '2012-10-17'): PolicyInput {
  const text = JSON.stringify({ Version: version, Statement: statements });
  return { PolicyName: name, Document: parsePolicyDocument(text, 'identity') };
}

function request(action: string, resource: string, extra = {}): AuthorizationRequest {
  return {
    Action: action,
    Resource: resource,
    Principal: alice,
    Context: buildRequestContext({ Principal: alice, now, ...extra }),
  };
}

const users = `arn:aws:iam::${account}:user/`;
const aliceArn = `arn:aws:iam::${account}:user/team/alice`;
const bobArn = `arn:aws:iam::${account}:user/bob`;

describe('evaluate: identity policies', () => {
  const cases: [string, PolicyInput[], AuthorizationRequest, string][] = [
    ['no policy: implicit deny', [], request('iam:ListUsers', users), 'ImplicitDeny'],
    [
      'an Allow on the action',
      [policy([{ Effect: 'Allow', Action: 'iam:ListUsers', Resource: '*' }])],
      request('iam:ListUsers', users),
      'Allow',
    ],
    [
      'an Allow on another action',
      [policy([{ Effect: 'Allow', Action: 'iam:GetUser', Resource: '*' }])],
      request('iam:ListUsers', users),
      'ImplicitDeny',
    ],
    [
      'actions match without regard to case',
      [policy([{ Effect: 'Allow', Action: 'IAM:listusers', Resource: '*' }])],
      request('iam:ListUsers', users),
      'Allow',
    ],
    [
      'action wildcards * and ?',
      [policy([{ Effect: 'Allow', Action: ['iam:Li*', 'iam:GetUse?'], Resource: '*' }])],
      request('iam:GetUser', aliceArn),
      'Allow',
    ],
    [
      '? matches exactly one character',
      [policy([{ Effect: 'Allow', Action: 'iam:GetUse?', Resource: '*' }])],
      request('iam:GetUserPolicy', aliceArn),
      'ImplicitDeny',
    ],
    [
      'explicit deny beats allow',
      [
        policy([{ Effect: 'Allow', Action: '*', Resource: '*' }], 'admin'),
        policy([{ Effect: 'Deny', Action: 'iam:Delete*', Resource: '*' }], 'no-delete'),
      ],
      request('iam:DeleteUser', bobArn),
      'ExplicitDeny',
    ],
    [
      'group inheritance: an Allow from any of the union of policies',
      [
        policy([{ Effect: 'Allow', Action: 'iam:GetUser', Resource: '*' }], 'inline'),
        policy([{ Effect: 'Allow', Action: 'iam:ListUsers', Resource: '*' }], 'from-group'),
      ],
      request('iam:ListUsers', users),
      'Allow',
    ],
    [
      'NotAction allows everything else',
      [policy([{ Effect: 'Allow', NotAction: 'iam:*', Resource: '*' }])],
      request('s3:ListBucket', 'arn:aws:s3:::b'),
      'Allow',
    ],
    [
      'NotAction does not allow what it names',
      [policy([{ Effect: 'Allow', NotAction: 'iam:*', Resource: '*' }])],
      request('iam:ListUsers', users),
      'ImplicitDeny',
    ],
    [
      'NotResource allows other resources',
      [policy([{ Effect: 'Allow', Action: 'iam:GetUser', NotResource: aliceArn }])],
      request('iam:GetUser', bobArn),
      'Allow',
    ],
    [
      'NotResource does not allow what it names',
      [policy([{ Effect: 'Allow', Action: 'iam:GetUser', NotResource: aliceArn }])],
      request('iam:GetUser', aliceArn),
      'ImplicitDeny',
    ],
    [
      'resources match case-sensitively',
      [policy([{ Effect: 'Allow', Action: 'iam:GetUser', Resource: `${users}BOB` }])],
      request('iam:GetUser', bobArn),
      'ImplicitDeny',
    ],
    [
      'a resource wildcard inside the resource segment spans the path',
      [policy([{ Effect: 'Allow', Action: 'iam:GetUser', Resource: `${users}team/*` }])],
      request('iam:GetUser', aliceArn),
      'Allow',
    ],
    [
      'a resource wildcard inside a segment does not cross a colon',
      [policy([{ Effect: 'Allow', Action: 'iam:GetUser', Resource: 'arn:aws:i*m::*' }])],
      request('iam:GetUser', aliceArn),
      'Allow',
    ],
    [
      'a * ending a segment runs past colons',
      [policy([{ Effect: 'Allow', Action: 'iam:GetUser', Resource: 'arn:aws:*' }])],
      request('iam:GetUser', aliceArn),
      'Allow',
    ],
    [
      'a mid-segment * matches within its segment',
      [
        policy([
          {
            Effect: 'Allow',
            Action: 'iam:GetUser',
            Resource: 'arn:aws:iam::*9012:user/team/alice',
          },
        ]),
      ],
      request('iam:GetUser', aliceArn),
      'Allow',
    ],
    [
      '${aws:username} in Resource: own user',
      [policy([{ Effect: 'Allow', Action: 'iam:*', Resource: `${users}*/\${aws:username}` }])],
      request('iam:CreateAccessKey', aliceArn),
      'Allow',
    ],
    [
      '${aws:username} in Resource: another user',
      [policy([{ Effect: 'Allow', Action: 'iam:*', Resource: `${users}\${aws:username}` }])],
      request('iam:CreateAccessKey', bobArn),
      'ImplicitDeny',
    ],
    [
      'variables stay literal in a 2008-10-17 document',
      [
        policy(
          [{ Effect: 'Allow', Action: 'iam:*', Resource: `${users}team/\${aws:username}` }],
          'old',
          '2008-10-17',
        ),
      ],
      request('iam:GetUser', aliceArn),
      'ImplicitDeny',
    ],
    [
      'a variable with a missing key matches nothing',
      [policy([{ Effect: 'Allow', Action: 'iam:*', Resource: `${users}\${aws:nothing}` }])],
      request('iam:GetUser', `${users}`),
      'ImplicitDeny',
    ],
    [
      'a variable default stands in for a missing key',
      [policy([{ Effect: 'Allow', Action: 'iam:*', Resource: `${users}\${aws:nothing, 'bob'}` }])],
      request('iam:GetUser', bobArn),
      'Allow',
    ],
    [
      '${*} is a literal star, not a wildcard',
      [policy([{ Effect: 'Allow', Action: 'iam:GetUser', Resource: `${users}\${*}` }])],
      request('iam:GetUser', bobArn),
      'ImplicitDeny',
    ],
  ];

  it.each(cases)('%s', (_name, policies, req, decision) => {
    expect(evaluate(req, policies).Decision).toBe(decision);
  });

  it('reports the deciding statement', () => {
    const deny = policy([
      { Sid: 'NoDelete', Effect: 'Deny', Action: 'iam:Delete*', Resource: '*' },
    ]);
    const result = evaluate(request('iam:DeleteUser', bobArn), [
      policy([{ Effect: 'Allow', Action: '*', Resource: '*' }], 'admin'),
      { ...deny, PolicyName: 'no-delete' },
    ]);
    expect(result.MatchedStatement?.Policy.PolicyName).toBe('no-delete');
    expect(result.MatchedStatement?.Statement.Sid).toBe('NoDelete');
    expect(result.MatchedStatement?.StatementIndex).toBe(0);
  });
});

describe('evaluate: MFA conditions', () => {
  const requireMfa = policy([
    {
      Effect: 'Allow',
      Action: 'iam:*',
      Resource: '*',
      Condition: { Bool: { 'aws:MultiFactorAuthPresent': 'true' } },
    },
  ]);
  const denyWithoutMfa = policy([
    { Effect: 'Allow', Action: 'iam:*', Resource: '*' },
    {
      Effect: 'Deny',
      Action: 'iam:*',
      Resource: '*',
      Condition: { BoolIfExists: { 'aws:MultiFactorAuthPresent': 'false' } },
    },
  ]);
  const recentMfa = policy([
    {
      Effect: 'Allow',
      Action: 'iam:*',
      Resource: '*',
      Condition: { NumericLessThan: { 'aws:MultiFactorAuthAge': '3600' } },
    },
  ]);
  const longTerm = {};
  const withMfa = (minutesAgo: number) => ({
    Session: { IssuedAt: now, MfaAuthenticatedAt: new Date(now.getTime() - minutesAgo * 60_000) },
  });
  const noMfa = { Session: { IssuedAt: now } };

  const cases: [string, PolicyInput, object, string][] = [
    ['Bool true with MFA', requireMfa, withMfa(1), 'Allow'],
    ['Bool true without MFA on a session', requireMfa, noMfa, 'ImplicitDeny'],
    ['Bool true with long-term keys (key absent)', requireMfa, longTerm, 'ImplicitDeny'],
    ['BoolIfExists false denies a session without MFA', denyWithoutMfa, noMfa, 'ExplicitDeny'],
    [
      'BoolIfExists false denies long-term keys (key absent)',
      denyWithoutMfa,
      longTerm,
      'ExplicitDeny',
    ],
    ['BoolIfExists false lets MFA sessions through', denyWithoutMfa, withMfa(1), 'Allow'],
    ['MFA age under an hour', recentMfa, withMfa(59), 'Allow'],
    ['MFA age over an hour', recentMfa, withMfa(61), 'ImplicitDeny'],
    ['MFA age absent without MFA', recentMfa, noMfa, 'ImplicitDeny'],
  ];

  it.each(cases)('%s', (_name, p, extra, decision) => {
    expect(evaluate(request('iam:ListUsers', users, extra), [p]).Decision).toBe(decision);
  });

  it('BoolIfExists false does not deny long-term keys when the key is absent on purpose', () => {
    // The documented trap: with IfExists an absent key makes the Deny apply.
    const p = policy([
      { Effect: 'Allow', Action: 'iam:*', Resource: '*' },
      {
        Effect: 'Deny',
        Action: 'iam:*',
        Resource: '*',
        Condition: { Bool: { 'aws:MultiFactorAuthPresent': 'false' } },
      },
    ]);
    expect(evaluate(request('iam:ListUsers', users, longTerm), [p]).Decision).toBe('Allow');
  });
});

describe('evaluateTrustPolicy', () => {
  const trust = (principal: unknown, extra: object = {}) =>
    parsePolicyDocument(
      JSON.stringify({
        Version: '2012-10-17',
        Statement: [{ Effect: 'Allow', Principal: principal, Action: 'sts:AssumeRole', ...extra }],
      }),
      'trust',
    );
  const roleArn = `arn:aws:iam::${account}:role/app`;
  const assume = (principal: RequestPrincipal, externalId?: string): AuthorizationRequest => ({
    Action: 'sts:AssumeRole',
    Resource: roleArn,
    Principal: principal,
    Context:
      principal.Type === 'service' || principal.Type === 'federated'
        ? {}
        : buildRequestContext({ Principal: principal, now, ExternalId: externalId }),
  });
  const other: RequestPrincipal = {
    Type: 'user',
    Account: '210987654321',
    Arn: 'arn:aws:iam::210987654321:user/mallory',
    UserName: 'mallory',
    UserId: 'AIDAEXAMPLEMALLORY001',
  };
  const ec2: RequestPrincipal = { Type: 'service', Service: 'ec2.amazonaws.com' };
  const web: RequestPrincipal = { Type: 'federated', Provider: 'accounts.google.com' };

  const cases: [string, unknown, RequestPrincipal, string, string | undefined][] = [
    ['"*" lets anyone in', '*', other, 'Allow', 'Principal'],
    ['{"AWS": "*"} lets any AWS principal in', { AWS: '*' }, other, 'Allow', 'Principal'],
    [
      'the account root names every principal of it',
      { AWS: `arn:aws:iam::${account}:root` },
      alice,
      'Allow',
      'Account',
    ],
    ['a bare account ID is the same', { AWS: account }, session, 'Allow', 'Account'],
    [
      'the account does not name another account',
      { AWS: account },
      other,
      'ImplicitDeny',
      undefined,
    ],
    ['the root user of the account itself', { AWS: account }, root, 'Allow', 'Account'],
    ['a user ARN names that user', { AWS: aliceArn }, alice, 'Allow', 'Principal'],
    ['a user ARN does not name another user', { AWS: bobArn }, alice, 'ImplicitDeny', undefined],
    [
      'a role ARN names its sessions',
      { AWS: `arn:aws:iam::${account}:role/ops/deployer` },
      session,
      'Allow',
      'Principal',
    ],
    [
      'a session ARN names that session',
      { AWS: `arn:aws:sts::${account}:assumed-role/deployer/ci` },
      session,
      'Allow',
      'Principal',
    ],
    ['a service principal', { Service: 'ec2.amazonaws.com' }, ec2, 'Allow', 'Principal'],
    ['another service', { Service: 'lambda.amazonaws.com' }, ec2, 'ImplicitDeny', undefined],
    ['AWS principals do not name a service', { AWS: '*' }, ec2, 'ImplicitDeny', undefined],
    ['a federated provider', { Federated: 'accounts.google.com' }, web, 'Allow', 'Principal'],
  ];

  it.each(cases)('%s', (_name, principal, caller, decision, grant) => {
    const result = evaluateTrustPolicy(assume(caller), trust(principal));
    expect(result.Decision).toBe(decision);
    expect(result.PrincipalGrant).toBe(grant);
  });

  it('prefers a statement naming the caller over one naming the account', () => {
    const doc = parsePolicyDocument(
      JSON.stringify({
        Statement: [
          { Effect: 'Allow', Principal: { AWS: account }, Action: 'sts:AssumeRole' },
          { Effect: 'Allow', Principal: { AWS: aliceArn }, Action: 'sts:AssumeRole' },
        ],
      }),
      'trust',
    );
    expect(evaluateTrustPolicy(assume(alice), doc).PrincipalGrant).toBe('Principal');
  });

  it('NotPrincipal with Deny spares only the principals it names', () => {
    const doc = parsePolicyDocument(
      JSON.stringify({
        Statement: [
          { Effect: 'Allow', Principal: { AWS: account }, Action: 'sts:AssumeRole' },
          { Effect: 'Deny', NotPrincipal: { AWS: aliceArn }, Action: 'sts:AssumeRole' },
        ],
      }),
      'trust',
    );
    expect(evaluateTrustPolicy(assume(alice), doc).Decision).toBe('Allow');
    expect(evaluateTrustPolicy(assume(session), doc).Decision).toBe('ExplicitDeny');
  });

  it('checks sts:ExternalId', () => {
    const doc = trust(
      { AWS: other.Arn },
      { Condition: { StringEquals: { 'sts:ExternalId': 'Unicorn' } } },
    );
    expect(evaluateTrustPolicy(assume(other, 'Unicorn'), doc).Decision).toBe('Allow');
    expect(evaluateTrustPolicy(assume(other, 'unicorn'), doc).Decision).toBe('ImplicitDeny');
    expect(evaluateTrustPolicy(assume(other), doc).Decision).toBe('ImplicitDeny');
  });

  it('applies only to the actions it names', () => {
    const req = { ...assume(alice), Action: 'sts:TagSession' };
    expect(evaluateTrustPolicy(req, trust({ AWS: aliceArn })).Decision).toBe('ImplicitDeny');
  });
});

describe('formatAccessDenied', () => {
  const req = { Action: 'iam:ListUsers', Resource: users, Principal: root };

  it('words an implicit deny as IAM does', () => {
    expect(formatAccessDenied({ ...req, Principal: alice }, 'ImplicitDeny')).toBe(
      `User: ${aliceArn} is not authorized to perform: iam:ListUsers on resource: ` +
        `arn:aws:iam::123456789012:user/ because no identity-based policy allows the ` +
        `iam:ListUsers action`,
    );
  });

  it('words an explicit deny as IAM does', () => {
    expect(formatAccessDenied({ ...req, Principal: alice }, 'ExplicitDeny')).toBe(
      `User: ${aliceArn} is not authorized to perform: iam:ListUsers on resource: ` +
        `arn:aws:iam::123456789012:user/ with an explicit deny in an identity-based policy`,
    );
  });

  it('gives no reason for a refused AssumeRole', () => {
    const assume = { Action: 'sts:AssumeRole', Resource: `arn:aws:iam::${account}:role/app` };
    expect(formatAccessDenied({ ...assume, Principal: session }, 'ImplicitDeny', 'trust')).toBe(
      `User: arn:aws:sts::${account}:assumed-role/deployer/ci is not authorized to perform: ` +
        `sts:AssumeRole on resource: arn:aws:iam::${account}:role/app`,
    );
  });
});
