import { createElement, lazy, type ComponentType, type LazyExoticComponent } from 'react';

// What a failed download of a page's code or styles says, by browser and by Vite: a chunk's
// module (Chromium, Safari, Firefox), or a stylesheet the chunk needs, which Vite's preload
// helper loads first and rejects the import for. A stopped server fails whichever comes first.
const UNREACHABLE = [
  'Failed to fetch dynamically imported module',
  'Importing a module script failed',
  'error loading dynamically imported module',
  'Unable to preload CSS for',
  'Failed to fetch',
  'NetworkError',
];

/**
 * Whether a lazy part of the console failed because the console server could not be reached,
 * so that Retry can help: the words of every browser and of Vite's CSS preload are matched.
 */
export function isUnreachableError(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  const text = `${error.name} ${error.message}`;
  return UNREACHABLE.some((phrase) => text.includes(phrase));
}

// How to forget each failed import, until the next Retry.
const failedImports = new Set<() => void>();

/**
 * `React.lazy` whose failed import can be retried. React.lazy keeps the rejected promise of a
 * chunk that could not be downloaded for the life of the page, so Retry would show the same
 * error again until a full reload. The failure is kept until `retryFailedImports` (a Retry
 * button): forgetting it at once would let React's own re-render of the failed tree start a
 * new download, again and again while the server is down, and never show the error. A
 * successful import is kept, as React.lazy keeps it. A stylesheet that failed needs nothing
 * more here: Vite's preload helper (8.4) forgets a failed dependency and replaces the failed
 * <link> with a new one on the next import, which waits for it (e2e/chunk-retry.spec.ts).
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
