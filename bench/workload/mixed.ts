import {
  CreateAccessKeyCommand,
  CreateRoleCommand,
  CreateUserCommand,
  GetUserCommand,
  ListAccessKeysCommand,
  ListUsersCommand,
  PutUserPolicyCommand,
  TagUserCommand,
} from '@aws-sdk/client-iam';
import { AssumeRoleCommand, GetCallerIdentityCommand } from '@aws-sdk/client-sts';
import { performance } from 'node:perf_hooks';
import { mapConcurrent, type KeyPair, type SdkClients } from '../lib/sdk.ts';

/** Users the paged list walks: three pages of 50, so every list takes three calls. */
const LISTED_USERS = 120;
export const LIST_PAGE_SIZE = 50;
export const LIST_PATH = '/bench/list/';

const ALLOW_ALL = JSON.stringify({
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }],
});

function trustAccount(accountId: string): string {
  return JSON.stringify({
    Version: '2012-10-17',
    Statement: [
      {
        Effect: 'Allow',
        Principal: { AWS: `arn:aws:iam::${accountId}:root` },
        Action: 'sts:AssumeRole',
      },
    ],
  });
}

export interface Workload {
  endpoint: string;
  roleArn: string;
  /** One IAM user a client, allowed everything, so the same calls work on any IAM endpoint. */
  workerKeys: KeyPair[];
}

/**
 * Creates, as root, what the mixed workload reads: the role it assumes, the users it lists and
 * one allowed IAM user per client (AWS refuses AssumeRole to root credentials).
 */
export async function prepareWorkload(
  endpoint: string,
  root: SdkClients,
  accountId: string,
  clientCount: number,
): Promise<Workload> {
  const role = await root.iam.send(
    new CreateRoleCommand({
      RoleName: 'bench-assumed-role',
      Path: '/bench/',
      AssumeRolePolicyDocument: trustAccount(accountId),
    }),
  );
  const roleArn = role.Role?.Arn ?? '';

  const listed = Array.from(
    { length: LISTED_USERS },
    (_, i) => `listed-${String(i).padStart(3, '0')}`,
  );
  await mapConcurrent(listed, 8, (UserName) =>
    root.iam.send(new CreateUserCommand({ UserName, Path: LIST_PATH })),
  );

  const workerKeys = await mapConcurrent(
    Array.from({ length: clientCount }, (_, i) => `bench-worker-${i}`),
    8,
    async (UserName): Promise<KeyPair> => {
      await root.iam.send(new CreateUserCommand({ UserName, Path: '/bench/workers/' }));
      await root.iam.send(
        new PutUserPolicyCommand({ UserName, PolicyName: 'bench-all', PolicyDocument: ALLOW_ALL }),
      );
      const key = await root.iam.send(new CreateAccessKeyCommand({ UserName }));
      return {
        accessKeyId: key.AccessKey?.AccessKeyId ?? '',
        secretAccessKey: key.AccessKey?.SecretAccessKey ?? '',
      };
    },
  );
  return { endpoint, roleArn, workerKeys };
}

/** Latencies in ms by operation, and failures by operation and error name. */
export interface Samples {
  latencies: Map<string, number[]>;
  errors: Map<string, number>;
  calls: number;
}

export function emptySamples(): Samples {
  return { latencies: new Map(), errors: new Map(), calls: 0 };
}

export async function timed(samples: Samples, operation: string, call: () => Promise<unknown>) {
  const started = performance.now();
  try {
    return await call();
  } catch (error) {
    const key = `${operation} ${(error as Error).name}`;
    samples.errors.set(key, (samples.errors.get(key) ?? 0) + 1);
    return undefined;
  } finally {
    const list = samples.latencies.get(operation) ?? [];
    list.push(performance.now() - started);
    samples.latencies.set(operation, list);
    samples.calls += 1;
  }
}

/**
 * One round of the mixed workload, ten calls: create a user, read it, list a path
 * with paging, create and list its access keys, tag it, GetCallerIdentity and AssumeRole.
 */
export async function mixedRound(
  clients: SdkClients,
  roleArn: string,
  UserName: string,
  samples: Samples,
): Promise<void> {
  const { iam, sts } = clients;
  await timed(samples, 'CreateUser', () =>
    iam.send(new CreateUserCommand({ UserName, Path: '/bench/load/' })),
  );
  await timed(samples, 'GetUser', () => iam.send(new GetUserCommand({ UserName })));

  let Marker: string | undefined;
  for (let page = 0; page < 10; page += 1) {
    const output = (await timed(samples, 'ListUsers', () =>
      iam.send(new ListUsersCommand({ PathPrefix: LIST_PATH, MaxItems: LIST_PAGE_SIZE, Marker })),
    )) as { IsTruncated?: boolean; Marker?: string } | undefined;
    Marker = output?.IsTruncated ? output.Marker : undefined;
    if (!Marker) break;
  }

  await timed(samples, 'CreateAccessKey', () => iam.send(new CreateAccessKeyCommand({ UserName })));
  await timed(samples, 'ListAccessKeys', () => iam.send(new ListAccessKeysCommand({ UserName })));
  await timed(samples, 'TagUser', () =>
    iam.send(new TagUserCommand({ UserName, Tags: [{ Key: 'team', Value: 'bench' }] })),
  );
  await timed(samples, 'GetCallerIdentity', () => sts.send(new GetCallerIdentityCommand({})));
  await timed(samples, 'AssumeRole', () =>
    sts.send(new AssumeRoleCommand({ RoleArn: roleArn, RoleSessionName: `s-${UserName}` })),
  );
}
