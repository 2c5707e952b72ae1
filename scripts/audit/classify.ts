/** What `npm audit --omit=dev --json` said, reduced to what CI acts on. */
export type AuditOutcome =
  | { kind: 'clean'; counts: Record<string, number> }
  | { kind: 'advisories'; counts: Record<string, number>; packages: string[] }
  | { kind: 'unavailable'; reason: string };

/** Severities that fail the check (issue 7: no high or critical advisory). */
const BLOCKING = ['high', 'critical'] as const;

interface AuditJson {
  metadata?: { vulnerabilities?: Record<string, number> };
  vulnerabilities?: Record<string, { severity?: string }>;
  message?: string;
  statusCode?: number;
  error?: { code?: string; summary?: string };
}

export function classifyAudit(output: string): AuditOutcome {
  let json: AuditJson;
  try {
    json = JSON.parse(output) as AuditJson;
  } catch {
    return { kind: 'unavailable', reason: `npm audit printed no JSON: ${output.slice(0, 200)}` };
  }
  const counts = json.metadata?.vulnerabilities;
  if (!counts) {
    // The registry (or a mirror in front of it) refused or could not be reached: npm prints
    // the HTTP failure instead of a report, e.g. 405 from a registry without the bulk endpoint.
    const reason =
      json.message ?? json.error?.summary ?? json.error?.code ?? 'no vulnerability counts';
    return { kind: 'unavailable', reason };
  }
  const blocking = BLOCKING.reduce((sum, severity) => sum + (counts[severity] ?? 0), 0);
  if (blocking === 0) return { kind: 'clean', counts };
  const packages = Object.entries(json.vulnerabilities ?? {})
    .filter(([, entry]) => BLOCKING.some((severity) => severity === entry.severity))
    .map(([name, entry]) => `${name} (${entry.severity})`);
  return { kind: 'advisories', counts, packages };
}
