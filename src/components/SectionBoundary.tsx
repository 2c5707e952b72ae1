import ErrorBoundary from '@cloudscape-design/components/error-boundary';
import { useState, type ReactNode } from 'react';
import { isUnreachableError, retryFailedImports } from './retriable-lazy.ts';
import { UnreachableAlert } from './UnreachableAlert.tsx';

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
