import { describe, expect, it } from 'vitest';
import { awsTarget, customTarget, localTarget } from '../session/targets.ts';
import type { Session, Target } from '../session/types.ts';
import { environmentText } from './EnvironmentBanner.tsx';

function sessionOn(target: Target): Session {
  return {
    target,
    credentials: { AccessKeyId: 'AKIAEXAMPLEKEY000001', SecretAccessKey: 'fake-secret' },
    identity: { Account: '123456789012', Arn: 'arn:aws:iam::123456789012:root', UserId: 'x' },
    style: 'root',
    mfaAuthenticated: false,
  };
}

describe('environmentText', () => {
  it('names the local account and custom endpoints', () => {
    expect(environmentText(sessionOn(localTarget('http://localhost:8080')), 'demo')).toBe(
      'Local account',
    );
    expect(environmentText(sessionOn(customTarget('http://127.0.0.1:5055/')), undefined)).toBe(
      'Custom endpoint http://127.0.0.1:5055/',
    );
  });

  it('names the partition, the account and its alias for AWS', () => {
    const aws = sessionOn(awsTarget('aws-us-gov', 'us-gov-west-1'));
    expect(environmentText(aws, 'prod-org')).toBe(
      'AWS aws-us-gov — account 123456789012 (prod-org)',
    );
    expect(environmentText(aws, undefined)).toBe('AWS aws-us-gov — account 123456789012');
  });
});
