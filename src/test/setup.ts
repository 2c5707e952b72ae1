import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';

afterEach(() => {
  // Some app tests opt into the node environment (`@vitest-environment node`): no DOM there.
  if (typeof window === 'undefined') return;
  cleanup();
  window.sessionStorage.clear();
});
