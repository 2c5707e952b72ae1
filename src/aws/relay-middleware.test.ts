// @vitest-environment node
import { Sha256 } from '@aws-crypto/sha256-js';
import { IAMClient, ListUsersCommand } from '@aws-sdk/client-iam';
import { GetCallerIdentityCommand, STSClient } from '@aws-sdk/client-sts';
import { HttpRequest, HttpResponse } from '@smithy/protocol-http';
import { SignatureV4 } from '@smithy/signature-v4';
import { describe, expect, it } from 'vitest';
import { RELAY_TARGET_HEADER, relayPlugin } from './relay-middleware.ts';

// Obviously fake keys: AWS's documentation example pair.
const CREDENTIALS = {
  accessKeyId: 'AKIAIOSFODNN7EXAMPLE',
  secretAccessKey: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
};
const CONSOLE_ORIGIN = 'http://127.0.0.1:8080';

const LIST_USERS_XML =
  '<ListUsersResponse xmlns="https://iam.amazonaws.com/doc/2010-05-08/">' +
  '<ListUsersResult><IsTruncated>false</IsTruncated><Users><member>' +
  '<Path>/</Path><UserName>demo-user</UserName><UserId>AIDAEXAMPLEEXAMPLE01</UserId>' +
  '<Arn>arn:aws:iam::123456789012:user/demo-user</Arn>' +
  '<CreateDate>2025-01-01T00:00:00Z</CreateDate></member></Users></ListUsersResult>' +
  '<ResponseMetadata><RequestId>7a62c49f-EXAMPLE</RequestId></ResponseMetadata>' +
  '</ListUsersResponse>';

const CALLER_XML =
  '<GetCallerIdentityResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/">' +
  '<GetCallerIdentityResult><Arn>arn:aws:iam::123456789012:root</Arn>' +
  '<UserId>123456789012</UserId><Account>123456789012</Account></GetCallerIdentityResult>' +
  '<ResponseMetadata><RequestId>01234567-EXAMPLE</RequestId></ResponseMetadata>' +
  '</GetCallerIdentityResponse>';

/** Records each request the SDK would send, and answers from a script of responses. */
function capturingHandler(answers: { status: number; body: string }[]) {
  const requests: HttpRequest[] = [];
  return {
    requests,
    handle: async (request: HttpRequest) => {
      requests.push(request);
      const answer = answers[Math.min(requests.length, answers.length) - 1]!;
      return {
        response: new HttpResponse({
          statusCode: answer.status,
          headers: { 'content-type': 'text/xml', 'x-amzn-requestid': 'req-EXAMPLE' },
          body: new TextEncoder().encode(answer.body),
        }),
      };
    },
    updateHttpClientConfig: () => undefined,
    httpHandlerConfigs: () => ({}),
  };
}

async function sha256Hex(text: string): Promise<string> {
  const hash = new Sha256();
  hash.update(text);
  const digest = await hash.digest();
  return Array.from(digest, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/**
 * Recomputes the signature as AWS would for `host`: from the headers the Authorization header
 * names as signed, the body, and the secret.
 */
async function signatureVerifiesFor(host: string, relayed: HttpRequest): Promise<boolean> {
  const authorization = relayed.headers.authorization ?? '';
  const scope = /Credential=[^/]+\/\d{8}\/([^/]+)\/([^/]+)\/aws4_request/.exec(authorization);
  const signedList = /SignedHeaders=([^,]+)/.exec(authorization)?.[1] ?? '';
  const amzDate = relayed.headers['x-amz-date'] ?? '';
  if (!scope) return false;
  // Like AWS, hash the body as it arrived: the signer would otherwise take the hash header's word.
  const bodyHash = await sha256Hex(String(relayed.body ?? ''));
  const claimedHash = relayed.headers['x-amz-content-sha256'];
  if (claimedHash !== undefined && claimedHash !== bodyHash) return false;

  const headers: Record<string, string> = {};
  for (const name of signedList.split(';')) headers[name] = relayed.headers[name] ?? '';
  const signer = new SignatureV4({
    credentials: CREDENTIALS,
    region: scope[1]!,
    service: scope[2]!,
    sha256: Sha256,
    applyChecksum: false,
  });
  const signingDate = new Date(
    amzDate.replace(/^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/, '$1-$2-$3T$4:$5:$6Z'),
  );

  const recomputed = await signer.sign(
    new HttpRequest({
      method: relayed.method,
      protocol: 'https:',
      hostname: host,
      path: '/',
      headers: { ...headers, host },
      body: relayed.body,
    }),
    { signingDate, signableHeaders: new Set(signedList.split(';')) },
  );
  return recomputed.headers.authorization === authorization;
}

function iamClient(handler: ReturnType<typeof capturingHandler>, maxAttempts = 1): IAMClient {
  const client = new IAMClient({
    region: 'us-east-1',
    credentials: CREDENTIALS,
    requestHandler: handler,
    maxAttempts,
  });
  client.middlewareStack.use(relayPlugin(CONSOLE_ORIGIN));
  return client;
}

describe('relayPlugin', () => {
  it('sends the signed IAM request to the console relay, naming the AWS origin', async () => {
    const handler = capturingHandler([{ status: 200, body: LIST_USERS_XML }]);

    const output = await iamClient(handler).send(new ListUsersCommand({}));

    expect(output.Users?.[0]?.UserName).toBe('demo-user');
    expect(handler.requests).toHaveLength(1);
    const [relayed] = handler.requests;
    expect(relayed).toMatchObject({
      method: 'POST',
      protocol: 'http:',
      hostname: '127.0.0.1',
      port: 8080,
      path: '/relay/',
    });
    expect(relayed?.headers[RELAY_TARGET_HEADER]).toBe('https://iam.amazonaws.com');
    expect(relayed?.headers.host).toBe('iam.amazonaws.com');
    expect(String(relayed?.body)).toContain('Action=ListUsers');
  });

  it('leaves the signature valid for iam.amazonaws.com', async () => {
    const handler = capturingHandler([{ status: 200, body: LIST_USERS_XML }]);

    await iamClient(handler).send(new ListUsersCommand({}));

    const relayed = handler.requests[0]!;
    expect(relayed.headers.authorization).toMatch(/\/us-east-1\/iam\/aws4_request/);
    expect(relayed.headers.authorization).not.toContain(RELAY_TARGET_HEADER);
    expect(await signatureVerifiesFor('iam.amazonaws.com', relayed)).toBe(true);
    // The check can fail: the same request does not verify for another host or another body.
    expect(await signatureVerifiesFor('127.0.0.1', relayed)).toBe(false);
    const tampered = HttpRequest.clone(relayed);
    tampered.body = 'Action=DeleteUser&UserName=demo-user&Version=2010-05-08';
    expect(await signatureVerifiesFor('iam.amazonaws.com', tampered)).toBe(false);
  });

  it('rewrites each retry, each signed for AWS again', async () => {
    const handler = capturingHandler([
      {
        status: 500,
        body: '<ErrorResponse><Error><Code>ServiceFailure</Code></Error></ErrorResponse>',
      },
      { status: 200, body: LIST_USERS_XML },
    ]);

    const output = await iamClient(handler, 2).send(new ListUsersCommand({}));

    expect(output.$metadata.attempts).toBe(2);
    for (const relayed of handler.requests) {
      expect(relayed.path).toBe('/relay/');
      expect(relayed.headers[RELAY_TARGET_HEADER]).toBe('https://iam.amazonaws.com');
      expect(await signatureVerifiesFor('iam.amazonaws.com', relayed)).toBe(true);
    }
  });

  it('names the regional STS endpoint the client resolved', async () => {
    const handler = capturingHandler([{ status: 200, body: CALLER_XML }]);
    const sts = new STSClient({
      region: 'eu-west-1',
      credentials: CREDENTIALS,
      requestHandler: handler,
      maxAttempts: 1,
    });
    sts.middlewareStack.use(relayPlugin('https://console.example.org'));

    const output = await sts.send(new GetCallerIdentityCommand({}));

    expect(output.Arn).toBe('arn:aws:iam::123456789012:root');
    const relayed = handler.requests[0]!;
    expect(relayed).toMatchObject({
      protocol: 'https:',
      hostname: 'console.example.org',
      port: undefined,
      path: '/relay/',
    });
    expect(relayed.headers[RELAY_TARGET_HEADER]).toBe('https://sts.eu-west-1.amazonaws.com');
    expect(await signatureVerifiesFor('sts.eu-west-1.amazonaws.com', relayed)).toBe(true);
  });
});
