import {
  type Tag,
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

/** A tag edit as sent: its requests, and the tags it started from (to undo a partial save). */
export interface TagSave {
  requests: TagRequest[];
  saved: readonly Tag[];
}

/**
 * Sends the requests one after the other. IAM has no call that sets a whole tag set, so when
 * the tagging call fails after the untagging one succeeded (LimitExceeded because another
 * session added tags meanwhile, a throttle, the network), the removed tags are put back with
 * their values before the error is reported: a failed save changes nothing.
 */
export async function sendTagRequests(iam: IAMClient, { requests, saved }: TagSave) {
  const done: TagRequest[] = [];
  for (const request of requests) {
    try {
      await sendTagRequest(iam, request);
      done.push(request);
    } catch (error) {
      await undoUntagging(iam, done, saved, error);
      throw error;
    }
  }
}

async function undoUntagging(
  iam: IAMClient,
  done: readonly TagRequest[],
  saved: readonly Tag[],
  cause: unknown,
) {
  for (const request of done) {
    if (request.Action !== 'UntagUser' && request.Action !== 'UntagRole') continue;
    const removed = new Set(request.input.TagKeys?.map((Key) => Key.toLowerCase()));
    const Tags = saved
      .filter((tag) => removed.has((tag.Key ?? '').toLowerCase()))
      .map((tag) => ({ Key: tag.Key ?? '', Value: tag.Value ?? '' }));
    if (Tags.length === 0) continue;
    try {
      await sendTagRequest(
        iam,
        request.Action === 'UntagUser'
          ? { Action: 'TagUser', input: { UserName: request.input.UserName, Tags } }
          : { Action: 'TagRole', input: { RoleName: request.input.RoleName, Tags } },
      );
    } catch {
      const keys = Tags.map((tag) => tag.Key).join(', ');
      throw new Error(
        `${errorName(cause)}: the tags were only partly saved. Removed and not put back: ` +
          `${keys}. Review the tags below.`,
        { cause },
      );
    }
  }
}

function errorName(error: unknown): string {
  return error instanceof Error ? error.name : 'Error';
}
