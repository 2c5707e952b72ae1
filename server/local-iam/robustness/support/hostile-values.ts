/**
 * Generators of request values, valid and hostile, for fast-check. A member gets values meant
 * for its name (names, ARNs, paths, documents, markers…), values of every other type, and the
 * strings that break parsers: empty, oversized, control characters, other scripts, markup.
 */
import fc from 'fast-check';
import { encodeMarker } from '../../operations/paging.ts';

/** Names and IDs of entities that exist, so generated requests reach past NoSuchEntity. */
export interface Pool {
  userNames: string[];
  groupNames: string[];
  roleNames: string[];
  policyNames: string[];
  policyArns: string[];
  roleArns: string[];
  accessKeyIds: string[];
  serialNumbers: string[];
  sshPublicKeyIds: string[];
  certificateIds: string[];
}

const NAME_CHARS = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789+=,.@_-';

export const validName = fc
  .string({ unit: fc.constantFrom(...NAME_CHARS), minLength: 1, maxLength: 20 })
  .map((name) => `fz${name}`);

/** Strings that have broken parsers, encoders and loggers elsewhere. */
const TRICKY = [
  '',
  ' ',
  '\u0000',
  'a\u0000b',
  '\r\nX-Injected: 1',
  '\u001b[31mred',
  '\u007f',
  '\u0085\u2028\u2029',
  '\ufeff',
  '\ufffe\uffff',
  '\ud800',
  '\udc00x',
  'é',
  'e\u0301',
  '名前',
  '😀',
  'İ',
  'ß',
  '<x>&amp;</x>',
  ']]>',
  '"\'`',
  '%',
  '%00',
  '%E0%A4%A',
  '+',
  '&',
  '=',
  "' OR 1=1 --",
  '../../etc/passwd',
  '/',
  '//',
  '__proto__',
  'constructor',
  'toString',
  'hasOwnProperty',
  'null',
  'undefined',
  'NaN',
  '-0',
  'true',
  '{}',
  '[]',
  '${x}',
  '*',
  '?',
  'arn:aws:iam::123456789012:user/',
  'arn:aws:iam::aws:policy/',
];

const unicodeText = fc.string({ unit: 'binary', maxLength: 40 });
const controlText = fc.string({
  unit: fc.integer({ min: 0, max: 0x1f }).map((code) => String.fromCharCode(code)),
  minLength: 1,
  maxLength: 8,
});
/** Past every IAM string limit (the largest, a policy document, is 131,072 characters). */
const oversized = fc
  .constantFrom(65, 129, 257, 513, 1001, 2049, 16385, 131073, 300000)
  .chain((length) => fc.constantFrom('a', 'é', '/', '{').map((unit) => unit.repeat(length)));

export const hostileString: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: fc.constantFrom(...TRICKY), weight: 4 },
  { arbitrary: unicodeText, weight: 2 },
  { arbitrary: controlText, weight: 1 },
  { arbitrary: oversized, weight: 1 },
  { arbitrary: fc.string({ maxLength: 30 }), weight: 2 },
  { arbitrary: validName, weight: 2 },
);

export const numberText = fc.oneof(
  fc.integer({ min: -5, max: 5 }).map(String),
  fc.constantFrom('100', '1000', '1001', '3600', '43200', '43201', '129600', '900', '899'),
  fc.constantFrom('', ' 5', '5 ', '+5', '05', '5.0', '1e3', '0x10', '-0', 'NaN', 'Infinity'),
  fc.constantFrom('99999999999999999999', '9007199254740993', '-9007199254740993', '١٢'),
  fc.integer().map(String),
);

export const booleanText = fc.constantFrom('true', 'false', 'TRUE', 'False', '1', '0', '', 'yes');

const statement = fc.record(
  {
    Effect: fc.constantFrom('Allow', 'Deny', 'allow', 'Maybe', 1),
    Action: fc.oneof(
      fc.constantFrom('*', 'iam:*', 'iam:Get*', 's3:GetObject', ''),
      fc.array(fc.string(), { maxLength: 3 }),
    ),
    Resource: fc.constantFrom('*', 'arn:aws:iam::*:user/*', '', 42),
    Principal: fc.constantFrom({ AWS: '*' }, { Service: 'ec2.amazonaws.com' }, '*', {}),
    Condition: fc.constantFrom(
      { StringEquals: { 'aws:username': 'x' } },
      { Bogus: { k: 'v' } },
      { DateGreaterThan: { 'aws:CurrentTime': 'not-a-date' } },
      { IpAddress: { 'aws:SourceIp': '999.1.1.1/99' } },
    ),
    Sid: fc.string({ maxLength: 10 }),
  },
  { requiredKeys: [] },
);

const ALLOW_ALL = '{"Effect":"Allow","Action":"*","Resource":"*"}';

/** Policy documents: valid, wrong in every field, not JSON, nested deep, URL-encoded twice. */
export const policyDocument: fc.Arbitrary<string> = fc.oneof(
  fc
    .record(
      {
        Version: fc.constantFrom('2012-10-17', '2008-10-17', '2099-01-01', 2012, ''),
        Statement: fc.oneof(statement, fc.array(statement, { maxLength: 4 })),
        Id: fc.string({ maxLength: 5 }),
      },
      { requiredKeys: [] },
    )
    .map((document) => JSON.stringify(document)),
  fc.constantFrom(
    '{',
    '{"Version":"2012-10-17","Statement":[]}',
    '{"Version":"2012-10-17","Statement":{"Effect":"Allow","Action":"*","Resource":"*"}}',
    '{"Statement":[{"Effect":"Allow","Action":"*","Resource":"*"}],"Statement":null}',
    '%7B%22Version%22%3A%222012-10-17%22%7D',
    '['.repeat(5000) + ']'.repeat(5000),
    '{"a":'.repeat(3000) + '1' + '}'.repeat(3000),
    `{"Version":"2012-10-17","Statement":[${`${ALLOW_ALL},`.repeat(400)}{}]}`,
    `{"Version":"2012-10-17","Statement":[${ALLOW_ALL.replace('}', ',"__proto__":{"x":1}}')}]}`,
    'null',
    '"string"',
    '1e999',
  ),
  hostileString,
);

const pathText = fc.oneof(
  fc.constantFrom('/', '/team/', '/team/a/', '/a//b/', 'team/', '/team', '//', '/\u00e9/'),
  fc.constantFrom('/aws-service-role/', '/aws-reserved/', `/${'p'.repeat(510)}/`),
  hostileString,
);

/** Markers this account never issued, and real markers for keys that may not exist. */
const marker = fc.oneof(
  fc.string({ maxLength: 20 }).map(encodeMarker),
  fc.constantFrom('', 'abc', '=====', 'eyJhZnRlciI6MX0', 'e30', encodeMarker('\u0000')),
  fc.base64String({ maxLength: 40 }),
  hostileString,
);

function pick(values: string[]): fc.Arbitrary<string> {
  return values.length > 0 ? fc.constantFrom(...values) : validName;
}

/** A string value for the member called `name`, as plausible or as hostile as it comes. */
export function stringFor(name: string, pool: Pool): fc.Arbitrary<string> {
  const likely = likelyValue(name, pool);
  return likely
    ? fc.oneof({ arbitrary: likely, weight: 3 }, { arbitrary: hostileString, weight: 1 })
    : hostileString;
}

function likelyValue(name: string, pool: Pool): fc.Arbitrary<string> | undefined {
  if (/^(New)?UserName$/.test(name)) return fc.oneof(pick(pool.userNames), validName);
  if (/^(New)?GroupName$/.test(name)) return fc.oneof(pick(pool.groupNames), validName);
  if (name === 'RoleName') return fc.oneof(pick(pool.roleNames), validName);
  if (name === 'PolicyName') return fc.oneof(pick(pool.policyNames), validName);
  if (name === 'PolicyArn') return pick(pool.policyArns);
  if (name === 'RoleArn') return pick(pool.roleArns);
  if (name === 'AccessKeyId') return pick(pool.accessKeyIds);
  if (name === 'SerialNumber') return pick(pool.serialNumbers);
  if (name === 'SSHPublicKeyId') return pick(pool.sshPublicKeyIds);
  if (name === 'CertificateId') return pick(pool.certificateIds);
  if (/Document$|^Policy$/.test(name)) return policyDocument;
  if (/Path(Prefix)?$/.test(name)) return pathText;
  if (name === 'Marker') return marker;
  if (name === 'VersionId') return fc.constantFrom('v1', 'v2', 'v0', 'v6', 'V1', '1', 'v01');
  if (/^(Status|AssignmentStatus)$/.test(name)) {
    return fc.constantFrom('Active', 'Inactive', 'Expired', 'Assigned', 'Unassigned', 'Any');
  }
  if (/^(Scope|PolicyUsageFilter|EntityFilter|Encoding)$/.test(name)) {
    return fc.constantFrom('All', 'AWS', 'Local', 'User', 'Role', 'PermissionsPolicy', 'SSH');
  }
  if (/Code\d?$/.test(name)) return fc.stringMatching(/^\d{6}$/);
  if (name === 'AWSServiceName') {
    return fc.constantFrom('elasticbeanstalk.amazonaws.com', 'autoscaling.amazonaws.com');
  }
  return undefined;
}
