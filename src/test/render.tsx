import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import type { ReactNode } from 'react';
import { MemoryRouter, Route, Routes } from 'react-router-dom';
import { FlashProvider } from '../components/flash.tsx';
import { SessionProvider } from '../session/SessionContext.tsx';

/** Renders a page with the app's providers, at `path` matched by `route`. */
export function renderWithProviders(
  ui: ReactNode,
  options: { path?: string; route?: string } = {},
) {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const path = options.path ?? '/';
  return render(
    <QueryClientProvider client={queryClient}>
      <SessionProvider>
        <FlashProvider>
          <MemoryRouter initialEntries={[path]}>
            <Routes>
              <Route path={options.route ?? '*'} element={ui} />
            </Routes>
          </MemoryRouter>
        </FlashProvider>
      </SessionProvider>
    </QueryClientProvider>,
  );
}
