import {
  TagRoleCommand,
  TagUserCommand,
  UntagRoleCommand,
  UntagUserCommand,
  type IAMClient,
} from '@aws-sdk/client-iam';
import type { IamRequest } from '../code/iam-request.ts';
import type { TagDiff } from './tag-diff.ts';

/** An identity whose tags the console edits after creation. */
export interface TagOwner {
  kind: 'user' | 'role';
  /** The UserName or RoleName. */
  name: string;
}

export type TagRequest = Extract<
  IamRequest,
  { Action: 'TagUser' | 'UntagUser' | 'TagRole' | 'UntagRole' }
>;

/**
 * The calls that apply a diff, in the order they are sent. Untagging comes first, so that a full
 * set of 50 tags can swap keys without passing the quota.
 */
export function tagRequests(owner: TagOwner, { Tags, TagKeys }: TagDiff): TagRequest[] {
  const requests: TagRequest[] = [];
  if (owner.kind === 'user') {
    const UserName = owner.name;
    if (TagKeys.length > 0) requests.push({ Action: 'UntagUser', input: { UserName, TagKeys } });
    if (Tags.length > 0) requests.push({ Action: 'TagUser', input: { UserName, Tags } });
  } else {
    const RoleName = owner.name;
    if (TagKeys.length > 0) requests.push({ Action: 'UntagRole', input: { RoleName, TagKeys } });
    if (Tags.length > 0) requests.push({ Action: 'TagRole', input: { RoleName, Tags } });
  }
  return requests;
}

export function sendTagRequest(iam: IAMClient, request: TagRequest): Promise<unknown> {
  switch (request.Action) {
    case 'TagUser':
      return iam.send(new TagUserCommand(request.input));
    case 'UntagUser':
      return iam.send(new UntagUserCommand(request.input));
    case 'TagRole':
      return iam.send(new TagRoleCommand(request.input));
    case 'UntagRole':
      return iam.send(new UntagRoleCommand(request.input));
  }
}

/** Sends the requests one after the other: the second waits for the first to succeed. */
export async function sendTagRequests(iam: IAMClient, requests: readonly TagRequest[]) {
  for (const request of requests) await sendTagRequest(iam, request);
}
