/**
 * Scripts the benchmark runs inside the page. They only mark moments the app cannot know (the
 * click on Sign in, a keystroke in the filter) and watch for text; they change nothing.
 */

export const BENCH_MARKS = {
  signInClick: 'bench:sign-in-click',
  filterInput: 'bench:filter-input',
  filterPainted: 'bench:filter-painted',
  openUserClick: 'bench:open-user-click',
  credentialsTabClick: 'bench:credentials-tab-click',
} as const;

/** Installed before any page script: capture-phase listeners that run ahead of React's. */
export function installInputMarks(marks: typeof BENCH_MARKS): void {
  // Main-thread tasks over 50 ms: where the page, not the network, kept the user waiting.
  const longTasks = { count: 0, totalMs: 0 };
  (window as unknown as { __benchLongTasks: typeof longTasks }).__benchLongTasks = longTasks;
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        longTasks.count += 1;
        longTasks.totalMs += entry.duration;
      }
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    // No Long Tasks API in this browser: the figure stays at zero.
  }

  window.addEventListener(
    'click',
    (event) => {
      const target = event.target instanceof Element ? event.target : null;
      const button = target?.closest('button');
      if (button?.textContent?.trim() === 'Sign in') performance.mark(marks.signInClick);
      const link = target?.closest('a');
      if (link?.getAttribute('href')?.startsWith('/users/')) {
        performance.mark(marks.openUserClick, { detail: link.textContent });
      }
      const tab = target?.closest('[role="tab"]');
      if (tab?.textContent?.includes('Security credentials')) {
        performance.mark(marks.credentialsTabClick);
      }
    },
    { capture: true },
  );
  window.addEventListener(
    'input',
    (event) => {
      const input = event.target instanceof HTMLInputElement ? event.target : null;
      if (!input || input.type !== 'search') return;
      const value = input.value;
      performance.mark(marks.filterInput, { detail: value });
      // The first frame after the keystroke's task: the updated rows are on screen by then.
      requestAnimationFrame(() =>
        setTimeout(() => performance.mark(marks.filterPainted, { detail: value }), 0),
      );
    },
    { capture: true },
  );
}

export interface MarkEntry {
  name: string;
  startTime: number;
  detail: unknown;
}

export function readMarks(): MarkEntry[] {
  return performance.getEntriesByType('mark').map((mark) => ({
    name: mark.name,
    startTime: mark.startTime,
    detail: (mark as PerformanceMark).detail as unknown,
  }));
}

/** Records, for each text, the first moment it appears in the page. */
export function watchForTexts(texts: string[]): void {
  const seen: Record<string, number> = {};
  const check = () => {
    const content = document.body.textContent ?? '';
    for (const text of texts) {
      if (seen[text] === undefined && content.includes(text)) seen[text] = performance.now();
    }
  };
  const observer = new MutationObserver(check);
  observer.observe(document.body, { childList: true, subtree: true, characterData: true });
  (window as unknown as { __benchSeen: Record<string, number> }).__benchSeen = seen;
}

export function textsSeen(): Record<string, number> {
  return (window as unknown as { __benchSeen?: Record<string, number> }).__benchSeen ?? {};
}

/** Long tasks so far, then starts counting again from zero. */
export function takeLongTasks(): { count: number; totalMs: number } {
  const holder = window as unknown as { __benchLongTasks?: { count: number; totalMs: number } };
  const taken = { ...(holder.__benchLongTasks ?? { count: 0, totalMs: 0 }) };
  if (holder.__benchLongTasks) Object.assign(holder.__benchLongTasks, { count: 0, totalMs: 0 });
  return taken;
}
