import type { IncomingMessage, ServerResponse } from 'node:http';
import { performance } from 'node:perf_hooks';
import { createAuthorizer } from './auth/authorize.ts';
import { initialiseAccount, type InitialState } from './bootstrap.ts';
import {
  consoleSignIn,
  type ConsoleSignInInput,
  type ConsoleSignInResult,
} from './console-signin.ts';
import { createRequestHandler } from './http/handler.ts';
import { checkAccountAlias } from './operations/account.ts';
import { Store } from './store/store.ts';

export interface LocalAccountOptions {
  /** 12 digits; generated once and stored when omitted. */
  accountId?: string;
  /** Account alias set at first start (and re-applied at each start when given). */
  alias?: string;
  /** Fixes the root access key instead of generating one. */
  rootAccessKeyId?: string;
  rootSecretAccessKey?: string;
  /** SQLite file path, or ':memory:' (the default). */
  dataPath?: string;
  /** Create the demo organisation on first start (default true). */
  demo?: boolean;
  /** Receives one line a request; never a key, signature, password, token or body. */
  log?: (line: string) => void;
  /** The clock requests are checked against (signatures, sessions, conditions); for tests. */
  now?: () => Date;
}

export interface LocalAccount {
  readonly accountId: string;
  /** The current alias: reflects CreateAccountAlias and DeleteAccountAlias. */
  readonly alias: string | undefined;
  readonly rootAccessKeyId: string;
  /** The root key's secret, or '' once that key has been deleted through the API. */
  readonly rootSecretAccessKey: string;
  /** Answers one IAM or STS request (and CORS preflights); reads the body itself. */
  handle(req: IncomingMessage, res: ServerResponse): Promise<void>;
  /** An IAM user's password (and MFA) sign-in, answered with temporary credentials. */
  consoleSignIn(input: ConsoleSignInInput): Promise<ConsoleSignInResult>;
  /** Back to the initial state: same account and root key, alias and demo data as configured. */
  reset(): void;
  close(): void;
}

function checkOptions(options: LocalAccountOptions): void {
  if (options.accountId !== undefined && !/^\d{12}$/.test(options.accountId)) {
    throw new Error(`The account ID must be 12 digits, not "${options.accountId}".`);
  }
  if (options.alias !== undefined) checkAccountAlias(options.alias);
  if ((options.rootAccessKeyId === undefined) !== (options.rootSecretAccessKey === undefined)) {
    throw new Error('Give the root access key ID and secret access key together.');
  }
}

export function openLocalAccount(options: LocalAccountOptions = {}): LocalAccount {
  checkOptions(options);
  const store = Store.open(options.dataPath ?? ':memory:');
  const initial: InitialState = {
    accountId: options.accountId,
    alias: options.alias,
    rootAccessKeyId: options.rootAccessKeyId,
    rootSecretAccessKey: options.rootSecretAccessKey,
    demo: options.demo ?? true,
  };
  try {
    initialiseAccount(store, initial);
  } catch (error) {
    store.close();
    throw error;
  }

  const account = () => {
    const record = store.account.get();
    if (!record) throw new Error('The local account has no account record.');
    return record;
  };
  const now = options.now ?? (() => new Date());
  const handle = createRequestHandler({
    store,
    accountId: () => account().accountId,
    log: options.log,
    now,
    authorize: createAuthorizer(store, now),
  });

  return {
    get accountId() {
      return account().accountId;
    },
    get alias() {
      return store.account.aliases()[0];
    },
    get rootAccessKeyId() {
      return account().rootAccessKeyId;
    },
    get rootSecretAccessKey() {
      return store.accessKeys.byId(account().rootAccessKeyId)?.secretAccessKey ?? '';
    },
    handle,
    async consoleSignIn(input) {
      const started = performance.now();
      const result = await consoleSignIn(store, account().accountId, input, now());
      const duration = Math.round(performance.now() - started);
      options.log?.(`POST console:SignIn ${result.outcome} ${duration}ms`);
      return result;
    },
    reset() {
      // Keep the account and the root key it was started with, so clients holding the
      // printed credentials (test suites, a signed-in console) still authenticate.
      const { accountId, rootAccessKeyId } = account();
      const rootKey = store.accessKeys.byId(rootAccessKeyId);
      store.wipe();
      initialiseAccount(store, {
        ...initial,
        accountId,
        rootAccessKeyId: rootKey ? rootAccessKeyId : initial.rootAccessKeyId,
        rootSecretAccessKey: rootKey ? rootKey.secretAccessKey : initial.rootSecretAccessKey,
      });
    },
    close() {
      store.close();
    },
  };
}
