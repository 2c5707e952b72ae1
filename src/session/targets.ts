import type { Target } from './types.ts';

// IAM is a global service whose requests are signed for us-east-1.
// https://docs.aws.amazon.com/general/latest/gr/iam-service.html
export const IAM_SIGNING_REGION = 'us-east-1';

export function localTarget(origin: string = window.location.origin): Target {
  return { kind: 'local', endpoint: `${origin}/local-aws/`, region: IAM_SIGNING_REGION };
}

export function customTarget(endpoint: string): Target {
  return { kind: 'custom', endpoint: endpoint.trim(), region: IAM_SIGNING_REGION };
}

export function describeTarget(target: Target): string {
  return target.kind === 'local' ? 'Local account' : `Custom endpoint ${target.endpoint}`;
}
