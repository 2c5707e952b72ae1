import { createElement, lazy, type ComponentType, type LazyExoticComponent } from 'react';

// How to forget each failed import, until the next Retry.
const failedImports = new Set<() => void>();

/**
 * `React.lazy` whose failed import can be retried. React.lazy keeps the rejected promise of a
 * chunk that could not be downloaded for the life of the page, so Retry would show the same
 * error again until a full reload. The failure is kept until `retryFailedImports` (a Retry
 * button): forgetting it at once would let React's own re-render of the failed tree start a
 * new download, again and again while the server is down, and never show the error. A
 * successful import is kept, as React.lazy keeps it.
 */
export function retriableLazy<Props extends object>(
  load: () => Promise<{ default: ComponentType<Props> }>,
): ComponentType<Props> {
  let current: LazyExoticComponent<ComponentType<Props>> = lazy(importChunk);

  function importChunk() {
    return load().catch((error: unknown) => {
      failedImports.add(forgetFailure);
      throw error;
    });
  }
  function forgetFailure() {
    current = lazy(importChunk);
  }

  function RetriableLazy(props: Props) {
    return createElement(current, props);
  }
  return RetriableLazy;
}

/** The next render of each lazy component whose chunk could not be downloaded imports it again. */
export function retryFailedImports(): void {
  for (const forgetFailure of failedImports) forgetFailure();
  failedImports.clear();
}
