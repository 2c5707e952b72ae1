/**
 * The soak's mixed load: each round of a worker creates a user with tags, gives it a key,
 * group membership and an inline policy, reads it back in every way the console does, signs
 * with the new key and through a role session, then removes it all again, so the account
 * returns to the same size after every round.
 */
import {
  AddUserToGroupCommand,
  CreateAccessKeyCommand,
  CreateUserCommand,
  DeleteAccessKeyCommand,
  DeleteUserCommand,
  DeleteUserPolicyCommand,
  GetAccountAuthorizationDetailsCommand,
  GetAccountSummaryCommand,
  GetUserCommand,
  IAMClient,
  ListAccessKeysCommand,
  ListGroupsForUserCommand,
  ListRolesCommand,
  ListUsersCommand,
  PutUserPolicyCommand,
  RemoveUserFromGroupCommand,
  TagUserCommand,
  CreateGroupCommand,
  CreateRoleCommand,
  AttachUserPolicyCommand,
} from '@aws-sdk/client-iam';
import { AssumeRoleCommand, GetCallerIdentityCommand, STSClient } from '@aws-sdk/client-sts';
import { TEST_ACCOUNT_ID, TEST_ROOT_KEY, type Credentials } from '../../test/harness.ts';

const ROLE_ARN = `arn:aws:iam::${TEST_ACCOUNT_ID}:role/soak-role`;
const POLICY = JSON.stringify({
  Version: '2012-10-17',
  Statement: [
    { Effect: 'Allow', Action: ['iam:Get*', 'iam:List*', 'sts:AssumeRole'], Resource: '*' },
  ],
});
const TRUST = JSON.stringify({
  Version: '2012-10-17',
  Statement: [
    {
      Effect: 'Allow',
      Principal: { AWS: `arn:aws:iam::${TEST_ACCOUNT_ID}:root` },
      Action: 'sts:AssumeRole',
    },
  ],
});

export interface Clients {
  iam(credentials?: Credentials & { sessionToken?: string }): IAMClient;
  sts(credentials?: Credentials & { sessionToken?: string }): STSClient;
}

export function clientsFor(endpoint: string): Clients {
  const config = (credentials: Credentials = TEST_ROOT_KEY) => ({
    endpoint,
    region: 'us-east-1',
    credentials,
    maxAttempts: 1,
  });
  return {
    iam: (credentials) => new IAMClient(config(credentials)),
    sts: (credentials) => new STSClient(config(credentials)),
  };
}

/** What every round leans on: a group, a role to assume, and a reader with a big policy. */
export async function prepare(clients: Clients): Promise<Credentials> {
  const iam = clients.iam();
  await iam.send(new CreateGroupCommand({ GroupName: 'soak-group' }));
  await iam.send(new CreateRoleCommand({ RoleName: 'soak-role', AssumeRolePolicyDocument: TRUST }));
  await iam.send(new CreateUserCommand({ UserName: 'soak-reader' }));
  // AWS managed ReadOnlyAccess holds thousands of actions: authorization at its real size.
  await iam.send(
    new AttachUserPolicyCommand({
      UserName: 'soak-reader',
      PolicyArn: 'arn:aws:iam::aws:policy/ReadOnlyAccess',
    }),
  );
  const { AccessKey } = await iam.send(new CreateAccessKeyCommand({ UserName: 'soak-reader' }));
  iam.destroy();
  return { accessKeyId: AccessKey!.AccessKeyId!, secretAccessKey: AccessKey!.SecretAccessKey! };
}

/** Milliseconds each call took, since the last `takeLatencies`. */
const latency: number[] = [];

export function takeLatencies(): number[] {
  return latency.splice(0, latency.length);
}

/** One round for one worker; every call in it is expected to succeed. */
export async function round(
  clients: Clients,
  root: IAMClient,
  reader: IAMClient,
  userName: string,
): Promise<number> {
  let calls = 0;
  const send = async <T>(promise: Promise<T>): Promise<T> => {
    calls++;
    const started = performance.now();
    try {
      return await promise;
    } finally {
      latency.push(performance.now() - started);
    }
  };

  await send(root.send(new CreateUserCommand({ UserName: userName, Path: '/soak/' })));
  await send(
    root.send(new TagUserCommand({ UserName: userName, Tags: [{ Key: 'soak', Value: '1' }] })),
  );
  const { AccessKey } = await send(root.send(new CreateAccessKeyCommand({ UserName: userName })));
  await send(root.send(new AddUserToGroupCommand({ GroupName: 'soak-group', UserName: userName })));
  await send(
    root.send(
      new PutUserPolicyCommand({ UserName: userName, PolicyName: 'soak', PolicyDocument: POLICY }),
    ),
  );

  await send(root.send(new GetUserCommand({ UserName: userName })));
  await send(root.send(new ListUsersCommand({ PathPrefix: '/soak/' })));
  await send(root.send(new ListAccessKeysCommand({ UserName: userName })));
  await send(root.send(new ListGroupsForUserCommand({ UserName: userName })));
  await send(reader.send(new ListRolesCommand({})));
  await send(reader.send(new GetAccountSummaryCommand({})));
  // Users, groups and roles only: the managed policies' full version histories (ReadOnlyAccess
  // alone runs to megabytes) would make this a benchmark of XML size.
  await send(
    reader.send(
      new GetAccountAuthorizationDetailsCommand({
        MaxItems: 20,
        Filter: ['User', 'Group', 'Role'],
      }),
    ),
  );

  const key = {
    accessKeyId: AccessKey!.AccessKeyId!,
    secretAccessKey: AccessKey!.SecretAccessKey!,
  };
  const own = clients.sts(key);
  const ownIam = clients.iam(key);
  await send(own.send(new GetCallerIdentityCommand({})));
  await send(ownIam.send(new GetUserCommand({ UserName: userName })));
  const { Credentials } = await send(
    own.send(
      new AssumeRoleCommand({ RoleArn: ROLE_ARN, RoleSessionName: userName, DurationSeconds: 900 }),
    ),
  );
  const session = clients.sts({
    accessKeyId: Credentials!.AccessKeyId!,
    secretAccessKey: Credentials!.SecretAccessKey!,
    sessionToken: Credentials!.SessionToken!,
  });
  await send(session.send(new GetCallerIdentityCommand({})));
  for (const client of [own, ownIam, session]) client.destroy();

  await send(root.send(new DeleteUserPolicyCommand({ UserName: userName, PolicyName: 'soak' })));
  await send(
    root.send(new RemoveUserFromGroupCommand({ GroupName: 'soak-group', UserName: userName })),
  );
  await send(
    root.send(new DeleteAccessKeyCommand({ UserName: userName, AccessKeyId: key.accessKeyId })),
  );
  await send(root.send(new DeleteUserCommand({ UserName: userName })));
  return calls;
}
