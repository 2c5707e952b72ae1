import type { CollectionPreferencesProps } from '@cloudscape-design/components/collection-preferences';
import { useState } from 'react';

// Which columns show is not a secret, so it may outlive the browser session.
const STORAGE_KEY = 'iam-console.users-list.preferences';

export const DEFAULT_PREFERENCES: CollectionPreferencesProps.Preferences = {
  pageSize: 25,
  wrapLines: false,
  stickyColumns: { first: 1, last: 0 },
  contentDisplay: [
    { id: 'UserName', visible: true },
    { id: 'Path', visible: true },
    { id: 'Groups', visible: true },
    { id: 'LastActivity', visible: true },
    { id: 'MFA', visible: true },
    { id: 'PasswordAge', visible: true },
    { id: 'AccessKeyAge', visible: true },
    { id: 'AccessKeyLastUsed', visible: false },
    { id: 'CreateDate', visible: true },
    { id: 'Arn', visible: false },
  ],
};

function load(): CollectionPreferencesProps.Preferences {
  try {
    const stored = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? 'null') as unknown;
    if (typeof stored !== 'object' || stored === null) return DEFAULT_PREFERENCES;
    const preferences = { ...DEFAULT_PREFERENCES, ...stored };
    // A stored list from an older version may miss columns added since: keep the defaults'.
    const known = new Set(preferences.contentDisplay?.map((column) => column.id));
    const valid = DEFAULT_PREFERENCES.contentDisplay!.every((column) => known.has(column.id));
    return valid
      ? preferences
      : { ...preferences, contentDisplay: DEFAULT_PREFERENCES.contentDisplay };
  } catch {
    return DEFAULT_PREFERENCES;
  }
}

export function useUsersListPreferences() {
  const [preferences, setPreferences] = useState(load);
  const update = (next: CollectionPreferencesProps.Preferences) => {
    setPreferences(next);
    try {
      localStorage.setItem(STORAGE_KEY, JSON.stringify(next));
    } catch {
      // Storage can be full or disabled; the choice still holds for this page.
    }
  };
  return [preferences, update] as const;
}
