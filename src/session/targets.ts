import type { Partition, Target } from './types.ts';

// IAM is a global service whose requests are signed for us-east-1.
// https://docs.aws.amazon.com/general/latest/gr/iam-service.html
export const IAM_SIGNING_REGION = 'us-east-1';

export function localTarget(origin: string = window.location.origin): Target {
  return { kind: 'local', endpoint: `${origin}/local-aws/`, region: IAM_SIGNING_REGION };
}

export function customTarget(endpoint: string): Target {
  return { kind: 'custom', endpoint: endpoint.trim(), region: IAM_SIGNING_REGION };
}

/**
 * AWS itself. The region picks the STS regional endpoint; the SDK derives IAM's global endpoint
 * and signing region for the partition from it (us-east-1, cn-north-1 or us-gov-west-1).
 */
export function awsTarget(partition: Partition, region: string): Target {
  return { kind: 'aws', partition, region };
}

export function describeTarget(target: Target): string {
  if (target.kind === 'local') return 'Local account';
  if (target.kind === 'custom') return `Custom endpoint ${target.endpoint}`;
  return `AWS ${target.partition} (${target.region})`;
}
