import { isAwsIamOrStsHost } from './allowlist.ts';

export type RelayTarget =
  { ok: true; host: string } | { ok: false; status: 400 | 403; reason: string };

const ABSOLUTE_URL = /^([A-Za-z][A-Za-z0-9+.-]*):\/\/([^/?#\\]*)(.*)$/s;
const ASCII_HOST = /^[A-Za-z0-9.-]+$/;
// WHATWG URL parsing reads a host whose last label is a number (decimal, or 0x hex) as IPv4,
// so `https://2130706433` and `https://0x7f.1` both mean 127.0.0.1.
const NUMERIC_LABEL = /^(?:[0-9]+|0x[0-9a-f]*)$/;

function refuse(status: 400 | 403, reason: string): RelayTarget {
  return { ok: false, status, reason };
}

/**
 * Reads the `x-relay-target` header: an `https://` origin naming an AWS IAM or STS host. The
 * grammar is deliberately narrower than a URL parser's, which would quietly repair percent
 * escapes, full-width dots, backslashes or stray whitespace into a different host.
 *
 * `allowHost` admits extra hosts; only tests set it, never anything a request carries.
 */
export function parseRelayTarget(
  value: string | string[] | undefined,
  allowHost?: (host: string) => boolean,
): RelayTarget {
  if (typeof value !== 'string' || value === '') {
    return refuse(400, 'x-relay-target must name one target, such as https://iam.amazonaws.com');
  }

  const match = ABSOLUTE_URL.exec(value);
  if (!match) return refuse(400, 'x-relay-target must be an absolute https:// origin');
  const [, scheme = '', authority = '', rest = ''] = match;

  if (scheme.toLowerCase() !== 'https') return refuse(400, 'x-relay-target must use https');
  if (rest !== '' && rest !== '/') {
    return refuse(400, 'x-relay-target must be an origin: no path, query or fragment');
  }
  if (authority.includes('@')) return refuse(400, 'x-relay-target must not carry user info');
  if (authority.startsWith('[')) return refuse(403, 'x-relay-target must not be an IP address');

  const colon = authority.indexOf(':');
  const rawHost = colon === -1 ? authority : authority.slice(0, colon);
  if (colon !== -1 && authority.slice(colon + 1) !== '443') {
    return refuse(400, 'x-relay-target must use port 443');
  }
  if (!ASCII_HOST.test(rawHost)) {
    return refuse(400, 'x-relay-target host must be plain ASCII letters, digits, dots, hyphens');
  }

  const host = rawHost.toLowerCase();
  const lastLabel = host.replace(/\.$/, '').split('.').pop() ?? '';
  if (NUMERIC_LABEL.test(lastLabel)) {
    return refuse(403, 'x-relay-target must not be an IP address');
  }
  if (!isAwsIamOrStsHost(host) && !allowHost?.(host)) {
    return refuse(403, 'x-relay-target host is not an AWS IAM or STS endpoint');
  }
  return { ok: true, host };
}
