import type { Partition } from './types.ts';

export interface RegionChoice {
  region: string;
  name: string;
}

export interface PartitionChoice {
  partition: Partition;
  label: string;
  /** The region whose STS endpoint is always active in the partition. */
  defaultRegion: string;
  regions: readonly RegionChoice[];
}

/**
 * The regions with an STS endpoint, per partition, as the SDK's partition table lists them
 * (@aws-sdk/core util-endpoints). STS regional endpoints other than the default one work only
 * where the account has STS active, and opt-in regions only once the account enabled them.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_temp_enable-regions.html
 */
export const PARTITIONS: readonly PartitionChoice[] = [
  {
    partition: 'aws',
    label: 'AWS (commercial)',
    defaultRegion: 'us-east-1',
    regions: [
      { region: 'us-east-1', name: 'US East (N. Virginia)' },
      { region: 'us-east-2', name: 'US East (Ohio)' },
      { region: 'us-west-1', name: 'US West (N. California)' },
      { region: 'us-west-2', name: 'US West (Oregon)' },
      { region: 'af-south-1', name: 'Africa (Cape Town)' },
      { region: 'ap-east-1', name: 'Asia Pacific (Hong Kong)' },
      { region: 'ap-east-2', name: 'Asia Pacific (Taipei)' },
      { region: 'ap-northeast-1', name: 'Asia Pacific (Tokyo)' },
      { region: 'ap-northeast-2', name: 'Asia Pacific (Seoul)' },
      { region: 'ap-northeast-3', name: 'Asia Pacific (Osaka)' },
      { region: 'ap-south-1', name: 'Asia Pacific (Mumbai)' },
      { region: 'ap-south-2', name: 'Asia Pacific (Hyderabad)' },
      { region: 'ap-southeast-1', name: 'Asia Pacific (Singapore)' },
      { region: 'ap-southeast-2', name: 'Asia Pacific (Sydney)' },
      { region: 'ap-southeast-3', name: 'Asia Pacific (Jakarta)' },
      { region: 'ap-southeast-4', name: 'Asia Pacific (Melbourne)' },
      { region: 'ap-southeast-5', name: 'Asia Pacific (Malaysia)' },
      { region: 'ap-southeast-6', name: 'Asia Pacific (New Zealand)' },
      { region: 'ap-southeast-7', name: 'Asia Pacific (Thailand)' },
      { region: 'ca-central-1', name: 'Canada (Central)' },
      { region: 'ca-west-1', name: 'Canada West (Calgary)' },
      { region: 'eu-central-1', name: 'Europe (Frankfurt)' },
      { region: 'eu-central-2', name: 'Europe (Zurich)' },
      { region: 'eu-north-1', name: 'Europe (Stockholm)' },
      { region: 'eu-south-1', name: 'Europe (Milan)' },
      { region: 'eu-south-2', name: 'Europe (Spain)' },
      { region: 'eu-west-1', name: 'Europe (Ireland)' },
      { region: 'eu-west-2', name: 'Europe (London)' },
      { region: 'eu-west-3', name: 'Europe (Paris)' },
      { region: 'il-central-1', name: 'Israel (Tel Aviv)' },
      { region: 'me-central-1', name: 'Middle East (UAE)' },
      { region: 'me-south-1', name: 'Middle East (Bahrain)' },
      { region: 'me-west-1', name: 'Middle East (Saudi Arabia)' },
      { region: 'mx-central-1', name: 'Mexico (Central)' },
      { region: 'sa-east-1', name: 'South America (São Paulo)' },
      { region: 'sa-west-1', name: 'South America (Chile)' },
    ],
  },
  {
    partition: 'aws-cn',
    label: 'AWS China',
    defaultRegion: 'cn-north-1',
    regions: [
      { region: 'cn-north-1', name: 'China (Beijing)' },
      { region: 'cn-northwest-1', name: 'China (Ningxia)' },
    ],
  },
  {
    partition: 'aws-us-gov',
    label: 'AWS GovCloud (US)',
    defaultRegion: 'us-gov-west-1',
    regions: [
      { region: 'us-gov-west-1', name: 'AWS GovCloud (US-West)' },
      { region: 'us-gov-east-1', name: 'AWS GovCloud (US-East)' },
    ],
  },
];

export function partitionChoice(partition: Partition): PartitionChoice {
  const choice = PARTITIONS.find((candidate) => candidate.partition === partition);
  if (!choice) throw new Error(`Unknown partition ${partition}`);
  return choice;
}

export function isPartition(value: string): value is Partition {
  return PARTITIONS.some((choice) => choice.partition === value);
}

export function isRegionOf(partition: Partition, region: string): boolean {
  return partitionChoice(partition).regions.some((choice) => choice.region === region);
}

/**
 * The STS endpoint the SDK resolves for a region: `sts.<region>.amazonaws.com`, or the
 * `.amazonaws.com.cn` suffix in China. Shown on the sign-in page; the SDK computes its own.
 */
export function stsEndpointOf(partition: Partition, region: string): string {
  const suffix = partition === 'aws-cn' ? 'amazonaws.com.cn' : 'amazonaws.com';
  return `https://sts.${region}.${suffix}`;
}

/** IAM is global: one endpoint a partition, whatever the region. */
export function iamEndpointOf(partition: Partition): string {
  if (partition === 'aws-cn') return 'https://iam.cn-north-1.amazonaws.com.cn';
  if (partition === 'aws-us-gov') return 'https://iam.us-gov.amazonaws.com';
  return 'https://iam.amazonaws.com';
}

/** The partition in a caller ARN (`arn:aws-cn:…` → aws-cn), for ARNs the console builds. */
export function partitionOf(arn: string): string {
  return /^arn:([\w-]+):/.exec(arn)?.[1] ?? 'aws';
}
