import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parsePolicyDocument } from './document.ts';
import { evaluate } from './evaluate.ts';
import { openManagedPolicyData } from './managed-data.ts';
import { createManagedPolicyCatalog, managedPolicies, managedPolicyId } from './managed.ts';

describe('managed policies from the installed package', () => {
  const catalog = managedPolicies();

  // How long the first lookup takes is measured by npm run bench (server start), not here.
  it('finds a policy by name on first lookup', () => {
    expect(catalog.get('AdministratorAccess')?.Arn).toBe(
      'arn:aws:iam::aws:policy/AdministratorAccess',
    );
  });

  it.each([
    ['AdministratorAccess', '/'],
    ['ReadOnlyAccess', '/'],
    ['IAMFullAccess', '/'],
    ['IAMReadOnlyAccess', '/'],
    ['IAMUserChangePassword', '/'],
    ['PowerUserAccess', '/'],
    ['ViewOnlyAccess', '/job-function/'],
    ['Billing', '/job-function/'],
    ['DatabaseAdministrator', '/job-function/'],
    ['AWSLambdaRole', '/service-role/'],
  ])('finds %s by name and by ARN, at path %s', (name, path) => {
    const byName = catalog.get(name);
    expect(byName).toMatchObject({ PolicyName: name, Path: path, IsAttachable: true });
    expect(byName?.Arn).toBe(`arn:aws:iam::aws:policy${path}${name}`);
    expect(catalog.get(byName?.Arn ?? '')).toEqual(byName);
    expect(byName?.PolicyId).toMatch(/^ANPA[A-Z2-7]{17}$/);
    expect(byName?.DefaultVersionId).toMatch(/^v\d+$/);
    expect(byName?.CreateDate.getTime()).toBeGreaterThan(Date.parse('2014-01-01'));
    expect(byName?.UpdateDate.getTime()).toBeGreaterThanOrEqual(byName?.CreateDate.getTime() ?? 0);
  });

  it('refuses an ARN whose path does not match', () => {
    expect(catalog.get('arn:aws:iam::aws:policy/ViewOnlyAccess')).toBeUndefined();
    expect(catalog.get('arn:aws:iam::123456789012:policy/AdministratorAccess')).toBeUndefined();
    expect(catalog.get('NoSuchPolicyAnywhere')).toBeUndefined();
  });

  it('returns the default version document, which the evaluator can use', () => {
    const version = catalog.version('arn:aws:iam::aws:policy/AdministratorAccess');
    expect(version?.IsDefaultVersion).toBe(true);
    const document = parsePolicyDocument(version?.Document ?? '', 'identity');
    const decision = evaluate(
      {
        Action: 'iam:DeleteUser',
        Resource: 'arn:aws:iam::123456789012:user/bob',
        Principal: { Type: 'root', Account: '123456789012', Arn: 'arn:aws:iam::123456789012:root' },
      },
      [{ Document: document }],
    );
    expect(decision.Decision).toBe('Allow');
  });

  it('IAMReadOnlyAccess allows reads and not writes', () => {
    const text = catalog.version('arn:aws:iam::aws:policy/IAMReadOnlyAccess')?.Document ?? '';
    const policies = [{ Document: parsePolicyDocument(text, 'identity') }];
    const principal = {
      Type: 'root' as const,
      Account: '123456789012',
      Arn: 'arn:aws:iam::123456789012:root',
    };
    const resource = 'arn:aws:iam::123456789012:user/bob';
    expect(
      evaluate({ Action: 'iam:GetUser', Resource: resource, Principal: principal }, policies),
    ).toMatchObject({ Decision: 'Allow' });
    expect(
      evaluate({ Action: 'iam:DeleteUser', Resource: resource, Principal: principal }, policies),
    ).toMatchObject({ Decision: 'ImplicitDeny' });
  });

  it('lists every version in order with one default', () => {
    const versions = catalog.versions('arn:aws:iam::aws:policy/PowerUserAccess') ?? [];
    expect(versions.length).toBeGreaterThan(1);
    expect(versions[0]?.VersionId).toBe('v1');
    expect(versions.filter((v) => v.IsDefaultVersion)).toHaveLength(1);
    expect(catalog.version('arn:aws:iam::aws:policy/PowerUserAccess', 'v1')?.Document).toContain(
      'NotAction',
    );
    expect(catalog.versions('PowerUserAccess')).toBeUndefined();
  });

  it('lists all policies, sorted, each with a document IAM would accept', () => {
    const all = catalog.list();
    expect(all.length).toBeGreaterThan(1000);
    const names = all.map((p) => p.PolicyName);
    expect(names).toEqual([...names].sort());
    for (const name of ['AdministratorAccess', 'ViewOnlyAccess', 'IAMUserChangePassword']) {
      const policy = all.find((p) => p.PolicyName === name);
      expect(() =>
        parsePolicyDocument(catalog.version(policy?.Arn ?? '')?.Document ?? '', 'identity'),
      ).not.toThrow();
    }
  });
});

describe('managed policy data reader', () => {
  const dir = mkdtempSync(join(tmpdir(), 'managed-policies-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const entry = (arn: string, document: unknown) => ({
    arn,
    latestVersionId: 'v2',
    versionsCount: 2,
    versions: {
      v1: { createdDate: '2020-01-01T00:00:00.000Z', document: { Old: true } },
      v2: { createdDate: '2021-01-01T00:00:00.000Z', document },
    },
    createdDate: '2020-01-01T00:00:00.000Z',
    lastUpdatedDate: '2021-01-01T00:00:00.000Z',
  });

  it('reads entries out of a four-space indented file, keys with quotes included', () => {
    const file = join(dir, 'ok.json');
    const data = {
      First: entry('arn:aws:iam::aws:policy/First', { text: '\n    "Fake": {' }),
      Second: entry('arn:aws:iam::aws:policy/service-role/Second', { n: 1 }),
    };
    writeFileSync(file, JSON.stringify(data, null, 4));
    const reader = openManagedPolicyData(file);
    expect(reader.names()).toEqual(['First', 'Second']);
    expect(reader.entry('First')).toEqual(data.First);
    expect(reader.entry('Second')).toEqual(data.Second);

    const catalog = createManagedPolicyCatalog(reader);
    expect(catalog.get('Second')).toMatchObject({
      Path: '/service-role/',
      DefaultVersionId: 'v2',
      CreateDate: new Date('2020-01-01T00:00:00.000Z'),
      UpdateDate: new Date('2021-01-01T00:00:00.000Z'),
    });
    expect(catalog.version('arn:aws:iam::aws:policy/First', 'v1')?.Document).toBe('{"Old":true}');
  });

  it('refuses a file in another layout rather than misreading it', () => {
    const file = join(dir, 'compact.json');
    writeFileSync(file, JSON.stringify({ First: entry('arn:aws:iam::aws:policy/First', {}) }));
    expect(() => openManagedPolicyData(file).names()).toThrow(/layout/);
  });
});

describe('managedPolicyId', () => {
  it('is stable and distinct per ARN', () => {
    const a = managedPolicyId('arn:aws:iam::aws:policy/AdministratorAccess');
    expect(a).toBe(managedPolicyId('arn:aws:iam::aws:policy/AdministratorAccess'));
    expect(a).not.toBe(managedPolicyId('arn:aws:iam::aws:policy/ReadOnlyAccess'));
    expect(a).toHaveLength(21);
  });
});
