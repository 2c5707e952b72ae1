import { describe, expect, it } from 'vitest';
import { classifyAudit } from './classify.ts';

const counts = (high: number, critical: number) => ({
  info: 0,
  low: 2,
  moderate: 1,
  high,
  critical,
  total: 3 + high + critical,
});

describe('classifyAudit', () => {
  it('passes a report with only low and moderate advisories', () => {
    const report = JSON.stringify({
      auditReportVersion: 2,
      metadata: { vulnerabilities: counts(0, 0) },
    });
    expect(classifyAudit(report)).toEqual({ kind: 'clean', counts: counts(0, 0) });
  });

  it('fails on a high or critical advisory and names the packages', () => {
    const report = JSON.stringify({
      auditReportVersion: 2,
      vulnerabilities: { sirv: { severity: 'high' }, qrcode: { severity: 'low' } },
      metadata: { vulnerabilities: counts(1, 0) },
    });
    expect(classifyAudit(report)).toEqual({
      kind: 'advisories',
      counts: counts(1, 0),
      packages: ['sirv (high)'],
    });
  });

  it('reports a registry that refuses the advisories endpoint as unavailable, not clean', () => {
    const refusal = JSON.stringify({
      message:
        '405 Method Not Allowed - POST https://registry.npmjs.org/-/npm/v1/security/advisories/bulk',
      statusCode: 405,
    });
    expect(classifyAudit(refusal)).toMatchObject({ kind: 'unavailable' });
    expect(classifyAudit('npm ERR! network')).toMatchObject({ kind: 'unavailable' });
  });
});
