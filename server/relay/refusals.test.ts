import type { RequestOptions } from 'node:https';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { createRelay } from './index.ts';
import {
  asBrowserWouldSend,
  signForHost,
  startConsole,
  type ConsoleHarness,
} from './test-support/console-harness.ts';

const BODY = 'Action=ListUsers&Version=2010-05-08';

let consoleServer: ConsoleHarness;
let logLines: string[];

/** Records what the relay would open and opens nothing: no test here may reach a network. */
const neverConnect = vi.fn((_options: RequestOptions): never => {
  throw new Error('the relay tried to open a connection');
});

async function browserRequestFor(target: string, signedFor = 'iam.amazonaws.com', service = 'iam') {
  return asBrowserWouldSend(await signForHost(signedFor, BODY, service), target);
}

beforeAll(async () => {
  consoleServer = await startConsole();
});

afterAll(async () => {
  await consoleServer.close();
});

beforeEach(() => {
  neverConnect.mockClear();
  logLines = [];
  consoleServer.use(createRelay({ transport: neverConnect, log: (line) => logLines.push(line) }));
});

describe('targets the relay refuses without opening a connection', () => {
  it.each([
    ['https://iam.amazonaws.com.evil.example', 403],
    ['https://evil.example/iam.amazonaws.com', 400],
    ['http://iam.amazonaws.com', 400],
    ['https://iam.amazonaws.com:8443', 400],
    ['https://user@iam.amazonaws.com', 400],
    ['https://127.0.0.1', 403],
    ['https://[::1]', 403],
    ['https://169.254.169.254', 403],
    ['https://iam.amazonaws.com.', 403],
    ['https://xn--am-ouc.amazonaws.com', 403],
    ['https://iam.amazonaws.com/?Action=ListUsers', 400],
  ])('%s -> %i', async (target, status) => {
    const answer = await consoleServer.send({
      headers: await browserRequestFor(target),
      body: BODY,
    });

    expect(answer.status).toBe(status);
    expect(answer.headers['content-type']).toBe('text/plain; charset=utf-8');
    expect(answer.body).toMatch(/^Relay: x-relay-target .+\.\n$/);
    expect(neverConnect).not.toHaveBeenCalled();
    expect(logLines[0]).toMatch(new RegExp(`^relay POST - - ${status} \\d+ms \\(x-relay-target`));
    expect(logLines[0]).not.toContain('evil');
  });

  it('refuses a request with no x-relay-target', async () => {
    const { 'x-relay-target': _target, ...headers } = await browserRequestFor('unused');

    const answer = await consoleServer.send({ headers, body: BODY });

    expect(answer.status).toBe(400);
    expect(neverConnect).not.toHaveBeenCalled();
  });
});

describe('requests the relay refuses without opening a connection', () => {
  it('refuses an unsigned request', async () => {
    const { authorization: _authorization, ...headers } = await browserRequestFor(
      'https://iam.amazonaws.com',
    );

    const answer = await consoleServer.send({ headers, body: BODY });

    expect(answer.status).toBe(400);
    expect(answer.body).toMatch(/SigV4/);
    expect(neverConnect).not.toHaveBeenCalled();
  });

  it('refuses a request signed for STS and sent to IAM', async () => {
    const headers = await browserRequestFor(
      'https://iam.amazonaws.com',
      'sts.amazonaws.com',
      'sts',
    );

    const answer = await consoleServer.send({ headers, body: BODY });

    expect(answer.status).toBe(400);
    expect(answer.body).toMatch(/not signed for iam/);
    expect(neverConnect).not.toHaveBeenCalled();
  });

  it('refuses a Host header naming another AWS host than the target', async () => {
    const signed = await signForHost('sts.us-east-1.amazonaws.com', BODY, 'sts');
    const headers = { ...signed, 'x-relay-target': 'https://sts.eu-west-1.amazonaws.com' };

    const answer = await consoleServer.send({ headers, body: BODY });

    expect(answer.status).toBe(400);
    expect(answer.body).toMatch(/host header/);
    expect(neverConnect).not.toHaveBeenCalled();
  });

  it('refuses a query string on the relay path', async () => {
    const headers = await browserRequestFor('https://iam.amazonaws.com');

    const answer = await consoleServer.send({
      path: '/relay/?Action=ListUsers',
      headers,
      body: BODY,
    });

    expect(answer.status).toBe(400);
    expect(neverConnect).not.toHaveBeenCalled();
  });

  it('answers 405 to other methods on the relay path', async () => {
    const answer = await consoleServer.send({ method: 'GET', headers: {} });

    expect(answer.status).toBe(405);
    expect(answer.headers.allow).toBe('POST');
    expect(neverConnect).not.toHaveBeenCalled();
  });

  it('leaves every other path to the next handler', async () => {
    const headers = await browserRequestFor('https://iam.amazonaws.com');

    for (const path of ['/', '/relay/x', '/relayx', '/local-aws/']) {
      const answer = await consoleServer.send({ path, headers, body: BODY });
      expect(answer).toMatchObject({ status: 404, body: 'not the relay' });
    }
    expect(neverConnect).not.toHaveBeenCalled();
    expect(logLines).toEqual([]);
  });
});

describe('an allowed target', () => {
  it('is opened on port 443 with its own name for TLS and Host', async () => {
    const headers = await browserRequestFor('https://iam.amazonaws.com');

    const answer = await consoleServer.send({ headers, body: BODY });

    // The spy refuses to connect, so the relay reports an unreachable host.
    expect(answer.status).toBe(502);
    expect(neverConnect).toHaveBeenCalledTimes(1);
    expect(neverConnect.mock.calls[0]?.[0]).toMatchObject({
      hostname: 'iam.amazonaws.com',
      port: 443,
      servername: 'iam.amazonaws.com',
      method: 'POST',
      path: '/',
      headers: { host: 'iam.amazonaws.com' },
    });
    expect(logLines[0]).toMatch(/^relay POST iam\.amazonaws\.com ListUsers 502 \d+ms/);
  });
});
