import { ListAccountAliasesCommand, ListMFADevicesCommand } from '@aws-sdk/client-iam';
import { GetCallerIdentityCommand, GetSessionTokenCommand } from '@aws-sdk/client-sts';
import type { AwsClients } from '../../aws/clients.ts';
import { ConsoleError, hasAwsCode } from '../../aws/errors.ts';
import { isRootArn } from '../../session/identity.ts';
import type { CallerIdentity, Credentials, Session, Target } from '../../session/types.ts';
import type { SignInForm } from './sign-in-form.ts';

type ClientFactory = (input: { target: Target; credentials: Credentials }) => AwsClients;

async function callerIdentity(clients: AwsClients): Promise<CallerIdentity> {
  const output = await clients.sts.send(new GetCallerIdentityCommand({}));
  if (!output.Account || !output.Arn || !output.UserId) {
    throw new ConsoleError('InvalidResponse', 'GetCallerIdentity answered without an identity.');
  }
  return { Account: output.Account, Arn: output.Arn, UserId: output.UserId };
}

function checkStyle(form: SignInForm, identity: CallerIdentity): void {
  const isRoot = isRootArn(identity.Arn);
  if (form.style === 'root' && !isRoot) {
    throw new ConsoleError(
      'NotRootCredentials',
      `These keys belong to ${identity.Arn}, not to the root user. ` +
        'Choose "IAM user" to sign in with them.',
    );
  }
  if (form.style === 'iam-user' && isRoot) {
    throw new ConsoleError(
      'RootCredentials',
      `These are the root user's keys (${identity.Arn}). Choose "Root user" to sign in with them.`,
    );
  }
}

/**
 * The account an alias names, as the local account's sign-in resolves it without credentials
 * (AWS's sign-in page does the same for <alias>.signin.aws.amazon.com). Undefined: no such alias.
 */
async function localAccountOfAlias(target: Target, alias: string): Promise<string | undefined> {
  if (target.kind !== 'local') return undefined;
  const url = new URL(`_account-alias?alias=${encodeURIComponent(alias)}`, target.endpoint);
  const response = await fetch(url, { cache: 'no-store' });
  if (response.status === 404) return undefined;
  if (!response.ok) {
    throw new ConsoleError(
      'AliasLookupFailed',
      `The alias could not be looked up (${response.status}).`,
    );
  }
  const { accountId } = (await response.json()) as { accountId?: string };
  return accountId;
}

async function checkAccount(
  form: SignInForm,
  identity: CallerIdentity,
  clients: AwsClients,
  target: Target,
) {
  const account = form.account.trim().toLowerCase();
  if (/^\d{12}$/.test(account)) {
    if (account !== identity.Account) {
      throw new ConsoleError(
        'AccountMismatch',
        `These keys belong to account ${identity.Account}, not ${account}.`,
      );
    }
    return;
  }

  const mismatch = new ConsoleError(
    'AccountMismatch',
    `"${account}" is not an alias of account ${identity.Account}, which these keys belong to.`,
  );
  if (target.kind === 'local') {
    if ((await localAccountOfAlias(target, account)) !== identity.Account) throw mismatch;
    return;
  }

  // Elsewhere only the account itself can say what its alias is.
  let aliases: string[];
  try {
    aliases = (await clients.iam.send(new ListAccountAliasesCommand({}))).AccountAliases ?? [];
  } catch (error) {
    if (!hasAwsCode(error, 'AccessDenied')) throw error;
    throw new ConsoleError(
      'AliasNotVerified',
      `The alias "${account}" could not be verified: ${identity.Arn} may not call ` +
        'iam:ListAccountAliases. Sign in with the 12-digit account ID instead.',
    );
  }
  if (!aliases.includes(account)) throw mismatch;
}

/**
 * The caller's MFA devices. Without UserName, ListMFADevices lists the devices of whoever signs
 * the request, the root user included; root devices assigned before devices could be named
 * are `root-account-mfa-device`, which is the guess when the listing is empty or refused.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_mfa_enable_virtual.html
 */
async function mfaSerialNumbers(identity: CallerIdentity, clients: AwsClients): Promise<string[]> {
  const isRoot = isRootArn(identity.Arn);
  let listed: string[] = [];
  try {
    const output = await clients.iam.send(new ListMFADevicesCommand({}));
    listed = (output.MFADevices ?? []).flatMap((device) => device.SerialNumber ?? []);
  } catch (error) {
    if (!isRoot && hasAwsCode(error, 'AccessDenied')) {
      throw new ConsoleError(
        'MFADeviceNotListed',
        `The MFA device of ${identity.Arn} could not be found: the user may not call ` +
          'iam:ListMFADevices on itself. Ask an administrator for that permission.',
      );
    }
    if (!isRoot) throw error;
  }
  if (listed.length > 0) return listed;
  if (isRoot) {
    // The partition comes from the caller's ARN: `aws-cn` and `aws-us-gov` accounts have their own.
    const partition = identity.Arn.split(':')[1] ?? 'aws';
    return [`arn:${partition}:iam::${identity.Account}:mfa/root-account-mfa-device`];
  }
  throw new ConsoleError(
    'NoMFADevice',
    `${identity.Arn} has no MFA device. Leave the MFA code empty to sign in without one.`,
  );
}

/**
 * GetSessionToken with the code against each of the caller's devices in turn (a user may have
 * up to eight), keeping the first that accepts it; a code refused by every one is the last
 * device's refusal.
 */
async function sessionTokenWithMfa(
  form: SignInForm,
  identity: CallerIdentity,
  clients: AwsClients,
) {
  const TokenCode = form.mfaCode.trim();
  const serials = await mfaSerialNumbers(identity, clients);
  for (const [index, SerialNumber] of serials.entries()) {
    try {
      return await clients.sts.send(new GetSessionTokenCommand({ SerialNumber, TokenCode }));
    } catch (error) {
      if (index === serials.length - 1 || !hasAwsCode(error, 'AccessDenied')) throw error;
    }
  }
  throw new ConsoleError('NoMFADevice', `${identity.Arn} has no MFA device.`);
}

async function mfaCredentials(
  form: SignInForm,
  identity: CallerIdentity,
  clients: AwsClients,
): Promise<Credentials> {
  const output = await sessionTokenWithMfa(form, identity, clients);
  const issued = output.Credentials;
  if (!issued?.AccessKeyId || !issued.SecretAccessKey || !issued.SessionToken) {
    throw new ConsoleError('InvalidResponse', 'GetSessionToken answered without credentials.');
  }
  return {
    AccessKeyId: issued.AccessKeyId,
    SecretAccessKey: issued.SecretAccessKey,
    SessionToken: issued.SessionToken,
    Expiration: issued.Expiration?.toISOString(),
  };
}

/**
 * Checks the credentials as the AWS console's two sign-in styles do, and returns the session to
 * keep. Throws ConsoleError (or the SDK's error) with the reason to show under the form.
 */
export async function signInWithCredentials(
  form: SignInForm,
  target: Target,
  createClients: ClientFactory,
): Promise<Session> {
  const keys: Credentials = {
    AccessKeyId: form.accessKeyId.trim(),
    SecretAccessKey: form.secretAccessKey,
    SessionToken: form.sessionToken.trim() || undefined,
  };
  const clients = createClients({ target, credentials: keys });

  const identity = await callerIdentity(clients);
  checkStyle(form, identity);
  if (form.style === 'iam-user') await checkAccount(form, identity, clients, target);

  const withMfa = form.mfaCode.trim() !== '';
  const credentials = withMfa ? await mfaCredentials(form, identity, clients) : keys;
  return { target, credentials, identity, style: form.style, mfaAuthenticated: withMfa };
}
