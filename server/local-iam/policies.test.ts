import {
  CreatePolicyCommand,
  CreatePolicyVersionCommand,
  DeleteConflictException,
  DeletePolicyCommand,
  DeletePolicyVersionCommand,
  EntityAlreadyExistsException,
  GetPolicyCommand,
  GetPolicyVersionCommand,
  IAMClient,
  InvalidInputException,
  LimitExceededException,
  ListPoliciesCommand,
  ListPolicyTagsCommand,
  ListPolicyVersionsCommand,
  MalformedPolicyDocumentException,
  NoSuchEntityException,
  SetDefaultPolicyVersionCommand,
  TagPolicyCommand,
  AttachUserPolicyCommand,
  CreateUserCommand,
  DetachUserPolicyCommand,
} from '@aws-sdk/client-iam';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rejectionOf, startHarness, TEST_ACCOUNT_ID, type Harness } from './test/harness.ts';
import { post, xmlAt } from './test/raw.ts';

let harness: Harness;
let iam: IAMClient;
beforeAll(async () => {
  harness = await startHarness();
  iam = harness.iam();
});
afterAll(() => harness.close());

const document = (action: string | string[] = 's3:GetObject') =>
  JSON.stringify({
    Version: '2012-10-17',
    Statement: [{ Effect: 'Allow', Action: action, Resource: '*' }],
  });

async function createPolicy(PolicyName: string, Path?: string) {
  const { Policy } = await iam.send(
    new CreatePolicyCommand({ PolicyName, Path, PolicyDocument: document() }),
  );
  return Policy!;
}

describe('CreatePolicy and GetPolicy', () => {
  it('creates a policy with an ANPA ID, its path in the ARN, v1 as default', async () => {
    const { Policy } = await iam.send(
      new CreatePolicyCommand({
        PolicyName: 'ReadReports',
        Path: '/reports/',
        Description: 'Read the reports bucket',
        PolicyDocument: document(),
        Tags: [{ Key: 'Team', Value: 'data' }],
      }),
    );
    expect(Policy).toMatchObject({
      PolicyName: 'ReadReports',
      Path: '/reports/',
      Arn: `arn:aws:iam::${TEST_ACCOUNT_ID}:policy/reports/ReadReports`,
      DefaultVersionId: 'v1',
      AttachmentCount: 0,
      IsAttachable: true,
      Description: 'Read the reports bucket',
      Tags: [{ Key: 'Team', Value: 'data' }],
    });
    expect(Policy!.PolicyId).toMatch(/^ANPA[A-Z2-7]{17}$/);

    const got = await iam.send(new GetPolicyCommand({ PolicyArn: Policy!.Arn }));
    expect(got.Policy).toMatchObject({
      PolicyName: 'ReadReports',
      Description: expect.any(String),
    });
  });

  it('refuses a case variant of an existing name with EntityAlreadyExists', async () => {
    await createPolicy('CaseProbe');
    const error = await rejectionOf(createPolicy('CASEPROBE', '/other/'));
    expect(error).toBeInstanceOf(EntityAlreadyExistsException);
    expect(error.message).toBe(
      'A policy called CaseProbe already exists. Duplicate names are not allowed.',
    );
  });

  it.each([
    ['not json', 'Syntax errors in policy.'],
    [JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 'x' }] }), ''],
    [
      JSON.stringify({
        Version: '2012-10-17',
        Statement: [{ Effect: 'Allow', Action: 's3:*', Resource: 'bucket' }],
      }),
      'Resource bucket must be in ARN format or "*".',
    ],
  ])('refuses a malformed document %#', async (PolicyDocument, message) => {
    const error = await rejectionOf(
      iam.send(new CreatePolicyCommand({ PolicyName: 'Bad', PolicyDocument })),
    );
    expect(error).toBeInstanceOf(MalformedPolicyDocumentException);
    if (message) expect(error.message).toBe(message);
  });

  it('refuses a document over 6,144 characters with LimitExceeded', async () => {
    const actions = Array.from({ length: 400 }, (_, i) => `s3:GetObjectNumber${i}`);
    const error = await rejectionOf(
      iam.send(new CreatePolicyCommand({ PolicyName: 'Huge', PolicyDocument: document(actions) })),
    );
    expect(error).toBeInstanceOf(LimitExceededException);
    expect(error.message).toBe('Cannot exceed quota for PolicySize: 6144');
  });

  it('answers NoSuchEntity for an unknown ARN and InvalidInput for a malformed one', async () => {
    const missing = `arn:aws:iam::${TEST_ACCOUNT_ID}:policy/Nope`;
    const error = await rejectionOf(iam.send(new GetPolicyCommand({ PolicyArn: missing })));
    expect(error).toBeInstanceOf(NoSuchEntityException);
    expect(error.message).toBe(`Policy ${missing} was not found.`);
    const invalid = await rejectionOf(
      iam.send(new GetPolicyCommand({ PolicyArn: 'not-an-arn-at-all-xyz' })),
    );
    expect(invalid).toBeInstanceOf(InvalidInputException);
  });

  it('gets AWS managed policies with their real default version', async () => {
    const { Policy } = await iam.send(
      new GetPolicyCommand({ PolicyArn: 'arn:aws:iam::aws:policy/IAMReadOnlyAccess' }),
    );
    expect(Policy).toMatchObject({ PolicyName: 'IAMReadOnlyAccess', Path: '/' });
    const { PolicyVersion } = await iam.send(
      new GetPolicyVersionCommand({
        PolicyArn: Policy!.Arn,
        VersionId: Policy!.DefaultVersionId,
      }),
    );
    const decoded = JSON.parse(decodeURIComponent(PolicyVersion!.Document!));
    expect(JSON.stringify(decoded)).toContain('iam:Get*');
  });
});

describe('ListPolicies', () => {
  const names = async (input: ConstructorParameters<typeof ListPoliciesCommand>[0]) => {
    const all: string[] = [];
    let Marker: string | undefined;
    for (let page = 0; page < 50; page++) {
      const out = await iam.send(new ListPoliciesCommand({ ...input, Marker, MaxItems: 1000 }));
      all.push(...out.Policies!.map((p) => p.PolicyName!));
      if (!out.IsTruncated) break;
      Marker = out.Marker;
    }
    return all;
  };

  it('lists local policies with Scope=Local, filtered by PathPrefix', async () => {
    await createPolicy('ListProbeA', '/list/a/');
    await createPolicy('ListProbeB', '/list/b/');
    expect(await names({ Scope: 'Local', PathPrefix: '/list/' })).toEqual([
      'ListProbeA',
      'ListProbeB',
    ]);
    expect(await names({ Scope: 'Local', PathPrefix: '/list/a/' })).toEqual(['ListProbeA']);
  });

  it('lists AWS managed policies with Scope=AWS, and both with All', async () => {
    const aws = await names({ Scope: 'AWS' });
    expect(aws).toContain('AdministratorAccess');
    expect(aws).not.toContain('ListProbeA');
    const all = await names({});
    expect(all).toContain('AdministratorAccess');
    expect(all).toContain('ListProbeA');
  });

  it('shows only attached policies with OnlyAttached, with their AttachmentCount', async () => {
    await iam.send(new CreateUserCommand({ UserName: 'attach-counter' }));
    const policy = await createPolicy('CountedPolicy');
    await iam.send(
      new AttachUserPolicyCommand({ UserName: 'attach-counter', PolicyArn: policy.Arn }),
    );
    const { Policies } = await iam.send(
      new ListPoliciesCommand({ Scope: 'Local', OnlyAttached: true }),
    );
    expect(Policies!.map((p) => [p.PolicyName, p.AttachmentCount])).toEqual([['CountedPolicy', 1]]);
    expect(Policies![0]).not.toHaveProperty('Description');
    await iam.send(
      new DetachUserPolicyCommand({ UserName: 'attach-counter', PolicyArn: policy.Arn }),
    );
  });

  it('pages with MaxItems and Marker, the last page without a Marker', async () => {
    const first = await iam.send(new ListPoliciesCommand({ Scope: 'Local', MaxItems: 2 }));
    expect(first.IsTruncated).toBe(true);
    const rest = await iam.send(
      new ListPoliciesCommand({ Scope: 'Local', MaxItems: 1000, Marker: first.Marker }),
    );
    expect(rest.IsTruncated).toBe(false);
    expect(rest.Marker).toBeUndefined();
    const firstNames = first.Policies!.map((p) => p.PolicyName);
    expect(rest.Policies!.map((p) => p.PolicyName)).not.toContain(firstNames[0]);
  });
});

describe('policy versions', () => {
  it('creates versions up to five, sets a default, refuses a sixth', async () => {
    const policy = await createPolicy('Versioned');
    const v2 = await iam.send(
      new CreatePolicyVersionCommand({
        PolicyArn: policy.Arn,
        PolicyDocument: document('s3:PutObject'),
        SetAsDefault: true,
      }),
    );
    expect(v2.PolicyVersion).toMatchObject({ VersionId: 'v2', IsDefaultVersion: true });
    for (let i = 3; i <= 5; i++) {
      await iam.send(
        new CreatePolicyVersionCommand({ PolicyArn: policy.Arn, PolicyDocument: document() }),
      );
    }
    const sixth = await rejectionOf(
      iam.send(
        new CreatePolicyVersionCommand({ PolicyArn: policy.Arn, PolicyDocument: document() }),
      ),
    );
    expect(sixth).toBeInstanceOf(LimitExceededException);

    const { Versions } = await iam.send(new ListPolicyVersionsCommand({ PolicyArn: policy.Arn }));
    expect(Versions!.map((v) => [v.VersionId, v.IsDefaultVersion])).toEqual([
      ['v5', false],
      ['v4', false],
      ['v3', false],
      ['v2', true],
      ['v1', false],
    ]);
    const got = await iam.send(new GetPolicyCommand({ PolicyArn: policy.Arn }));
    expect(got.Policy!.DefaultVersionId).toBe('v2');
  });

  it('returns the document URL-encoded in the raw XML', async () => {
    const policy = await createPolicy('EncodedDoc');
    const response = await post(harness.endpoint, {
      Action: 'GetPolicyVersion',
      Version: '2010-05-08',
      PolicyArn: policy.Arn!,
      VersionId: 'v1',
    });
    const raw = xmlAt(
      response.text,
      'GetPolicyVersionResponse.GetPolicyVersionResult.PolicyVersion.Document',
    );
    expect(raw).toMatch(/^%7B%22Version%22/);
  });

  it('refuses to delete the default version, deletes others, never reuses a number', async () => {
    const policy = await createPolicy('VersionDeletes');
    await iam.send(
      new CreatePolicyVersionCommand({ PolicyArn: policy.Arn, PolicyDocument: document() }),
    );
    const error = await rejectionOf(
      iam.send(new DeletePolicyVersionCommand({ PolicyArn: policy.Arn, VersionId: 'v1' })),
    );
    expect(error).toBeInstanceOf(DeleteConflictException);
    expect(error.message).toBe('Cannot delete the default version of a policy.');

    await iam.send(new DeletePolicyVersionCommand({ PolicyArn: policy.Arn, VersionId: 'v2' }));
    const v3 = await iam.send(
      new CreatePolicyVersionCommand({ PolicyArn: policy.Arn, PolicyDocument: document() }),
    );
    expect(v3.PolicyVersion!.VersionId).toBe('v3');

    const missing = await rejectionOf(
      iam.send(new SetDefaultPolicyVersionCommand({ PolicyArn: policy.Arn, VersionId: 'v2' })),
    );
    expect(missing).toBeInstanceOf(NoSuchEntityException);
    await iam.send(new SetDefaultPolicyVersionCommand({ PolicyArn: policy.Arn, VersionId: 'v3' }));
    await iam.send(new DeletePolicyVersionCommand({ PolicyArn: policy.Arn, VersionId: 'v1' }));
  });
});

describe('DeletePolicy', () => {
  it('refuses while attached or while other versions exist, then deletes', async () => {
    await iam.send(new CreateUserCommand({ UserName: 'policy-holder' }));
    const policy = await createPolicy('Deletable');
    await iam.send(
      new AttachUserPolicyCommand({ UserName: 'policy-holder', PolicyArn: policy.Arn }),
    );
    const attached = await rejectionOf(
      iam.send(new DeletePolicyCommand({ PolicyArn: policy.Arn })),
    );
    expect(attached).toBeInstanceOf(DeleteConflictException);
    expect(attached.message).toBe('Cannot delete a policy attached to entities.');
    await iam.send(
      new DetachUserPolicyCommand({ UserName: 'policy-holder', PolicyArn: policy.Arn }),
    );

    await iam.send(
      new CreatePolicyVersionCommand({ PolicyArn: policy.Arn, PolicyDocument: document() }),
    );
    const versions = await rejectionOf(
      iam.send(new DeletePolicyCommand({ PolicyArn: policy.Arn })),
    );
    expect(versions).toBeInstanceOf(DeleteConflictException);
    await iam.send(new DeletePolicyVersionCommand({ PolicyArn: policy.Arn, VersionId: 'v2' }));

    await iam.send(new DeletePolicyCommand({ PolicyArn: policy.Arn }));
    const gone = await rejectionOf(iam.send(new GetPolicyCommand({ PolicyArn: policy.Arn })));
    expect(gone).toBeInstanceOf(NoSuchEntityException);
  });

  it('refuses to delete an AWS managed policy', async () => {
    const error = await rejectionOf(
      iam.send(new DeletePolicyCommand({ PolicyArn: 'arn:aws:iam::aws:policy/ReadOnlyAccess' })),
    );
    expect(error).toBeInstanceOf(InvalidInputException);
  });
});

describe('policy tags', () => {
  it('tags a customer managed policy, keys case-insensitive', async () => {
    const policy = await createPolicy('Tagged');
    await iam.send(
      new TagPolicyCommand({ PolicyArn: policy.Arn, Tags: [{ Key: 'Team', Value: '1' }] }),
    );
    await iam.send(
      new TagPolicyCommand({ PolicyArn: policy.Arn, Tags: [{ Key: 'team', Value: '2' }] }),
    );
    const { Tags } = await iam.send(new ListPolicyTagsCommand({ PolicyArn: policy.Arn }));
    expect(Tags).toEqual([{ Key: 'team', Value: '2' }]);
  });
});
