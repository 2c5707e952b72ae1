/**
 * Every operation the local account serves, sent random and hostile parameters generated from
 * the SDK's model of it: the answer is AWS's XML (a success, or an error whose code has the
 * status AWS gives it), never a 5xx; the server lives on; a refused request leaves the data
 * file as it was; no quota or reference is broken. FUZZ_SEED replays a run.
 */
import fc from 'fast-check';
import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FuzzTarget, describe as describeRequest } from './support/fuzz-target.ts';
import { hostileRequest } from './support/hostile-requests.ts';
import { operationModels } from './support/model.ts';
import { formBody, sendRaw, signRaw } from './support/sign.ts';

const models = operationModels();
const seed = process.env.FUZZ_SEED === undefined ? undefined : Number(process.env.FUZZ_SEED);
let target: FuzzTarget;

beforeAll(async () => {
  target = await FuzzTarget.start();
}, 60_000);
afterAll(async () => {
  await target?.stop();
});

describe('hostile parameters for every operation', () => {
  it('covers every operation in the registry', () => {
    expect(models.length).toBeGreaterThanOrEqual(100);
    expect(models.map((model) => model.action)).toContain('CreateUser');
  });

  it('are answered with AWS errors, never a 5xx, and leave nothing half-written', async () => {
    await fc.assert(
      fc.asyncProperty(hostileRequest(models, target.fixtures.pool), async (request) => {
        const problems = await target.check(request);
        if (problems.length > 0) {
          throw new Error(`${problems.join('\n')}\n${describeRequest(request)}`);
        }
      }),
      { numRuns: 2000, seed, interruptAfterTimeLimit: 45_000, markInterruptAsFailure: false },
    );
    expect(target.child.alive()).toBe(true);
    expect(target.integrity()).toEqual(['ok']);
    // Time-bounded: on a loaded machine fewer than numRuns fit, but never only a handful.
    expect(target.figures.cases).toBeGreaterThan(300);
  }, 90_000);
});

/** Writes raw bytes to the child's port and resolves with what comes back before it closes. */
function rawExchange(bytes: string, timeoutMs = 5_000): Promise<string> {
  const { port } = new URL(target.child.endpoint);
  return new Promise((resolve) => {
    const socket = connect(Number(port), '127.0.0.1');
    let received = '';
    const done = () => {
      clearTimeout(timer);
      socket.destroy();
      resolve(received);
    };
    const timer = setTimeout(done, timeoutMs);
    socket.setEncoding('utf8');
    socket.on('data', (chunk: string) => (received += chunk));
    socket.on('error', done);
    socket.on('close', done);
    socket.write(bytes, () => socket.end());
  });
}

describe('broken HTTP', () => {
  const LIST_USERS = formBody([
    ['Action', 'ListUsers'],
    ['Version', '2010-05-08'],
  ]);

  async function stillServes(): Promise<void> {
    const response = await sendRaw(await signRaw(target.child.endpoint, LIST_USERS));
    expect(response.status).toBe(200);
    expect(target.child.alive()).toBe(true);
  }

  it.each([
    ['a request line over the header limit', `POST /?${'a'.repeat(20_000)} HTTP/1.1\r\n\r\n`],
    [
      'a header over the limit',
      `POST / HTTP/1.1\r\nHost: x\r\nX-Big: ${'b'.repeat(20_000)}\r\n\r\n`,
    ],
    ['bytes that are not HTTP', '\u0000\u0001\u0002 GARBAGE\r\n\r\n'],
    [
      'a body shorter than its Content-Length',
      'POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 100\r\n\r\nAction=',
    ],
    [
      'a broken chunked body',
      'POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\nZZ\r\nx\r\n',
    ],
    [
      'two Content-Lengths',
      'POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\nab',
    ],
  ])('%s is refused and the server goes on serving', async (_, bytes) => {
    const answer = await rawExchange(bytes);
    expect(answer).not.toMatch(/^HTTP\/1\.1 5/);
    await stillServes();
  });

  it('an unsigned request for every operation is MissingAuthenticationToken', async () => {
    for (const model of models) {
      const response = await fetch(target.child.endpoint, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: formBody([
          ['Action', model.action],
          ['Version', model.version],
        ]),
      });
      expect(response.status, model.action).toBe(403);
      expect(await response.text()).toContain('<Code>MissingAuthenticationToken</Code>');
    }
  });
});
