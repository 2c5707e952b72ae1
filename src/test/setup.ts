import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

// Cloudscape repeats messages into an off-screen live-region announcer for screen readers,
// after a delay; text queries that run after it would find every message twice.
configure({ defaultIgnore: 'script, style, [aria-live][aria-atomic], [aria-live][aria-atomic] *' });

afterEach(() => {
  // Some app tests opt into the node environment (`@vitest-environment node`): no DOM there.
  if (typeof window === 'undefined') return;
  cleanup();
  window.sessionStorage.clear();
});
