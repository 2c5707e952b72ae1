import { describe, expect, it } from 'vitest';
import { buildForwardHeaders, parseAuthorization } from './signed-headers.ts';

const SIGNATURE = 'a'.repeat(64);
const authorizationFor = (signedHeaders: string, service = 'iam') =>
  `AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/20250101/us-east-1/${service}/aws4_request, ` +
  `SignedHeaders=${signedHeaders}, Signature=${SIGNATURE}`;

describe('parseAuthorization', () => {
  it('reads the credential scope and the signed header names', () => {
    expect(parseAuthorization(authorizationFor('content-type;host;x-amz-date', 'sts'))).toEqual({
      signingRegion: 'us-east-1',
      signingService: 'sts',
      signedHeaders: ['content-type', 'host', 'x-amz-date'],
    });
  });

  const scope = 'Credential=AKID/20250101/us-east-1/iam/aws4_request';
  const shortScope = 'Credential=AKID/20250101/us-east-1/iam';
  it.each([
    undefined,
    '',
    'Bearer abc',
    `AWS4-HMAC-SHA256 ${shortScope}, SignedHeaders=host, Signature=${SIGNATURE}`,
    `AWS4-HMAC-SHA256 ${scope}, SignedHeaders=Host, Signature=${SIGNATURE}`,
    `AWS4-HMAC-SHA256 ${scope}, SignedHeaders=host, Signature=xyz`,
    `AWS4-ECDSA-P256-SHA256 ${scope}, SignedHeaders=host, Signature=${SIGNATURE}`,
  ])('refuses %j', (value) => {
    expect(parseAuthorization(value)).toBeUndefined();
  });
});

describe('buildForwardHeaders', () => {
  const incoming = {
    host: '127.0.0.1:8080',
    authorization: authorizationFor('amz-sdk-invocation-id;content-type;host;x-amz-date'),
    'amz-sdk-invocation-id': 'c0ffee00-0000-4000-8000-000000000000',
    'content-type': 'application/x-www-form-urlencoded',
    'content-length': '35',
    'x-amz-date': '20250101T000000Z',
    'x-relay-target': 'https://iam.amazonaws.com',
    cookie: 'session=abc',
    origin: 'http://127.0.0.1:8080',
    referer: 'http://127.0.0.1:8080/users',
    'user-agent': 'Mozilla/5.0',
    'sec-fetch-mode': 'cors',
    'x-forwarded-for': '10.0.0.1',
  };

  it('forwards the signed headers, Authorization and the body headers, and nothing else', () => {
    const auth = parseAuthorization(incoming.authorization)!;

    expect(buildForwardHeaders(incoming, auth, 'iam.amazonaws.com', 35)).toEqual({
      ok: true,
      headers: {
        host: 'iam.amazonaws.com',
        authorization: incoming.authorization,
        'amz-sdk-invocation-id': incoming['amz-sdk-invocation-id'],
        'content-type': 'application/x-www-form-urlencoded',
        'content-length': '35',
        'x-amz-date': '20250101T000000Z',
      },
    });
  });

  it('keeps user-agent when it was signed', () => {
    const auth = parseAuthorization(authorizationFor('host;user-agent;x-amz-date'))!;
    const result = buildForwardHeaders(incoming, auth, 'iam.amazonaws.com', 35);

    expect(result).toMatchObject({ ok: true, headers: { 'user-agent': 'Mozilla/5.0' } });
  });

  it.each(['cookie', 'x-relay-target', 'sec-fetch-mode', 'x-forwarded-for', 'connection'])(
    'refuses a request whose signature covers %s',
    (name) => {
      const auth = parseAuthorization(authorizationFor(`host;${name};x-amz-date`))!;
      const result = buildForwardHeaders(incoming, auth, 'iam.amazonaws.com', 35);

      expect(result).toEqual({ ok: false, reason: `the signed header ${name} is never forwarded` });
    },
  );

  it('refuses a signed header that did not arrive', () => {
    const auth = parseAuthorization(authorizationFor('host;x-amz-date;x-amz-security-token'))!;
    const result = buildForwardHeaders(incoming, auth, 'iam.amazonaws.com', 35);

    expect(result).toEqual({
      ok: false,
      reason: 'the signed header x-amz-security-token is missing',
    });
  });

  it('refuses a signed content-length that does not match the body', () => {
    const auth = parseAuthorization(authorizationFor('content-length;host;x-amz-date'))!;

    expect(buildForwardHeaders(incoming, auth, 'iam.amazonaws.com', 34)).toMatchObject({
      ok: false,
    });
  });
});
