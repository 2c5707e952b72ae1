import { useSyncExternalStore } from 'react';

/**
 * Cloudscape's own breakpoints (its Grid's xs, s, m, l, xl), so layout choices made in code
 * change at the same widths as the components' responsive behaviour.
 */
export const BREAKPOINTS = { xs: 688, s: 912, m: 1120, l: 1280, xl: 1840 } as const;

/** Whether the browser window is at least this many CSS pixels wide; follows resizes. */
export function useViewportAtLeast(width: number): boolean {
  const query = `(min-width: ${width}px)`;
  return useSyncExternalStore(
    (onChange) => {
      const list = window.matchMedia(query);
      list.addEventListener('change', onChange);
      return () => list.removeEventListener('change', onChange);
    },
    () => window.matchMedia(query).matches,
    () => true,
  );
}
