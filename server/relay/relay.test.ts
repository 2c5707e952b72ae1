import { request as httpsRequest, type RequestOptions } from 'node:https';
import { createServer } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { createRelay, type RelayOptions } from './index.ts';
import {
  asBrowserWouldSend,
  BROWSER_HEADERS,
  signForHost,
  startConsole,
  STANDIN_HOST,
  TEST_CREDENTIALS,
  type ConsoleHarness,
} from './test-support/console-harness.ts';
import { hasValidSignature } from './test-support/sigv4-verify.ts';
import { startStandIn, type StandIn } from './test-support/standin-aws.ts';

const LIST_USERS = 'Action=ListUsers&Version=2010-05-08';
const LIST_USERS_XML =
  '<ListUsersResponse xmlns="https://iam.amazonaws.com/doc/2010-05-08/">' +
  '<ListUsersResult><IsTruncated>false</IsTruncated><Users><member>' +
  '<Path>/</Path><UserName>demo-user</UserName><UserId>AIDAEXAMPLEEXAMPLE01</UserId>' +
  '<Arn>arn:aws:iam::123456789012:user/demo-user</Arn>' +
  '<CreateDate>2025-01-01T00:00:00Z</CreateDate></member></Users></ListUsersResult>' +
  '<ResponseMetadata><RequestId>7a62c49f-347e-4fc4-9331-6e8eEXAMPLE</RequestId>' +
  '</ResponseMetadata></ListUsersResponse>';

let standIn: StandIn;
let consoleServer: ConsoleHarness;
let logLines: string[];

/** Reaches the stand-in, and only it: any other host fails before a socket is opened. */
const toStandIn = vi.fn((options: RequestOptions) => {
  if (options.hostname !== STANDIN_HOST) throw new Error(`unexpected host ${options.hostname}`);
  return httpsRequest({
    ...options,
    hostname: '127.0.0.1',
    port: standIn.port,
    ca: standIn.certPem,
    agent: false,
  });
});

function mountRelay(options: RelayOptions = {}): void {
  consoleServer.use(
    createRelay({
      allowHost: (host) => host === STANDIN_HOST,
      transport: toStandIn,
      log: (line) => logLines.push(line),
      ...options,
    }),
  );
}

async function sendListUsers(body = LIST_USERS) {
  const signed = await signForHost(STANDIN_HOST, body);
  return consoleServer.send({
    headers: asBrowserWouldSend(signed, `https://${STANDIN_HOST}`),
    body,
  });
}

beforeAll(async () => {
  standIn = await startStandIn(STANDIN_HOST);
  consoleServer = await startConsole();
});

afterAll(async () => {
  await consoleServer.close();
  await standIn.close();
});

beforeEach(() => {
  standIn.received.length = 0;
  toStandIn.mockClear();
  logLines = [];
  mountRelay();
});

describe('forwarding to an AWS stand-in', () => {
  beforeEach(() => {
    standIn.respondWith(() => ({
      status: 200,
      headers: {
        'content-type': 'text/xml',
        'x-amzn-RequestId': '7a62c49f-347e-4fc4-9331-6e8eEXAMPLE',
        date: 'Wed, 01 Jan 2025 00:00:00 GMT',
        'set-cookie': 'aws-cookie=1',
      },
      body: LIST_USERS_XML,
    }));
  });

  it('passes back the status, body, content type and request ID', async () => {
    const answer = await sendListUsers();

    expect(answer.status).toBe(200);
    expect(answer.body).toBe(LIST_USERS_XML);
    expect(answer.headers['content-type']).toBe('text/xml');
    expect(answer.headers['x-amzn-requestid']).toBe('7a62c49f-347e-4fc4-9331-6e8eEXAMPLE');
    expect(answer.headers.date).toBe('Wed, 01 Jan 2025 00:00:00 GMT');
    expect(answer.headers['cache-control']).toBe('no-store');
    expect(answer.headers['set-cookie']).toBeUndefined();
  });

  it('delivers a request whose signature verifies for the host it was signed for', async () => {
    await sendListUsers();

    expect(standIn.received).toHaveLength(1);
    const [received] = standIn.received;
    expect(received).toMatchObject({ method: 'POST', path: '/', body: LIST_USERS });
    expect(received?.headers.host).toBe(STANDIN_HOST);
    expect(await hasValidSignature(received!, TEST_CREDENTIALS.secretAccessKey)).toBe(true);
    // The stand-in's check can fail: a changed body or host would not verify.
    const changedBody = { ...received!, body: 'Action=DeleteUser&UserName=demo-user' };
    const changedHost = { ...received!, headers: { ...received!.headers, host: 'evil.example' } };
    expect(await hasValidSignature(changedBody, TEST_CREDENTIALS.secretAccessKey)).toBe(false);
    expect(await hasValidSignature(changedHost, TEST_CREDENTIALS.secretAccessKey)).toBe(false);
  });

  it('sends the signed headers and nothing of the browser', async () => {
    await sendListUsers();

    // `connection` is the relay's own hop-by-hop header, written by node's HTTP client.
    const names = Object.keys(standIn.received[0]?.headers ?? {})
      .filter((name) => name !== 'connection')
      .sort();
    expect(names).toEqual([
      'amz-sdk-invocation-id',
      'amz-sdk-request',
      'authorization',
      'content-length',
      'content-type',
      'host',
      'x-amz-content-sha256',
      'x-amz-date',
      'x-amz-security-token',
      'x-amz-user-agent',
    ]);
    for (const name of [...Object.keys(BROWSER_HEADERS), 'x-relay-target']) {
      expect(names).not.toContain(name);
    }
  });

  it('passes an AWS error back as it came', async () => {
    const errorXml =
      '<ErrorResponse xmlns="https://iam.amazonaws.com/doc/2010-05-08/"><Error>' +
      '<Type>Sender</Type><Code>InvalidClientTokenId</Code>' +
      '<Message>The security token included in the request is invalid.</Message></Error>' +
      '<RequestId>0c6a2b3e-EXAMPLE</RequestId></ErrorResponse>';
    standIn.respondWith(() => ({
      status: 403,
      headers: { 'content-type': 'text/xml', 'x-amzn-RequestId': '0c6a2b3e-EXAMPLE' },
      body: errorXml,
    }));

    const answer = await sendListUsers();

    expect(answer).toMatchObject({ status: 403, body: errorXml });
    expect(answer.headers['x-amzn-requestid']).toBe('0c6a2b3e-EXAMPLE');
  });

  it('logs host, action, status and duration, and no secret or header value', async () => {
    await sendListUsers();

    expect(logLines).toHaveLength(1);
    expect(logLines[0]).toMatch(/^relay POST standin\.iam\.test ListUsers 200 \d+ms$/);
    for (const secret of [
      TEST_CREDENTIALS.accessKeyId,
      TEST_CREDENTIALS.secretAccessKey,
      TEST_CREDENTIALS.sessionToken,
      BROWSER_HEADERS.cookie,
      'Signature',
    ]) {
      expect(logLines[0]).not.toContain(secret);
    }
  });
});

describe('limits and upstream failures', () => {
  it('answers 504 when the upstream does not answer in time', async () => {
    standIn.respondWith(() => 'hang');
    mountRelay({ timeoutMs: 150 });

    const answer = await sendListUsers();

    expect(answer.status).toBe(504);
    expect(answer.body).toMatch(/did not answer in time/);
    expect(logLines[0]).toMatch(/ ListUsers 504 /);
  });

  it('answers 413 to a declared body over the cap, before reading it', async () => {
    mountRelay({ maxBodyBytes: 1024 });
    const body = `${LIST_USERS}&Padding=${'x'.repeat(2048)}`;

    const answer = await sendListUsers(body);

    expect(answer.status).toBe(413);
    expect(toStandIn).not.toHaveBeenCalled();
  });

  it('answers 413 to a chunked body once it passes the cap', async () => {
    mountRelay({ maxBodyBytes: 1024 });
    const signed = await signForHost(STANDIN_HOST, 'x'.repeat(3000));
    const { 'content-length': _length, ...headers } = asBrowserWouldSend(
      signed,
      `https://${STANDIN_HOST}`,
    );

    const answer = await consoleServer.send({
      headers: { ...headers, 'transfer-encoding': 'chunked' },
      body: [Buffer.alloc(1000, 'x'), Buffer.alloc(1000, 'x'), Buffer.alloc(1000, 'x')],
    });

    expect(answer.status).toBe(413);
    expect(toStandIn).not.toHaveBeenCalled();
  });

  it('answers 502 to an answer over the response cap', async () => {
    standIn.respondWith(() => ({ status: 200, body: Buffer.alloc(4096, 'x') }));
    mountRelay({ maxResponseBytes: 1024 });

    const answer = await sendListUsers();

    expect(answer.status).toBe(502);
    expect(answer.body).toMatch(/too large/);
  });

  it('does not follow a redirect', async () => {
    standIn.respondWith(() => ({ status: 301, headers: { location: 'https://evil.example/' } }));

    const answer = await sendListUsers();

    expect(answer.status).toBe(502);
    expect(answer.headers.location).toBeUndefined();
    expect(answer.body).toMatch(/redirect/);
    expect(standIn.received).toHaveLength(1);
  });

  it('answers 502 with the reason when the upstream cannot be reached', async () => {
    const closedPort = await freePort();
    mountRelay({
      transport: (options) =>
        httpsRequest({ ...options, hostname: '127.0.0.1', port: closedPort, agent: false }),
    });

    const answer = await sendListUsers();

    expect(answer.status).toBe(502);
    expect(answer.body).toMatch(/could not reach standin\.iam\.test \(ECONNREFUSED\)/);
  });

  it('answers 502 when the upstream certificate is not trusted', async () => {
    mountRelay({
      transport: (options) =>
        httpsRequest({ ...options, hostname: '127.0.0.1', port: standIn.port, agent: false }),
    });

    const answer = await sendListUsers();

    expect(answer.status).toBe(502);
    expect(standIn.received).toHaveLength(0);
  });
});

/** A loopback port with nothing listening on it. */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise((resolve) => server.close(resolve));
  return typeof address === 'object' && address ? address.port : 0;
}
