import type { ServerResponse } from 'node:http';

/**
 * Headers on every response of the built app. The console holds an administrator's keys, so the
 * policy admits scripts and connections from its own origin only; `extraConnectSources` adds
 * the custom IAM endpoints an operator chose to allow (CONSOLE_CONNECT_SOURCES).
 */
export function contentSecurityPolicy(extraConnectSources: readonly string[] = []): string {
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    ["connect-src 'self'", ...extraConnectSources].join(' '),
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

export function applySecurityHeaders(res: ServerResponse, csp: string): void {
  res.setHeader('Content-Security-Policy', csp);
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('Referrer-Policy', 'no-referrer');
  res.setHeader('X-Frame-Options', 'DENY');
  res.setHeader('Cross-Origin-Opener-Policy', 'same-origin');
}

/** Parses CONSOLE_CONNECT_SOURCES: origins only, so a stray value cannot widen the policy. */
export function parseConnectSources(value: string | undefined): string[] {
  if (!value) return [];
  return value
    .split(/[\s,]+/)
    .filter(Boolean)
    .map((source) => {
      const url = new URL(source);
      if (url.protocol !== 'http:' && url.protocol !== 'https:') {
        throw new Error(`CONSOLE_CONNECT_SOURCES: ${source} is not an http(s) origin`);
      }
      return url.origin;
    });
}
