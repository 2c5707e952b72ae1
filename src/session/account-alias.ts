import { ListAccountAliasesCommand } from '@aws-sdk/client-iam';
import { queryOptions, useQuery } from '@tanstack/react-query';
import type { AwsClients } from '../aws/clients.ts';
import { accountKeys } from '../aws/query-keys.ts';
import { useSignedIn } from './SessionContext.tsx';

// An account has at most one alias, but the API answers with a list.
// https://docs.aws.amazon.com/IAM/latest/APIReference/API_ListAccountAliases.html
export function accountAliasesQuery(clients: AwsClients) {
  return queryOptions({
    queryKey: accountKeys.aliases(),
    queryFn: async () => {
      const output = await clients.iam.send(new ListAccountAliasesCommand({}));
      return output.AccountAliases ?? [];
    },
    staleTime: 5 * 60_000,
    // A caller without iam:ListAccountAliases keeps getting AccessDenied: asking again is noise.
    retry: false,
  });
}

export interface AccountAliasState {
  /** Undefined while loading, when there is none, or when listing is denied. */
  alias: string | undefined;
  /** True until ListAccountAliases has answered once: "no alias" is not known yet. */
  pending: boolean;
  error: unknown;
}

export function useAccountAlias(): AccountAliasState {
  const { clients } = useSignedIn();
  const query = useQuery(accountAliasesQuery(clients));
  return { alias: query.data?.[0], pending: query.isPending, error: query.error };
}

/** How the alias reads in a sentence: the alias, or why there is none to show. */
export function describeAccountAlias({ alias, pending, error }: AccountAliasState): string {
  if (alias) return alias;
  if (pending) return 'Loading…';
  return error != null ? 'Not readable with these credentials' : 'None';
}
