import { rootArn, userArn } from '../arns.ts';
import type { UserRecord } from '../store/users.ts';

/** Who signed a request: the root user or an IAM user, and with which access key. */
export type Caller =
  { kind: 'root'; accessKeyId: string } | { kind: 'user'; accessKeyId: string; user: UserRecord };

export function callerArn(caller: Caller, accountId: string): string {
  return caller.kind === 'root'
    ? rootArn(accountId)
    : userArn(accountId, caller.user.path, caller.user.userName);
}
