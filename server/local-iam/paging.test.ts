import {
  AddUserToGroupCommand,
  CreateGroupCommand,
  CreateRoleCommand,
  CreateUserCommand,
  GetGroupCommand,
  IAMClient,
  ListGroupsCommand,
  ListRolesCommand,
  ListUsersCommand,
  ListUserTagsCommand,
  TagUserCommand,
} from '@aws-sdk/client-iam';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rejectionOf, startHarness, type Harness } from './test/harness.ts';
import { post, xmlAt } from './test/raw.ts';

const TRUST = JSON.stringify({
  Statement: [{ Effect: 'Allow', Principal: { Service: 'ec2.amazonaws.com' }, Action: '*' }],
});
const COUNT = 7;
const names = Array.from({ length: COUNT }, (_, i) => `pager-${String(i).padStart(2, '0')}`);

let harness: Harness;
let iam: IAMClient;
beforeAll(async () => {
  harness = await startHarness();
  iam = harness.iam();
  await iam.send(new CreateGroupCommand({ GroupName: 'big-group' }));
  for (const name of names) {
    await iam.send(new CreateUserCommand({ UserName: name, Path: '/paged/' }));
    await iam.send(new CreateGroupCommand({ GroupName: name, Path: '/paged/' }));
    await iam.send(
      new CreateRoleCommand({ RoleName: name, Path: '/paged/', AssumeRolePolicyDocument: TRUST }),
    );
    await iam.send(new AddUserToGroupCommand({ GroupName: 'big-group', UserName: name }));
  }
  const Tags = names.map((name) => ({ Key: name, Value: 'v' }));
  await iam.send(new TagUserCommand({ UserName: names[0], Tags }));
});
afterAll(() => harness.close());

interface PageOut {
  items: string[];
  IsTruncated?: boolean;
  Marker?: string;
}
type Lister = (MaxItems?: number, Marker?: string) => Promise<PageOut>;

const listers: Record<string, Lister> = {
  ListUsers: async (MaxItems, Marker) => {
    const out = await iam.send(new ListUsersCommand({ PathPrefix: '/paged/', MaxItems, Marker }));
    return { ...out, items: out.Users!.map((user) => user.UserName!) };
  },
  ListGroups: async (MaxItems, Marker) => {
    const out = await iam.send(new ListGroupsCommand({ PathPrefix: '/paged/', MaxItems, Marker }));
    return { ...out, items: out.Groups!.map((group) => group.GroupName!) };
  },
  ListRoles: async (MaxItems, Marker) => {
    const out = await iam.send(new ListRolesCommand({ PathPrefix: '/paged/', MaxItems, Marker }));
    return { ...out, items: out.Roles!.map((role) => role.RoleName!) };
  },
  GetGroup: async (MaxItems, Marker) => {
    const out = await iam.send(new GetGroupCommand({ GroupName: 'big-group', MaxItems, Marker }));
    return { ...out, items: out.Users!.map((user) => user.UserName!) };
  },
  ListUserTags: async (MaxItems, Marker) => {
    const out = await iam.send(new ListUserTagsCommand({ UserName: names[0], MaxItems, Marker }));
    return { ...out, items: out.Tags!.map((tag) => tag.Key!) };
  },
};

describe.each(Object.entries(listers))('%s paging', (_action, list) => {
  it('returns all in one page by default, IsTruncated false and no Marker', async () => {
    const page = await list();
    expect(page.items).toEqual(names);
    expect(page.IsTruncated).toBe(false);
    expect(page.Marker).toBeUndefined();
  });

  it('walks page by page with the Marker until IsTruncated is false', async () => {
    const seen: string[] = [];
    let marker: string | undefined;
    let pages = 0;
    do {
      const page = await list(3, marker);
      pages++;
      seen.push(...page.items);
      if (page.IsTruncated) {
        expect(page.items).toHaveLength(3);
        expect(page.Marker).toEqual(expect.any(String));
      } else {
        expect(page.Marker).toBeUndefined();
      }
      marker = page.IsTruncated ? page.Marker : undefined;
    } while (marker && pages < 10);
    expect(pages).toBe(3);
    expect(seen).toEqual(names);
  });

  it('answers IsTruncated false when MaxItems equals the number left', async () => {
    const page = await list(COUNT);
    expect(page.items).toHaveLength(COUNT);
    expect(page.IsTruncated).toBe(false);
  });

  it.each([0, 1001, -1])('refuses MaxItems %i with ValidationError (400)', async (maxItems) => {
    const error = await rejectionOf(list(maxItems));
    expect(error.name).toBe('ValidationError');
    expect(error.$metadata.httpStatusCode).toBe(400);
  });

  it('refuses a Marker it did not issue', async () => {
    const error = await rejectionOf(list(undefined, 'not-a-marker'));
    expect(error.name).toBe('ValidationError');
  });
});

describe('paging details', () => {
  it('accepts MaxItems 1 and 1000', async () => {
    expect((await listers.ListUsers!(1)).items).toEqual([names[0]]);
    expect((await listers.ListUsers!(1000)).items).toHaveLength(COUNT);
  });

  it('writes IsTruncated and Marker in the XML of a truncated page', async () => {
    const response = await post(harness.endpoint, {
      Action: 'ListUsers',
      MaxItems: '2',
      Version: '2010-05-08',
    });
    expect(xmlAt(response.text, 'ListUsersResponse.ListUsersResult.IsTruncated')).toBe('true');
    expect(xmlAt(response.text, 'ListUsersResponse.ListUsersResult.Marker')).toEqual(
      expect.any(String),
    );
  });

  it('refuses a MaxItems that is not a number', async () => {
    const response = await post(harness.endpoint, {
      Action: 'ListUsers',
      MaxItems: 'ten',
      Version: '2010-05-08',
    });
    expect(response.status).toBe(400);
    expect(xmlAt(response.text, 'ErrorResponse.Error.Code')).toBe('ValidationError');
  });

  it('continues after the last item seen, including items added after it since', async () => {
    const first = await listers.ListUsers!(2);
    await iam.send(new CreateUserCommand({ UserName: 'pager-01a', Path: '/paged/' }));
    const next = await listers.ListUsers!(2, first.Marker);
    expect(next.items).toEqual(['pager-01a', 'pager-02']);
  });
});
