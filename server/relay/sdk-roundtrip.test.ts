import { request as httpsRequest, type RequestOptions } from 'node:https';
import {
  IAMClient,
  ListUsersCommand,
  NoSuchEntityException,
  GetUserCommand,
} from '@aws-sdk/client-iam';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { relayPlugin } from '../../src/aws/relay-middleware.ts';
import { createRelay } from './index.ts';
import {
  startConsole,
  STANDIN_HOST,
  TEST_CREDENTIALS,
  type ConsoleHarness,
} from './test-support/console-harness.ts';
import { hasValidSignature } from './test-support/sigv4-verify.ts';
import { startStandIn, type StandIn } from './test-support/standin-aws.ts';

const IAM_NS = 'https://iam.amazonaws.com/doc/2010-05-08/';

let standIn: StandIn;
let consoleServer: ConsoleHarness;
let consolePort: number;

beforeAll(async () => {
  standIn = await startStandIn(STANDIN_HOST);
  consoleServer = await startConsole();
  consolePort = consoleServer.port;
  consoleServer.use(
    createRelay({
      allowHost: (host) => host === STANDIN_HOST,
      transport: (options: RequestOptions) => {
        if (options.hostname !== STANDIN_HOST) throw new Error(`unexpected ${options.hostname}`);
        return httpsRequest({
          ...options,
          hostname: '127.0.0.1',
          port: standIn.port,
          ca: standIn.certPem,
          agent: false,
        });
      },
      log: () => undefined,
    }),
  );
});

afterAll(async () => {
  await consoleServer.close();
  await standIn.close();
});

/** The SDK as the app will use it: signed for the (stand-in) AWS host, sent through /relay/. */
function relayedIamClient(): IAMClient {
  const client = new IAMClient({
    region: 'us-east-1',
    endpoint: `https://${STANDIN_HOST}`,
    credentials: TEST_CREDENTIALS,
    maxAttempts: 1,
  });
  client.middlewareStack.use(relayPlugin(`http://127.0.0.1:${consolePort}`));
  return client;
}

describe('the SDK through relayPlugin and the relay', () => {
  it('reaches the stand-in with a valid signature and reads its answer', async () => {
    standIn.received.length = 0;
    standIn.respondWith(() => ({
      status: 200,
      headers: { 'content-type': 'text/xml', 'x-amzn-RequestId': 'roundtrip-EXAMPLE' },
      body:
        `<ListUsersResponse xmlns="${IAM_NS}"><ListUsersResult>` +
        '<IsTruncated>false</IsTruncated><Users><member><Path>/</Path>' +
        '<UserName>demo-user</UserName><UserId>AIDAEXAMPLEEXAMPLE01</UserId>' +
        '<Arn>arn:aws:iam::123456789012:user/demo-user</Arn>' +
        '<CreateDate>2025-01-01T00:00:00Z</CreateDate></member></Users></ListUsersResult>' +
        '<ResponseMetadata><RequestId>roundtrip-EXAMPLE</RequestId></ResponseMetadata>' +
        '</ListUsersResponse>',
    }));

    const output = await relayedIamClient().send(new ListUsersCommand({}));

    expect(output.Users?.map((user) => user.UserName)).toEqual(['demo-user']);
    expect(output.$metadata.requestId).toBe('roundtrip-EXAMPLE');
    expect(standIn.received).toHaveLength(1);
    expect(await hasValidSignature(standIn.received[0]!, TEST_CREDENTIALS.secretAccessKey)).toBe(
      true,
    );
  });

  it('raises the typed exception for an AWS error that came through', async () => {
    standIn.respondWith(() => ({
      status: 404,
      headers: { 'content-type': 'text/xml', 'x-amzn-RequestId': 'missing-EXAMPLE' },
      body:
        `<ErrorResponse xmlns="${IAM_NS}"><Error><Type>Sender</Type>` +
        '<Code>NoSuchEntity</Code><Message>The user with name nobody cannot be found.</Message>' +
        '</Error><RequestId>missing-EXAMPLE</RequestId></ErrorResponse>',
    }));

    const failure = relayedIamClient().send(new GetUserCommand({ UserName: 'nobody' }));

    await expect(failure).rejects.toBeInstanceOf(NoSuchEntityException);
    await expect(failure).rejects.toMatchObject({
      $metadata: { httpStatusCode: 404, requestId: 'missing-EXAMPLE' },
    });
  });
});
