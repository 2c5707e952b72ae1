import ErrorBoundary from '@cloudscape-design/components/error-boundary';
import { useState, type ReactNode } from 'react';
import { retryFailedImports } from './retriable-lazy.ts';
import { UnreachableAlert } from './UnreachableAlert.tsx';

// Browsers word a code chunk that could not be fetched differently; all mean the server is gone.
const UNREACHABLE = [
  'Failed to fetch dynamically imported module',
  'error loading dynamically imported module',
  'Importing a module script failed',
  'Failed to fetch',
  'NetworkError',
];

/** Whether the section failed because the console server could not be reached. */
export function isUnreachableError(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  const text = `${error.name} ${error.message}`;
  return UNREACHABLE.some((phrase) => text.includes(phrase));
}

/** Keeps a failing section from blanking the rest of the page. */
export function SectionBoundary({ name, children }: { name: string; children: ReactNode }) {
  const [unreachable, setUnreachable] = useState(false);
  const [attempt, setAttempt] = useState(0);

  // The fallback itself tells the user; the app does not log (a stack could hold a secret).
  const onError = ({ error }: { error: Error }) => setUnreachable(isUnreachableError(error));

  const retry = () => {
    retryFailedImports();
    setUnreachable(false);
    setAttempt((current) => current + 1);
  };

  return (
    <ErrorBoundary
      key={attempt}
      errorBoundaryId={name}
      onError={onError}
      renderFallback={
        unreachable
          ? () => (
              <UnreachableAlert
                header={`The ${name} section could not be loaded`}
                onRetry={retry}
              />
            )
          : undefined
      }
      i18nStrings={{
        headerText: `The ${name} section could not be shown`,
        descriptionText: 'The rest of the page still works. Reload the page to try again.',
        refreshActionText: 'Reload page',
      }}
    >
      {children}
    </ErrorBoundary>
  );
}
