import type { Caller } from '../auth/caller.ts';
import type { QueryParams } from '../http/query-params.ts';
import type { Store } from '../store/store.ts';
import type { XmlObject } from '../xml/serialize.ts';

/** What an operation handler gets: the parsed parameters, who called, and the account. */
export interface OperationContext {
  store: Store;
  accountId: string;
  caller: Caller;
  params: QueryParams;
  now: Date;
}

/** A handler returns the fields of `<XxxResult>`, or nothing when AWS sends no result. */
export type Operation = (
  context: OperationContext,
) => XmlObject | undefined | Promise<XmlObject | undefined>;

export type OperationTable = Readonly<Record<string, Operation>>;
