import { useGuardedMutation } from '../../../../aws/guarded-mutation.ts';
import { useEffect, useRef } from 'react';
import { createAwsClients } from '../../../../aws/clients.ts';
import { checkNewAccessKey } from '../../../../aws/retry-new-key.ts';
import { useSignedIn } from '../../../../session/SessionContext.tsx';

/**
 * "Check this key": GetCallerIdentity signed with the new key, against the same target, to show
 * which identity the key maps to. The key lives only in this call's client, never in a cache.
 */
export function useCheckNewKey(AccessKeyId: string, SecretAccessKey: string) {
  const { session } = useSignedIn();
  const abort = useRef<AbortController | undefined>(undefined);
  useEffect(() => () => abort.current?.abort(), []);

  return useGuardedMutation({
    mutationFn: async () => {
      abort.current?.abort();
      abort.current = new AbortController();
      const { sts } = createAwsClients({
        target: session.target,
        credentials: { AccessKeyId, SecretAccessKey },
      });
      const { identity, attempts } = await checkNewAccessKey(sts, {
        signal: abort.current.signal,
      });
      return { Arn: identity.Arn, UserId: identity.UserId, Account: identity.Account, attempts };
    },
  });
}
