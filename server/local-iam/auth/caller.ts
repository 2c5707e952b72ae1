import { rootArn, userArn } from '../arns.ts';
import type { RoleRecord } from '../store/roles.ts';
import type { SessionSource } from '../store/sessions.ts';
import type { UserRecord } from '../store/users.ts';

/**
 * What temporary credentials carry besides their identity: when they expire, and whether (and
 * when) an MFA code was given to get them, which `aws:MultiFactorAuthPresent` and
 * `aws:MultiFactorAuthAge` read.
 */
export interface SessionFacts {
  source: SessionSource;
  expiration: Date;
  mfaAuthenticatedAt?: Date;
  /** When the credentials were issued: aws:TokenIssueTime. */
  issuedAt?: Date;
  /** Role session credentials got with role session credentials (one hour at most). */
  roleChained?: boolean;
}

/**
 * Who signed a request: the root user, an IAM user, or a role session, with the access key
 * used. Root and users signing with GetSessionToken credentials carry `session`.
 */
export type Caller =
  | { kind: 'root'; accessKeyId: string; session?: SessionFacts }
  | { kind: 'user'; accessKeyId: string; user: UserRecord; session?: SessionFacts }
  | {
      kind: 'assumed-role';
      accessKeyId: string;
      role: RoleRecord;
      roleSessionName: string;
      session: SessionFacts;
    };

/** The ARN AWS reports for a caller; a role session's is an STS ARN without the role's path. */
export function callerArn(caller: Caller, accountId: string): string {
  switch (caller.kind) {
    case 'root':
      return rootArn(accountId);
    case 'user':
      return userArn(accountId, caller.user.path, caller.user.userName);
    case 'assumed-role': {
      const { role, roleSessionName } = caller;
      return `arn:aws:sts::${accountId}:assumed-role/${role.roleName}/${roleSessionName}`;
    }
  }
}

/** `UserId` as GetCallerIdentity reports it: account ID, AIDA… ID, or `<AROA…>:<session>`. */
export function callerUserId(caller: Caller, accountId: string): string {
  switch (caller.kind) {
    case 'root':
      return accountId;
    case 'user':
      return caller.user.userId;
    case 'assumed-role':
      return `${caller.role.roleId}:${caller.roleSessionName}`;
  }
}
