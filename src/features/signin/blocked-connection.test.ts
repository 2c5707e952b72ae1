import { describe, expect, it, vi } from 'vitest';
import { awsTarget, customTarget, localTarget } from '../../session/targets.ts';
import { allowsOrigin, connectSourcesOf, explainBlockedConnection } from './blocked-connection.ts';

const SELF = 'http://localhost:8080';
const failedFetch = new TypeError('Failed to fetch');

function pageWithPolicy(policy: string | undefined) {
  return vi.fn(async () => {
    const headers = new Headers(policy ? { 'content-security-policy': policy } : {});
    return new Response(null, { status: 200, headers });
  });
}

describe('connectSourcesOf and allowsOrigin', () => {
  it('reads connect-src, else default-src', () => {
    expect(
      connectSourcesOf("default-src 'self'; connect-src 'self' http://127.0.0.1:5000"),
    ).toEqual(["'self'", 'http://127.0.0.1:5000']);
    expect(connectSourcesOf("default-src 'self'; img-src data:")).toEqual(["'self'"]);
    expect(connectSourcesOf('img-src data:')).toBeUndefined();
  });

  it("matches 'self', exact origins, schemes and *", () => {
    expect(allowsOrigin(["'self'"], SELF, SELF)).toBe(true);
    expect(allowsOrigin(["'self'"], 'http://127.0.0.1:5000', SELF)).toBe(false);
    expect(allowsOrigin(['http://127.0.0.1:5000'], 'http://127.0.0.1:5000', SELF)).toBe(true);
    expect(allowsOrigin(['http://127.0.0.1:5001'], 'http://127.0.0.1:5000', SELF)).toBe(false);
    expect(allowsOrigin(['http:'], 'http://127.0.0.1:5000', SELF)).toBe(true);
    expect(allowsOrigin(['*'], 'https://moto.example', SELF)).toBe(true);
  });
});

describe('explainBlockedConnection', () => {
  it('names CONSOLE_CONNECT_SOURCES when the page policy leaves the endpoint out', async () => {
    const fetchFn = pageWithPolicy("default-src 'self'; connect-src 'self'");
    const explained = await explainBlockedConnection(
      failedFetch,
      customTarget('http://127.0.0.1:5000/'),
      fetchFn,
      SELF,
    );
    expect(explained).toMatchObject({ Code: 'BlockedByContentSecurityPolicy' });
    expect(String((explained as Error).message)).toMatch(
      /Add http:\/\/127\.0\.0\.1:5000 to CONSOLE_CONNECT_SOURCES/,
    );
    expect(fetchFn).toHaveBeenCalledWith(`${SELF}/`, expect.objectContaining({ method: 'HEAD' }));
  });

  it('blames CORS or a dead endpoint when the policy allows it', async () => {
    const fetchFn = pageWithPolicy("connect-src 'self' http://127.0.0.1:5000");
    const explained = await explainBlockedConnection(
      failedFetch,
      customTarget('http://127.0.0.1:5000/'),
      fetchFn,
      SELF,
    );
    expect(explained).toMatchObject({ Code: 'EndpointUnreachable' });
    expect((explained as Error).message).toMatch(/answers CORS requests from http:\/\/localhost/);
    expect((explained as Error).message).toMatch(/CONSOLE_CONNECT_SOURCES\) allows/);
  });

  it('says the relay did not answer for the AWS target', async () => {
    const explained = await explainBlockedConnection(
      failedFetch,
      awsTarget('aws', 'us-east-1'),
      pageWithPolicy(undefined),
      SELF,
    );
    expect(explained).toMatchObject({ Code: 'RelayUnreachable' });
  });

  it('leaves AWS errors and the local target alone', async () => {
    const denied = Object.assign(new Error('denied'), { name: 'AccessDenied' });
    const fetchFn = pageWithPolicy(undefined);
    const custom = customTarget('http://127.0.0.1:5000/');
    expect(await explainBlockedConnection(denied, custom, fetchFn, SELF)).toBe(denied);
    const local = localTarget(SELF);
    expect(await explainBlockedConnection(failedFetch, local, fetchFn, SELF)).toBe(failedFetch);
    expect(fetchFn).not.toHaveBeenCalled();
  });
});
