// Unsaved form values, kept in sessionStorage so that a sign-in forced by expired credentials does
// not lose them. Callers strip secrets (passwords) before saving: a draft holds none.
const DRAFT_PREFIX = 'iam-console.draft.';

interface StoredDraft<T> {
  /** The account the draft was written in: another account's sign-in does not restore it. */
  Account: string;
  value: T;
}

export function readDraft<T>(
  name: string,
  Account: string,
  storage: Storage = window.sessionStorage,
): T | undefined {
  const raw = storage.getItem(DRAFT_PREFIX + name);
  if (raw == null) return undefined;
  try {
    const draft = JSON.parse(raw) as StoredDraft<T>;
    return draft.Account === Account ? draft.value : undefined;
  } catch {
    storage.removeItem(DRAFT_PREFIX + name);
    return undefined;
  }
}

export function saveDraft<T>(
  name: string,
  Account: string,
  value: T,
  storage: Storage = window.sessionStorage,
): void {
  const draft: StoredDraft<T> = { Account, value };
  storage.setItem(DRAFT_PREFIX + name, JSON.stringify(draft));
}

export function clearDraft(name: string, storage: Storage = window.sessionStorage): void {
  storage.removeItem(DRAFT_PREFIX + name);
}

/** Signing out on purpose leaves nothing behind in the tab. */
export function clearAllDrafts(storage: Storage = window.sessionStorage): void {
  const names = Array.from({ length: storage.length }, (_, index) => storage.key(index));
  for (const key of names) {
    if (key?.startsWith(DRAFT_PREFIX)) storage.removeItem(key);
  }
}
