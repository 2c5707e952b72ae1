import { ListAccountAliasesCommand } from '@aws-sdk/client-iam';
import { AssumeRoleCommand, GetCallerIdentityCommand } from '@aws-sdk/client-sts';
import { useGuardedMutation } from '../../aws/guarded-mutation.ts';
import { createAwsClients } from '../../aws/clients.ts';
import { ConsoleError } from '../../aws/errors.ts';
import { isAccountAlias, isAccountId } from '../../components/validation/iam-names.ts';
import { isRootArn, userNameOf } from '../../session/identity.ts';
import { useSessionContext, useSignedIn } from '../../session/SessionContext.tsx';
import type { Session } from '../../session/types.ts';
import { partitionOf } from '../../session/partitions.ts';
import { buildRoleArn, rememberRole, roleSessionName, type RecentRole } from './switch-role.ts';

/** The user's own session: switching from a role session starts again from the user. */
export function userSessionOf(session: Session): Session {
  return session.switchedRole?.user ?? session;
}

/**
 * AWS lets only IAM users switch role (the root user may not assume roles), and the console
 * switches from the user's own session, so a session signed in as root or with a role's keys
 * cannot switch at all.
 */
export function maySwitchRole(session: Session): boolean {
  const user = userSessionOf(session);
  return !isRootArn(user.identity.Arn) && userNameOf(user.identity.Arn) !== undefined;
}

/**
 * An alias maps to an account ID only through ListAccountAliases, which answers for the
 * caller's own account: another account's alias cannot be resolved, so its ID is needed.
 */
async function resolveAccountId(user: Session, account: string): Promise<string> {
  const value = account.trim();
  if (isAccountId(value)) return value;
  if (!isAccountAlias(value)) {
    throw new ConsoleError('InvalidAccount', 'Enter a 12-digit account ID or an account alias.');
  }

  const { iam } = createAwsClients(user);
  const { AccountAliases = [] } = await iam.send(new ListAccountAliasesCommand({}));
  if (AccountAliases.includes(value)) return user.identity.Account;
  throw new ConsoleError(
    'UnknownAlias',
    `"${value}" is not the alias of your account (${user.identity.Account}); ` +
      "another account's alias cannot be looked up, so enter its 12-digit ID.",
  );
}

/** AssumeRole with the user's credentials, then the role's session replaces the user's. */
export function useSwitchRole() {
  const { session } = useSignedIn();
  const { signIn } = useSessionContext();
  return useGuardedMutation({
    mutationFn: async (role: RecentRole) => {
      const user = userSessionOf(session);
      const UserName = userNameOf(user.identity.Arn);
      if (isRootArn(user.identity.Arn) || UserName === undefined) {
        throw new ConsoleError(
          'NotAnIamUser',
          'Switch role works from an IAM user session: AWS does not let the root user assume ' +
            'roles. Sign in as an IAM user.',
        );
      }

      const AccountId = await resolveAccountId(user, role.account);
      const RoleArn = buildRoleArn(partitionOf(user.identity.Arn), AccountId, role.roleName);
      const { sts } = createAwsClients(user);
      const output = await sts.send(
        new AssumeRoleCommand({ RoleArn, RoleSessionName: roleSessionName(UserName) }),
      );
      const issued = output.Credentials;
      if (!issued?.AccessKeyId || !issued.SecretAccessKey || !issued.SessionToken) {
        throw new ConsoleError('NoCredentials', 'AssumeRole answered without credentials.');
      }

      const credentials = {
        AccessKeyId: issued.AccessKeyId,
        SecretAccessKey: issued.SecretAccessKey,
        SessionToken: issued.SessionToken,
        Expiration: issued.Expiration?.toISOString(),
      };
      const identity = await createAwsClients({ target: user.target, credentials }).sts.send(
        new GetCallerIdentityCommand({}),
      );
      const roleSession: Session = {
        target: user.target,
        credentials,
        identity: {
          Account: identity.Account ?? AccountId,
          Arn: identity.Arn ?? output.AssumedRoleUser?.Arn ?? RoleArn,
          UserId: identity.UserId ?? output.AssumedRoleUser?.AssumedRoleId ?? '',
        },
        style: user.style,
        mfaAuthenticated: false,
        switchedRole: { RoleArn, displayName: role.displayName, color: role.color, user },
      };
      return roleSession;
    },
    onSuccess: (roleSession, role) => {
      rememberRole(role);
      signIn(roleSession);
    },
  });
}
