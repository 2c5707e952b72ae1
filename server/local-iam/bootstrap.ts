import { createDemoOrganisation } from './demo-organisation.ts';
import { newAccessKeyId, newAccountId, newSecretAccessKey } from './ids.ts';
import type { Store } from './store/store.ts';

export interface InitialState {
  accountId?: string;
  alias?: string;
  rootAccessKeyId?: string;
  rootSecretAccessKey?: string;
  demo: boolean;
}

/** The alias a new demo account gets unless one is configured, so alias sign-in works at once. */
export const DEMO_ACCOUNT_ALIAS = 'iam-console-demo';

/**
 * Creates the account on first start (ID, root access key, alias, demo organisation), or on a
 * later start checks the stored account against the options and re-applies what they fix.
 */
export function initialiseAccount(store: Store, initial: InitialState, now = new Date()): void {
  store.transaction(() => {
    const existing = store.account.get();
    if (existing) {
      if (initial.accountId !== undefined && initial.accountId !== existing.accountId) {
        throw new Error(
          `The local account data holds account ${existing.accountId}, ` +
            `not ${initial.accountId}: use another data file or the stored account ID.`,
        );
      }
      applyFixedRootKey(store, initial);
      if (initial.alias !== undefined) store.account.setAlias(initial.alias);
      return;
    }

    const accountId = initial.accountId ?? newAccountId();
    const rootAccessKeyId = initial.rootAccessKeyId ?? newAccessKeyId();
    store.account.insert({ accountId, rootAccessKeyId, createDate: now });
    store.accessKeys.insert({
      accessKeyId: rootAccessKeyId,
      secretAccessKey: initial.rootSecretAccessKey ?? newSecretAccessKey(),
      status: 'Active',
      createDate: now,
    });
    const alias = initial.alias ?? (initial.demo ? DEMO_ACCOUNT_ALIAS : undefined);
    if (alias !== undefined) store.account.setAlias(alias);
    if (initial.demo) createDemoOrganisation(store, accountId, now);
  });
}

/** A root key given in the options replaces the stored one, so the printed key always works. */
function applyFixedRootKey(store: Store, initial: InitialState): void {
  const { rootAccessKeyId, rootSecretAccessKey } = initial;
  if (rootAccessKeyId === undefined || rootSecretAccessKey === undefined) return;
  const current = store.accessKeys.byId(rootAccessKeyId);
  if (current && current.userPk !== undefined) {
    throw new Error(`Access key ${rootAccessKeyId} belongs to an IAM user, not the root user.`);
  }
  if (current) store.accessKeys.delete(rootAccessKeyId);
  store.accessKeys.insert({
    accessKeyId: rootAccessKeyId,
    secretAccessKey: rootSecretAccessKey,
    status: 'Active',
    createDate: current?.createDate ?? new Date(),
  });
  store.account.setRootAccessKeyId(rootAccessKeyId);
}
