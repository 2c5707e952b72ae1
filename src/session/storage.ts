import { isPartition, isRegionOf } from './partitions.ts';
import type { Session, Target } from './types.ts';

// sessionStorage only: it dies with the tab, is not sent to any server and is not shared with
// other tabs, which is as far as a browser app can keep credentials off disk and out of logs.
const STORAGE_KEY = 'iam-console.session';

export function readStoredSession(storage: Storage = window.sessionStorage): Session | undefined {
  const raw = storage.getItem(STORAGE_KEY);
  if (raw == null) return undefined;

  try {
    const parsed = JSON.parse(raw) as Session;
    if (
      !parsed.credentials?.AccessKeyId ||
      !parsed.identity?.Arn ||
      !isUsableTarget(parsed.target)
    ) {
      storage.removeItem(STORAGE_KEY);
      return undefined;
    }
    return parsed;
  } catch {
    storage.removeItem(STORAGE_KEY);
    return undefined;
  }
}

function isUsableTarget(target: Partial<Target> | undefined): boolean {
  if (target?.kind === 'aws') {
    const { partition = '', region = '' } = target;
    return isPartition(partition) && isRegionOf(partition, region);
  }
  return (target?.kind === 'local' || target?.kind === 'custom') && Boolean(target.endpoint);
}

export function storeSession(session: Session, storage: Storage = window.sessionStorage): void {
  storage.setItem(STORAGE_KEY, JSON.stringify(session));
}

export function clearStoredSession(storage: Storage = window.sessionStorage): void {
  storage.removeItem(STORAGE_KEY);
}

export function isExpired(session: Session, now: Date = new Date()): boolean {
  const expiration = session.credentials.Expiration;
  return expiration !== undefined && new Date(expiration).getTime() <= now.getTime();
}
