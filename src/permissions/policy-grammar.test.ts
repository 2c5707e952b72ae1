import { describe, expect, it } from 'vitest';
import { checkPolicyDocument, INLINE_POLICY_SIZE, validatePolicyName } from './policy-grammar.ts';

const valid = {
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Action: ['s3:GetObject', 'iam:List*'], Resource: '*' }],
};

describe('checkPolicyDocument', () => {
  it('accepts a well-formed document, with a single statement object too', () => {
    expect(checkPolicyDocument(JSON.stringify(valid))).toEqual([]);
    const single = {
      Statement: { Effect: 'Deny', NotAction: '*', NotResource: ['arn:aws:s3:::x'] },
    };
    expect(checkPolicyDocument(JSON.stringify(single))).toEqual([]);
  });

  it.each([
    ['', /Enter a policy document/],
    ['{"Version": ', /Not valid JSON/],
    ['[]', /must be a JSON object/],
    ['{"Version":"2012-10-17"}', /needs a Statement/],
    ['{"Version":"2019-01-01","Statement":[]}', /Version must be one of/],
    ['{"Statement":[]}', /at least one statement/],
    ['{"Statment":[]}', /unknown top-level element "Statment"/i],
  ])('refuses %j', (text, message) => {
    expect(checkPolicyDocument(text).join('\n')).toMatch(message);
  });

  it('names the statement and element at fault', () => {
    const document = {
      Statement: [
        { Effect: 'Allow', Action: 's3:GetObject', Resource: '*' },
        { Effect: 'allow', Action: 'GetObject', NotAction: 'x:y', Principal: '*' },
      ],
    };
    const problems = checkPolicyDocument(JSON.stringify(document));
    expect(problems).toEqual([
      'Statement[1].Effect must be "Allow" or "Deny".',
      'Statement[1] names a Principal: an identity-based policy applies to its owner.',
      'Statement[1] needs exactly one of Action and NotAction.',
      'Statement[1] needs exactly one of Resource and NotResource.',
    ]);
  });

  it('checks the action form and the size without whitespace', () => {
    const bad = { Statement: { Effect: 'Allow', Action: 'GetObject', Resource: '*' } };
    expect(checkPolicyDocument(JSON.stringify(bad))).toEqual([
      'Statement.Action "GetObject" is not of the form service:Action.',
    ]);

    const many = Array.from({ length: 120 }, (_, i) => `s3:GetObjectVersion${i}`);
    const big = JSON.stringify({ Statement: { Effect: 'Allow', Action: many, Resource: '*' } });
    expect(checkPolicyDocument(big, INLINE_POLICY_SIZE.user).join()).toMatch(/IAM allows 2048/);
    expect(checkPolicyDocument(big, INLINE_POLICY_SIZE.role)).toEqual([]);
  });
});

describe('validatePolicyName', () => {
  it('follows PutUserPolicy PolicyName pattern', () => {
    expect(validatePolicyName('read-s3_@=,.+')).toBeUndefined();
    expect(validatePolicyName('')).toMatch(/Enter/);
    expect(validatePolicyName('has space')).toMatch(/only/);
    expect(validatePolicyName('x'.repeat(129))).toMatch(/128/);
  });
});
