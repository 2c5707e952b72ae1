/**
 * Generated inputs whose answer is known in advance: paging parameters out of range or not
 * issued by this account are ValidationError for every list operation; a policy document that
 * is not a policy is MalformedPolicyDocument for every operation that takes one, even when
 * everything else in the request is right.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from '../test/harness.ts';
import { errorOf } from '../test/raw.ts';
import { createFixtures, type Fixtures } from './support/fixtures.ts';
import { operationModels } from './support/model.ts';
import { formBody, sendRaw, signRaw } from './support/sign.ts';

let harness: Harness;
let fixtures: Fixtures;
beforeAll(async () => {
  harness = await startHarness();
  fixtures = await createFixtures(harness.endpoint);
});
afterAll(() => harness.close());

async function codeOf(fields: [string, string][]): Promise<string> {
  const body = formBody([['Version', '2010-05-08'], ...fields]);
  const response = await sendRaw(await signRaw(harness.endpoint, body));
  return response.status === 200 ? 'OK' : errorOf(response).Code;
}

/** IAM list operations that need nothing but paging parameters. */
const LISTS = operationModels()
  .filter((model) => model.service === 'iam')
  .filter((model) => model.members.some((member) => member.name === 'MaxItems'))
  .filter((model) => model.members.every((member) => !member.required))
  .map((model) => model.action);

const badMaxItems = fc.oneof(
  fc.integer({ max: 0 }).map(String),
  fc.integer({ min: 1001 }).map(String),
  fc.constantFrom('', 'abc', '1.5', '1e3', '0x10', ' 10', '99999999999999999999', '١٠'),
);
const forgedMarker = fc.oneof(
  fc.string({ minLength: 1, maxLength: 40 }),
  fc.base64String({ minLength: 4, maxLength: 40 }),
  fc
    .string({ maxLength: 20 })
    .map((after) => Buffer.from(JSON.stringify({ after, extra: 1 })).toString('base64url')),
);

describe('paging parameters', () => {
  it('covers the list operations', () => {
    expect(LISTS).toEqual(expect.arrayContaining(['ListUsers', 'ListRoles', 'ListPolicies']));
  });

  it('MaxItems outside 1 to 1000, or not an integer, is a ValidationError', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...LISTS), badMaxItems, async (Action, MaxItems) => {
        expect(
          await codeOf([
            ['Action', Action],
            ['MaxItems', MaxItems],
          ]),
        ).toBe('ValidationError');
      }),
      { numRuns: 300 },
    );
  });

  it('a Marker this account did not issue is a ValidationError', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...LISTS), forgedMarker, async (Action, Marker) => {
        expect(
          await codeOf([
            ['Action', Action],
            ['Marker', Marker],
          ]),
        ).toBe('ValidationError');
      }),
      { numRuns: 300 },
    );
  });
});

/** Text that is not a policy: not JSON, JSON of another shape, or statements IAM cannot read. */
const notAPolicy = fc.oneof(
  fc.string({ minLength: 1, maxLength: 40 }).map((text) => `{${text}`),
  fc.constantFrom('[]', '1', '"policy"', 'null', 'true', '{}', '{"Statement":"Allow"}'),
  fc
    .record({
      Effect: fc.constantFrom('Permit', 'allow', '', 'Maybe'),
      Action: fc.constantFrom('iam:GetUser', '*'),
      Resource: fc.constant('*'),
    })
    .map((statement) => JSON.stringify({ Version: '2012-10-17', Statement: [statement] })),
  fc.constantFrom('Action', 'Effect').map((left) =>
    JSON.stringify({
      Version: '2012-10-17',
      Statement: [{ Effect: 'Allow', Action: '*', Resource: '*', [left]: undefined }],
    }).replace(`"${left}":"${left === 'Effect' ? 'Allow' : '*'}",`, ''),
  ),
);

describe('documents that are not policies', () => {
  const requests = (): [string, (document: string) => [string, string][]][] => [
    [
      'CreatePolicy',
      (d) => [
        ['PolicyName', 'fz-new'],
        ['PolicyDocument', d],
      ],
    ],
    [
      'CreatePolicyVersion',
      (d) => [
        ['PolicyArn', fixtures.pool.policyArns[0]!],
        ['PolicyDocument', d],
      ],
    ],
    [
      'PutUserPolicy',
      (d) => [
        ['UserName', 'fz-bob'],
        ['PolicyName', 'p'],
        ['PolicyDocument', d],
      ],
    ],
    [
      'PutGroupPolicy',
      (d) => [
        ['GroupName', 'fz-devs'],
        ['PolicyName', 'p'],
        ['PolicyDocument', d],
      ],
    ],
    [
      'PutRolePolicy',
      (d) => [
        ['RoleName', 'fz-role'],
        ['PolicyName', 'p'],
        ['PolicyDocument', d],
      ],
    ],
    [
      'CreateRole',
      (d) => [
        ['RoleName', 'fz-new'],
        ['AssumeRolePolicyDocument', d],
      ],
    ],
    [
      'UpdateAssumeRolePolicy',
      (d) => [
        ['RoleName', 'fz-role'],
        ['PolicyDocument', d],
      ],
    ],
  ];

  it('are MalformedPolicyDocument wherever a document is taken', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...requests()),
        notAPolicy,
        async ([Action, fields], doc) => {
          expect(await codeOf([['Action', Action], ...fields(doc)])).toBe(
            'MalformedPolicyDocument',
          );
        },
      ),
      { numRuns: 400 },
    );
  });
});
