import { describe, expect, it } from 'vitest';
import { displayNameOf, isRootArn, userNameOf } from './identity.ts';
import { aliasFromHostname, signInUrls } from './sign-in-url.ts';
import { clearStoredSession, isExpired, readStoredSession, storeSession } from './storage.ts';
import { customTarget, localTarget } from './targets.ts';
import type { Session } from './types.ts';

const session: Session = {
  target: localTarget('http://localhost:8080'),
  credentials: { AccessKeyId: 'AKIAEXAMPLEKEY000001', SecretAccessKey: 'fake-secret' },
  identity: { Account: '123456789012', Arn: 'arn:aws:iam::123456789012:root', UserId: 'x' },
  style: 'root',
  mfaAuthenticated: false,
};

describe('session storage', () => {
  it('keeps the session in sessionStorage only', () => {
    storeSession(session);
    expect(readStoredSession()).toEqual(session);
    expect(window.localStorage.length).toBe(0);
    expect(document.cookie).toBe('');
    clearStoredSession();
    expect(readStoredSession()).toBeUndefined();
  });

  it('drops a damaged entry', () => {
    window.sessionStorage.setItem('iam-console.session', '{not json');
    expect(readStoredSession()).toBeUndefined();
    expect(window.sessionStorage.length).toBe(0);
  });

  it('treats expired temporary credentials as signed out', () => {
    const temporary = {
      ...session,
      credentials: { ...session.credentials, Expiration: '2020-01-01T00:00:00Z' },
    };
    expect(isExpired(temporary)).toBe(true);
    expect(isExpired(session)).toBe(false);
  });
});

describe('identity', () => {
  it('names root, users with paths and assumed roles', () => {
    expect(isRootArn('arn:aws:iam::123456789012:root')).toBe(true);
    expect(isRootArn('arn:aws:iam::123456789012:user/root')).toBe(false);
    const user = 'arn:aws:iam::123456789012:user/team/a/alice';
    expect(displayNameOf({ ...session.identity, Arn: user })).toBe('alice');
    expect(userNameOf(user)).toBe('alice');
    const role = 'arn:aws:sts::123456789012:assumed-role/Deploy/session-1';
    expect(displayNameOf({ ...session.identity, Arn: role })).toBe('Deploy/session-1');
    expect(userNameOf(role)).toBeUndefined();
  });
});

describe('sign-in URLs', () => {
  const location = { origin: 'http://localhost:8080', protocol: 'http:', port: '8080' } as Location;

  it('gives the host and path forms for the local target', () => {
    expect(signInUrls(localTarget('http://localhost:8080'), 'demo-org', location)).toEqual({
      hostForm: 'http://demo-org.signin.localhost:8080/console',
      pathForm: 'http://localhost:8080/signin/demo-org',
    });
  });

  it('gives only the path form for a custom endpoint', () => {
    expect(signInUrls(customTarget('http://127.0.0.1:5055/'), '123456789012', location)).toEqual({
      pathForm: 'http://localhost:8080/signin/123456789012',
    });
  });

  it('reads the alias from <alias>.signin.localhost only', () => {
    expect(aliasFromHostname('demo-org.signin.localhost')).toBe('demo-org');
    expect(aliasFromHostname('Demo-Org.signin.localhost')).toBe('demo-org');
    expect(aliasFromHostname('localhost')).toBeUndefined();
    expect(aliasFromHostname('demo-org.signin.localhost.evil.example')).toBeUndefined();
    expect(aliasFromHostname('a.b.signin.localhost')).toBeUndefined();
  });
});
