import { describe, expect, it } from 'vitest';
import { aliasFromHostname, signInUrls } from './sign-in-url.ts';
import { customTarget, localTarget } from './targets.ts';

function at(url: string) {
  const { origin, protocol, hostname, port } = new URL(url);
  return { origin, protocol, hostname, port };
}

describe('signInUrls', () => {
  const local = localTarget('http://localhost:8080');

  it('gives the host and path forms on the local account', () => {
    expect(signInUrls(local, 'demo-org', at('http://localhost:8080/'))).toEqual({
      hostForm: 'http://demo-org.signin.localhost:8080/console',
      pathForm: 'http://localhost:8080/signin/demo-org',
    });
  });

  it('points the path form at localhost when signed in through an alias host', () => {
    const urls = signInUrls(local, 'demo-org', at('http://demo-org.signin.localhost:8080/x'));
    expect(urls.pathForm).toBe('http://localhost:8080/signin/demo-org');
    expect(urls.hostForm).toBe('http://demo-org.signin.localhost:8080/console');
  });

  it('has no host form away from the local account', () => {
    const custom = customTarget('http://127.0.0.1:5000/');
    expect(signInUrls(custom, '123456789012', at('https://console.example/'))).toEqual({
      pathForm: 'https://console.example/signin/123456789012',
    });
  });
});

describe('aliasFromHostname', () => {
  it('reads the alias from <alias>.signin.localhost only', () => {
    expect(aliasFromHostname('Demo-Org.signin.localhost')).toBe('demo-org');
    expect(aliasFromHostname('localhost')).toBeUndefined();
    expect(aliasFromHostname('demo.signin.localhost.example')).toBeUndefined();
  });
});
