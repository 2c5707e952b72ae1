import ErrorBoundary from '@cloudscape-design/components/error-boundary';
import type { ReactNode } from 'react';

const ignoreError = () => {
  // The fallback itself tells the user; the app does not log (a stack could hold a secret).
};

/** Keeps a failing section from blanking the rest of the page. */
export function SectionBoundary({ name, children }: { name: string; children: ReactNode }) {
  return (
    <ErrorBoundary
      errorBoundaryId={name}
      onError={ignoreError}
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
