import { useEffect, useRef } from 'react';

/**
 * User Timing marks at the moments a large account makes users wait on, so the benchmark (and
 * anyone with the browser's Performance panel open) can read them. Names are stable: the
 * benchmark looks for them.
 */
export const USER_TIMING = {
  usersFirstRows: 'iam-console:users:first-rows',
  usersAllPages: 'iam-console:users:all-pages',
  pathTreeComplete: 'iam-console:path-tree:complete',
  filterUpdated: 'iam-console:table:filter-updated',
} as const;

function mark(name: string, detail?: unknown): void {
  // Browsers without User Timing level 3 (or test DOMs without it) simply get no mark.
  if (typeof performance === 'undefined' || typeof performance.mark !== 'function') return;
  try {
    performance.mark(name, { detail });
  } catch {
    performance.mark(name);
  }
}

/** Marks once per mounted component, after the commit in which `reached` became true. */
export function useMarkOnce(name: string, reached: boolean, detail?: unknown): void {
  const marked = useRef(false);
  useEffect(() => {
    if (!reached || marked.current) return;
    marked.current = true;
    mark(name, detail);
  }, [name, reached, detail]);
}

/** Marks after each commit that shows a new `value` (not the first), with the value as detail. */
export function useMarkOnChange(name: string, value: string, detail?: object): void {
  const previous = useRef(value);
  useEffect(() => {
    if (previous.current === value) return;
    previous.current = value;
    mark(name, { value, ...detail });
  }, [name, value, detail]);
}
