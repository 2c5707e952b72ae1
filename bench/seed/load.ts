import { CreateGroupCommand, CreateRoleCommand, CreateUserCommand } from '@aws-sdk/client-iam';
import { performance } from 'node:perf_hooks';
import { mapConcurrent, type SdkClients } from '../lib/sdk.ts';
import type { FullAccountSeed } from './full-account.ts';

export interface BulkLoadResult {
  concurrency: number;
  /** Wall time per entity kind and in all, in ms. */
  usersMs: number;
  groupsMs: number;
  rolesMs: number;
  totalMs: number;
  callsPerSecond: number;
  errors: Record<string, number>;
}

function trustPolicy(accountId: string, index: number): string {
  const Principal =
    index % 4 === 0 ? { Service: 'ec2.amazonaws.com' } : { AWS: `arn:aws:iam::${accountId}:root` };
  return JSON.stringify({
    Version: '2012-10-17',
    Statement: [{ Effect: 'Allow', Principal, Action: 'sts:AssumeRole' }],
  });
}

/** Creates every user, group and role of the seed through the API, timing each kind. */
export async function loadFullAccount(
  root: SdkClients,
  accountId: string,
  seed: FullAccountSeed,
  concurrency: number,
): Promise<BulkLoadResult> {
  const errors: Record<string, number> = {};
  const guard = async (operation: string, call: () => Promise<unknown>) => {
    try {
      await call();
    } catch (error) {
      const key = `${operation} ${(error as Error).name}`;
      errors[key] = (errors[key] ?? 0) + 1;
    }
  };
  const time = async (load: () => Promise<unknown>) => {
    const started = performance.now();
    await load();
    return performance.now() - started;
  };

  const usersMs = await time(() =>
    mapConcurrent(seed.users, concurrency, (user) =>
      guard('CreateUser', () => root.iam.send(new CreateUserCommand(user))),
    ),
  );
  const groupsMs = await time(() =>
    mapConcurrent(seed.groups, concurrency, (group) =>
      guard('CreateGroup', () => root.iam.send(new CreateGroupCommand(group))),
    ),
  );
  const rolesMs = await time(() =>
    mapConcurrent(seed.roles, concurrency, (role, index) =>
      guard('CreateRole', () =>
        root.iam.send(
          new CreateRoleCommand({
            ...role,
            AssumeRolePolicyDocument: trustPolicy(accountId, index),
          }),
        ),
      ),
    ),
  );

  const totalMs = usersMs + groupsMs + rolesMs;
  const calls = seed.users.length + seed.groups.length + seed.roles.length;
  return {
    concurrency,
    usersMs,
    groupsMs,
    rolesMs,
    totalMs,
    callsPerSecond: calls / (totalMs / 1000),
    errors,
  };
}
