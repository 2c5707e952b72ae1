import type { CallerIdentity } from './types.ts';

export function isRootArn(arn: string): boolean {
  return /^arn:aws[\w-]*:iam::\d{12}:root$/.test(arn);
}

/**
 * The short name the top bar shows: "root", the user name for `…:user/path/name`, or
 * `role/session` for an assumed role (`arn:aws:sts::<account>:assumed-role/<role>/<session>`).
 */
export function displayNameOf(identity: CallerIdentity): string {
  const { Arn } = identity;
  if (isRootArn(Arn)) return 'root';

  const resource = Arn.split(':').slice(5).join(':');
  if (resource.startsWith('assumed-role/')) return resource.slice('assumed-role/'.length);
  const lastSlash = resource.lastIndexOf('/');
  return lastSlash >= 0 ? resource.slice(lastSlash + 1) : resource;
}

/** The IAM user name behind an IAM user ARN, or undefined for root, roles and federated users. */
export function userNameOf(arn: string): string | undefined {
  const match = /^arn:aws[\w-]*:(?:iam|sts)::\d{12}:user\/(?:.*\/)?([^/]+)$/.exec(arn);
  return match?.[1];
}
