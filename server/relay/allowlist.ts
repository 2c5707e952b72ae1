/**
 * The hosts the relay forwards to: the IAM and STS endpoints of the `aws`, `aws-cn` and
 * `aws-us-gov` partitions, and nothing else. The relay is not a proxy, so every host here is one
 * the SDK's own endpoint rules produce for IAM or STS (standard, FIPS and dual-stack variants).
 *
 * Sources: https://docs.aws.amazon.com/general/latest/gr/iam-service.html,
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_temp_region-endpoints.html,
 * and the endpoint rule sets and partition table shipped in @aws-sdk/client-iam, client-sts and
 * @aws-sdk/core (util-endpoints).
 */

// IAM is a global service: one endpoint a partition, never a regional name.
const IAM_HOSTS: ReadonlySet<string> = new Set([
  'iam.amazonaws.com',
  'iam-fips.amazonaws.com',
  'iam.global.api.aws',
  'iam-fips.global.api.aws',
  'iam.us-gov.amazonaws.com',
  'iam.us-gov.api.aws',
  'iam.cn-north-1.amazonaws.com.cn',
  'iam.global.api.amazonwebservices.com.cn',
]);

// Region names spelled out by part rather than with the SDK's looser `\w+` partition patterns,
// so that no label can smuggle in an extra dot, a partition prefix or a made-up word.
const DIRECTION = '(?:central|north|south|east|west|northeast|northwest|southeast|southwest)';
const AWS_REGION = `(?:us|eu|ap|sa|ca|me|af|il|mx)-${DIRECTION}-[1-9][0-9]?`;
const US_GOV_REGION = 'us-gov-(?:east|west)-[1-9]';
const CN_REGION = 'cn-(?:north|northwest)-[1-9]';

const STS_GLOBAL_HOST = 'sts.amazonaws.com';

const STS_HOST_PATTERNS: readonly RegExp[] = [
  // aws and aws-us-gov share the amazonaws.com and api.aws (dual-stack) suffixes.
  new RegExp(
    `^sts(?:-fips)?\\.(?:${AWS_REGION}|${US_GOV_REGION})\\.(?:amazonaws\\.com|api\\.aws)$`,
  ),
  // aws-cn has no FIPS endpoints.
  new RegExp(`^sts\\.${CN_REGION}\\.(?:amazonaws\\.com\\.cn|api\\.amazonwebservices\\.com\\.cn)$`),
];

/** Whether `host` (lower case, no port, no trailing dot) is an AWS IAM or STS endpoint. */
export function isAwsIamOrStsHost(host: string): boolean {
  if (IAM_HOSTS.has(host) || host === STS_GLOBAL_HOST) return true;
  return STS_HOST_PATTERNS.some((pattern) => pattern.test(host));
}

/**
 * The SigV4 service name a request to `host` must be signed for, when `host` is an AWS endpoint:
 * a request signed for STS and sent to IAM (or the reverse) could never verify.
 */
export function signingServiceOf(host: string): 'iam' | 'sts' | undefined {
  if (!isAwsIamOrStsHost(host)) return undefined;
  return host.startsWith('iam') ? 'iam' : 'sts';
}
