import { createDemoPolicies } from './demo-policies.ts';
import { newAccessKeyId, newSecretAccessKey, newUniqueId } from './ids.ts';
import type { Store } from './store/store.ts';

/**
 * A small organisation for a first look at the console: the seed tutorial's users and paths
 * (techsquawks-user at `/`, `/example/path/1/`, `/example/path/2/`), an engineering department,
 * the groups Admins, Developers and Devops, and roles with the trust policies such roles have;
 * `demo-policies.ts` gives them their permissions.
 */
const USERS: ReadonlyArray<{ userName: string; path: string; tags?: Record<string, string> }> = [
  { userName: 'techsquawks-user', path: '/', tags: { Team: 'platform' } },
  { userName: 'techsquawks-user1', path: '/example/path/1/' },
  { userName: 'techsquawks-user-2', path: '/example/path/2/' },
  { userName: 'techsquawks-user-2a', path: '/example/path/2/' },
  { userName: 'alice.martin', path: '/engineering/backend/', tags: { CostCenter: 'eng-42' } },
  { userName: 'bruno.diaz', path: '/engineering/backend/' },
  { userName: 'chen.wei', path: '/engineering/frontend/' },
  { userName: 'dana.kowalski', path: '/operations/' },
  { userName: 'erin.okafor', path: '/' },
];

const GROUPS: ReadonlyArray<{ groupName: string; path: string; members: string[] }> = [
  { groupName: 'Admins', path: '/', members: ['erin.okafor', 'dana.kowalski'] },
  {
    groupName: 'Developers',
    path: '/',
    members: ['techsquawks-user', 'alice.martin', 'bruno.diaz', 'chen.wei'],
  },
  { groupName: 'Devops', path: '/', members: ['dana.kowalski', 'bruno.diaz'] },
];

function trustPolicy(principal: object, condition?: object): string {
  const statement = {
    Effect: 'Allow',
    Principal: principal,
    Action: 'sts:AssumeRole',
    ...(condition ? { Condition: condition } : {}),
  };
  return JSON.stringify({ Version: '2012-10-17', Statement: [statement] });
}

function roles(accountId: string) {
  return [
    {
      roleName: 'lambda-basic-execution',
      path: '/service-role/',
      description: 'Lets Lambda functions write their logs.',
      document: trustPolicy({ Service: 'lambda.amazonaws.com' }),
      maxSessionDuration: 3600,
    },
    {
      roleName: 'ec2-app-server',
      path: '/',
      description: 'Instance role for the application servers.',
      document: trustPolicy({ Service: 'ec2.amazonaws.com' }),
      maxSessionDuration: 3600,
    },
    {
      roleName: 'deploy-pipeline',
      path: '/engineering/',
      description: 'Assumed by engineers and CI to deploy.',
      document: trustPolicy({ AWS: `arn:aws:iam::${accountId}:root` }),
      maxSessionDuration: 7200,
    },
    {
      roleName: 'security-auditor',
      path: '/cross-account/',
      description: 'Read-only access for the external audit account.',
      document: trustPolicy(
        { AWS: 'arn:aws:iam::111122223333:root' },
        { StringEquals: { 'sts:ExternalId': 'demo-audit' } },
      ),
      maxSessionDuration: 3600,
    },
  ];
}

export function createDemoOrganisation(store: Store, accountId: string, now: Date): void {
  const userPks = new Map<string, number>();
  for (const { userName, path, tags } of USERS) {
    const user = store.users.insert({
      userId: newUniqueId('AIDA'),
      userName,
      path,
      createDate: now,
    });
    userPks.set(userName, user.pk);
    if (tags) store.tags.put('user', user.pk, toTags(tags));
  }

  // One user with an access key, so the credentials pages have something to show.
  store.accessKeys.insert({
    accessKeyId: newAccessKeyId(),
    secretAccessKey: newSecretAccessKey(),
    userPk: userPks.get('techsquawks-user'),
    status: 'Active',
    createDate: now,
  });

  for (const { groupName, path, members } of GROUPS) {
    const group = store.groups.insert({
      groupId: newUniqueId('AGPA'),
      groupName,
      path,
      createDate: now,
    });
    for (const member of members) {
      const userPk = userPks.get(member);
      if (userPk !== undefined) store.groups.addMember(group.pk, userPk);
    }
  }

  for (const role of roles(accountId)) {
    const created = store.roles.insert({
      roleId: newUniqueId('AROA'),
      roleName: role.roleName,
      path: role.path,
      assumeRolePolicyDocument: role.document,
      description: role.description,
      maxSessionDuration: role.maxSessionDuration,
      createDate: now,
    });
    store.tags.put('role', created.pk, toTags({ Environment: 'demo' }));
  }

  createDemoPolicies(store, accountId, now);
}

function toTags(tags: Record<string, string>) {
  return Object.entries(tags).map(([Key, Value]) => ({ Key, Value }));
}
