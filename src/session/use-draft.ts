import { useCallback, useState } from 'react';
import { clearDraft, readDraft, saveDraft } from './drafts.ts';
import { useSignedIn } from './SessionContext.tsx';

/**
 * Form state that survives a forced sign-in: restored from the tab's draft when there is one for
 * this account, saved on every change through `withoutSecrets`, dropped by `discard`.
 */
export function useDraftState<T extends object>(
  name: string,
  initial: T,
  withoutSecrets: (value: T) => T,
): [T, (value: T) => void, () => void] {
  const { Account } = useSignedIn().session.identity;
  // Merged over the initial value, so a draft from an older form shape still has every field.
  const [value, setValue] = useState<T>(() => ({ ...initial, ...readDraft<T>(name, Account) }));

  const update = useCallback(
    (next: T) => {
      setValue(next);
      saveDraft(name, Account, withoutSecrets(next));
    },
    [name, Account, withoutSecrets],
  );
  const discard = useCallback(() => clearDraft(name), [name]);
  return [value, update, discard];
}
