import { NoSuchEntityError, ValidationError } from '../errors.ts';
import { XmlMap, type XmlObject } from '../xml/serialize.ts';
import { MAX_ACCESS_KEYS } from './access-keys.ts';
import { readPageOf } from './paging.ts';
import { MAX_GROUPS_PER_USER } from './groups.ts';
import { policySummaryEntries } from './policy-summary.ts';
import type { OperationContext, OperationTable } from './types.ts';

/**
 * Account aliases: 3–63 lower-case letters, digits and single hyphens, not at either end.
 * https://docs.aws.amazon.com/IAM/latest/APIReference/API_CreateAccountAlias.html
 */
const ACCOUNT_ALIAS = /^[a-z0-9]([a-z0-9]|-(?!-)){1,61}[a-z0-9]$/;

export function checkAccountAlias(alias: string): string {
  if (!ACCOUNT_ALIAS.test(alias)) {
    throw new ValidationError(
      `1 validation error detected: Value '${alias}' at 'accountAlias' failed to satisfy ` +
        'constraint: Member must satisfy regular expression pattern: ' +
        '^[a-z0-9]([a-z0-9]|-(?!-)){1,61}[a-z0-9]$',
    );
  }
  return alias;
}

/** An account has one alias; creating another replaces it, as the console's "Edit" does. */
function createAccountAlias(context: OperationContext): undefined {
  const alias = checkAccountAlias(context.params.require('AccountAlias'));
  context.store.transaction(() => context.store.account.setAlias(alias));
  return undefined;
}

function listAccountAliases(context: OperationContext): XmlObject {
  const page = readPageOf(context.params, context.store.account.aliases(), (alias) => alias);
  return { AccountAliases: page.items, IsTruncated: page.IsTruncated, Marker: page.Marker };
}

function deleteAccountAlias(context: OperationContext): undefined {
  const alias = checkAccountAlias(context.params.require('AccountAlias'));
  if (!context.store.account.deleteAlias(alias)) {
    throw new NoSuchEntityError(`The account alias ${alias} cannot be found.`);
  }
  return undefined;
}

/**
 * Counts and quotas of the entities this account models, under IAM's SummaryMap keys.
 * https://docs.aws.amazon.com/IAM/latest/APIReference/API_GetAccountSummary.html
 */
function getAccountSummary(context: OperationContext): XmlObject {
  const { store } = context;
  const rootKeys = store.accessKeys.ofOwner(undefined).length;
  const rootMFADevices = store.mfaDevices.assignedTo(undefined).length;
  return {
    SummaryMap: new XmlMap([
      ['Users', store.users.count()],
      ['UsersQuota', 5000],
      ['Groups', store.groups.count()],
      ['GroupsQuota', 300],
      ['GroupsPerUserQuota', MAX_GROUPS_PER_USER],
      ['Roles', store.roles.count()],
      ['RolesQuota', 1000],
      ['AccessKeysPerUserQuota', MAX_ACCESS_KEYS],
      ['AccountAccessKeysPresent', rootKeys > 0 ? 1 : 0],
      ['AccountMFAEnabled', rootMFADevices > 0 ? 1 : 0],
      ...policySummaryEntries(store),
    ]),
  };
}

export const accountOperations: OperationTable = {
  CreateAccountAlias: createAccountAlias,
  ListAccountAliases: listAccountAliases,
  DeleteAccountAlias: deleteAccountAlias,
  GetAccountSummary: getAccountSummary,
};
