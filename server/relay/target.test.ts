import { describe, expect, it } from 'vitest';
import { isAwsIamOrStsHost, signingServiceOf } from './allowlist.ts';
import { parseRelayTarget } from './target.ts';

describe('parseRelayTarget: allowed targets', () => {
  it.each([
    ['https://iam.amazonaws.com', 'iam.amazonaws.com'],
    ['https://iam.amazonaws.com/', 'iam.amazonaws.com'],
    ['https://iam.amazonaws.com:443', 'iam.amazonaws.com'],
    ['https://iam-fips.amazonaws.com', 'iam-fips.amazonaws.com'],
    ['https://iam.global.api.aws', 'iam.global.api.aws'],
    ['https://iam.us-gov.amazonaws.com', 'iam.us-gov.amazonaws.com'],
    ['https://iam.cn-north-1.amazonaws.com.cn', 'iam.cn-north-1.amazonaws.com.cn'],
    ['https://sts.amazonaws.com', 'sts.amazonaws.com'],
    ['https://sts.us-east-1.amazonaws.com', 'sts.us-east-1.amazonaws.com'],
    ['https://sts.eu-west-3.amazonaws.com', 'sts.eu-west-3.amazonaws.com'],
    ['https://sts.ap-southeast-7.amazonaws.com', 'sts.ap-southeast-7.amazonaws.com'],
    ['https://sts.il-central-1.amazonaws.com', 'sts.il-central-1.amazonaws.com'],
    ['https://sts-fips.us-east-2.amazonaws.com', 'sts-fips.us-east-2.amazonaws.com'],
    ['https://sts.us-west-2.api.aws', 'sts.us-west-2.api.aws'],
    ['https://sts.us-gov-west-1.amazonaws.com', 'sts.us-gov-west-1.amazonaws.com'],
    ['https://sts.us-gov-east-1.amazonaws.com', 'sts.us-gov-east-1.amazonaws.com'],
    ['https://sts.cn-north-1.amazonaws.com.cn', 'sts.cn-north-1.amazonaws.com.cn'],
    ['https://sts.cn-northwest-1.amazonaws.com.cn', 'sts.cn-northwest-1.amazonaws.com.cn'],
    // Host names are case-insensitive (RFC 4343); the relay connects to the lower-case form.
    ['HTTPS://IAM.AMAZONAWS.COM', 'iam.amazonaws.com'],
    ['https://STS.EU-CENTRAL-1.amazonaws.com', 'sts.eu-central-1.amazonaws.com'],
  ])('%s', (target, host) => {
    expect(parseRelayTarget(target)).toEqual({ ok: true, host });
  });
});

describe('parseRelayTarget: refused targets', () => {
  it.each([
    // Malformed: 400
    [undefined, 400],
    ['', 400],
    [['https://iam.amazonaws.com', 'https://sts.amazonaws.com'], 400],
    ['iam.amazonaws.com', 400],
    ['//iam.amazonaws.com', 400],
    ['https:iam.amazonaws.com', 400],
    ['http://iam.amazonaws.com', 400],
    ['ftp://iam.amazonaws.com', 400],
    ['https://iam.amazonaws.com:8443', 400],
    ['https://iam.amazonaws.com:0443', 400],
    ['https://iam.amazonaws.com:', 400],
    ['https://user@iam.amazonaws.com', 400],
    ['https://user:pass@iam.amazonaws.com', 400],
    ['https://iam.amazonaws.com@evil.example', 400],
    ['https://evil.example/iam.amazonaws.com', 400],
    ['https://iam.amazonaws.com/?Action=ListUsers', 400],
    ['https://iam.amazonaws.com?x', 400],
    ['https://iam.amazonaws.com#x', 400],
    ['https://iam.amazonaws.com//', 400],
    ['https://iam.amazonaws.com\\@evil.example', 400],
    ['https://iam%2Eamazonaws.com', 400],
    ['https://iam.amazonaws.com%00.evil.example', 400],
    ['https://iam.amazonaws.com\t', 400],
    ['https:// iam.amazonaws.com', 400],
    ['https://', 400],
    // IDN tricks: a Cyrillic "і", a full-width dot, a full-width letter.
    ['https://\u0456am.amazonaws.com', 400],
    ['https://iam\uff0eamazonaws.com', 400],
    ['https://\uff49am.amazonaws.com', 400],
    // Well-formed but not an IAM or STS endpoint: 403
    ['https://iam.amazonaws.com.evil.example', 403],
    ['https://evil.example', 403],
    ['https://xn--am-ouc.amazonaws.com', 403],
    ['https://iam.amazonaws.com.', 403],
    ['https://sts.us-east-1.amazonaws.com.', 403],
    ['https://s3.amazonaws.com', 403],
    ['https://amazonaws.com', 403],
    ['https://evil.iam.amazonaws.com', 403],
    ['https://iam.us-east-1.amazonaws.com', 403],
    ['https://iam.eu-west-1.amazonaws.com', 403],
    ['https://sts.evil.amazonaws.com', 403],
    ['https://sts.us-east-1.evil.example', 403],
    ['https://sts.us-east-1.amazonaws.com.evil.example', 403],
    ['https://sts.us-east-x.amazonaws.com', 403],
    ['https://sts.us-upwards-1.amazonaws.com', 403],
    ['https://sts.xx-east-1.amazonaws.com', 403],
    ['https://sts.us-east-1.x.amazonaws.com', 403],
    ['https://sts.us-iso-east-1.c2s.ic.gov', 403],
    ['https://sts.cn-north-1.amazonaws.com', 403],
    ['https://sts.us-east-1.amazonaws.com.cn', 403],
    ['https://sts-fips.cn-north-1.amazonaws.com.cn', 403],
    ['https://sts.us-gov-north-1.amazonaws.com', 403],
    ['https://sts..amazonaws.com', 403],
    ['https://localhost', 403],
    // IP literals, including the forms a URL parser reads as IPv4: 403
    ['https://127.0.0.1', 403],
    ['https://169.254.169.254', 403],
    ['https://2130706433', 403],
    ['https://0x7f.1', 403],
    ['https://[::1]', 403],
    ['https://[::ffff:169.254.169.254]:443', 403],
  ] as const)('%j -> %i', (target, status) => {
    const result = parseRelayTarget(target as string | string[] | undefined);
    expect(result).toMatchObject({ ok: false, status });
    expect(result.ok ? '' : result.reason).toMatch(/x-relay-target/);
  });
});

describe('allowHost', () => {
  it('admits an extra host only through the option', () => {
    const allowHost = (host: string) => host === 'standin.iam.test';

    expect(parseRelayTarget('https://standin.iam.test')).toMatchObject({ ok: false, status: 403 });
    expect(parseRelayTarget('https://standin.iam.test', allowHost)).toEqual({
      ok: true,
      host: 'standin.iam.test',
    });
  });

  it('does not lift the scheme, port, user info or IP literal rules', () => {
    const allowAll = () => true;

    for (const target of [
      'http://standin.iam.test',
      'https://standin.iam.test:8443',
      'https://user@standin.iam.test',
      'https://127.0.0.1',
      'https://[::1]',
    ]) {
      expect(parseRelayTarget(target, allowAll)).toMatchObject({ ok: false });
    }
  });
});

describe('signingServiceOf', () => {
  it('names the SigV4 service of AWS hosts only', () => {
    expect(signingServiceOf('iam.amazonaws.com')).toBe('iam');
    expect(signingServiceOf('iam-fips.amazonaws.com')).toBe('iam');
    expect(signingServiceOf('sts.amazonaws.com')).toBe('sts');
    expect(signingServiceOf('sts-fips.us-west-1.amazonaws.com')).toBe('sts');
    expect(signingServiceOf('standin.iam.test')).toBeUndefined();
    expect(isAwsIamOrStsHost('standin.iam.test')).toBe(false);
  });
});
