// @vitest-environment node
import { ListUsersCommand } from '@aws-sdk/client-iam';
import { GetCallerIdentityCommand } from '@aws-sdk/client-sts';
import { HttpResponse, type HttpRequest } from '@smithy/protocol-http';
import { describe, expect, it } from 'vitest';
import { awsTarget, customTarget, localTarget } from '../session/targets.ts';
import type { Target } from '../session/types.ts';
import { createAwsClients } from './clients.ts';
import { RELAY_TARGET_HEADER } from './relay-middleware.ts';

// Obviously fake keys: AWS's documentation example pair.
const credentials = {
  AccessKeyId: 'AKIAIOSFODNN7EXAMPLE',
  SecretAccessKey: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
  SessionToken: 'fake-session-token',
};

const CALLER_XML =
  '<GetCallerIdentityResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/">' +
  '<GetCallerIdentityResult><Arn>arn:aws:iam::123456789012:root</Arn>' +
  '<UserId>123456789012</UserId><Account>123456789012</Account></GetCallerIdentityResult>' +
  '<ResponseMetadata><RequestId>req-EXAMPLE</RequestId></ResponseMetadata>' +
  '</GetCallerIdentityResponse>';
const LIST_USERS_XML =
  '<ListUsersResponse xmlns="https://iam.amazonaws.com/doc/2010-05-08/"><ListUsersResult>' +
  '<IsTruncated>false</IsTruncated><Users/></ListUsersResult>' +
  '<ResponseMetadata><RequestId>req-EXAMPLE</RequestId></ResponseMetadata></ListUsersResponse>';

/** Records what each client would put on the wire, and answers as IAM or STS would. */
function recordingHandler() {
  const requests: HttpRequest[] = [];
  return {
    requests,
    handle: async (request: HttpRequest) => {
      requests.push(request);
      const body = String(request.body).includes('GetCallerIdentity') ? CALLER_XML : LIST_USERS_XML;
      return {
        response: new HttpResponse({
          statusCode: 200,
          headers: { 'content-type': 'text/xml' },
          body: new TextEncoder().encode(body),
        }),
      };
    },
    updateHttpClientConfig: () => undefined,
    httpHandlerConfigs: () => ({}),
  };
}

async function sendBoth(target: Target) {
  const handler = recordingHandler();
  const clients = createAwsClients(
    { target, credentials },
    { consoleOrigin: 'https://console.example.org', requestHandler: handler },
  );
  await clients.sts.send(new GetCallerIdentityCommand({}));
  await clients.iam.send(new ListUsersCommand({}));
  const [sts, iam] = handler.requests;
  return { clients, sts: sts!, iam: iam! };
}

function scopeOf(request: HttpRequest): string | undefined {
  return /Credential=[^/]+\/\d{8}\/([^,]+)\/aws4_request/.exec(
    request.headers.authorization ?? '',
  )?.[1];
}

describe('createAwsClients', () => {
  it('signs AWS requests for the real hosts and sends them to the relay', async () => {
    const { clients, sts, iam } = await sendBoth(awsTarget('aws', 'eu-west-1'));

    expect(clients.iam.middlewareStack.identify().join()).toContain('relayMiddleware');
    expect(clients.sts.middlewareStack.identify().join()).toContain('relayMiddleware');
    expect(sts).toMatchObject({ hostname: 'console.example.org', path: '/relay/' });
    expect(sts.headers[RELAY_TARGET_HEADER]).toBe('https://sts.eu-west-1.amazonaws.com');
    expect(scopeOf(sts)).toBe('eu-west-1/sts');
    expect(iam).toMatchObject({ hostname: 'console.example.org', path: '/relay/' });
    expect(iam.headers[RELAY_TARGET_HEADER]).toBe('https://iam.amazonaws.com');
    expect(scopeOf(iam)).toBe('us-east-1/iam');
    // Session credentials travel as the signed token header, as AWS expects them.
    expect(sts.headers['x-amz-security-token']).toBe('fake-session-token');
  });

  it('resolves the China and GovCloud endpoints and their signing regions', async () => {
    const china = await sendBoth(awsTarget('aws-cn', 'cn-northwest-1'));
    expect(china.sts.headers[RELAY_TARGET_HEADER]).toBe(
      'https://sts.cn-northwest-1.amazonaws.com.cn',
    );
    expect(china.iam.headers[RELAY_TARGET_HEADER]).toBe('https://iam.cn-north-1.amazonaws.com.cn');
    expect(scopeOf(china.iam)).toBe('cn-north-1/iam');

    const gov = await sendBoth(awsTarget('aws-us-gov', 'us-gov-east-1'));
    expect(gov.sts.headers[RELAY_TARGET_HEADER]).toBe('https://sts.us-gov-east-1.amazonaws.com');
    expect(gov.iam.headers[RELAY_TARGET_HEADER]).toBe('https://iam.us-gov.amazonaws.com');
    expect(scopeOf(gov.iam)).toBe('us-gov-west-1/iam');
  });

  it('calls the local account and custom endpoints directly, without the relay', async () => {
    const local = await sendBoth(localTarget('http://localhost:8080'));
    expect(local.clients.iam.middlewareStack.identify().join()).not.toContain('relayMiddleware');
    for (const request of [local.sts, local.iam]) {
      expect(request).toMatchObject({ hostname: 'localhost', port: 8080, path: '/local-aws/' });
      expect(request.headers[RELAY_TARGET_HEADER]).toBeUndefined();
    }

    const custom = await sendBoth(customTarget('http://127.0.0.1:5055/'));
    expect(custom.clients.sts.middlewareStack.identify().join()).not.toContain('relayMiddleware');
    for (const request of [custom.sts, custom.iam]) {
      expect(request).toMatchObject({ hostname: '127.0.0.1', port: 5055, path: '/' });
      expect(request.headers[RELAY_TARGET_HEADER]).toBeUndefined();
    }
  });
});
