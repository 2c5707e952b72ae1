import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Suspense, type ComponentType } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { retriableLazy } from './retriable-lazy.ts';
import { SectionBoundary } from './SectionBoundary.tsx';

function UsersPage({ heading }: { heading: string }) {
  return <h1>{heading}</h1>;
}

// The words Chromium uses when a dynamic import's chunk cannot be downloaded.
const chunkUnreachable = () =>
  new TypeError('Failed to fetch dynamically imported module: http://127.0.0.1/assets/Users.js');

function renderInBoundary(Page: ComponentType<{ heading: string }>) {
  return render(
    <SectionBoundary name="page">
      <Suspense fallback={<p>Loading</p>}>
        <Page heading="Users" />
      </Suspense>
    </SectionBoundary>,
  );
}

describe('retriableLazy', () => {
  afterEach(() => vi.restoreAllMocks());

  it('imports the chunk again on Retry after a failed download, and shows the page', async () => {
    // React reports the error the boundary catches on the console; the test expects that error.
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const load = vi
      .fn<() => Promise<{ default: typeof UsersPage }>>()
      .mockRejectedValueOnce(chunkUnreachable())
      .mockResolvedValueOnce({ default: UsersPage });
    renderInBoundary(retriableLazy(load));

    expect(await screen.findByText('The page section could not be loaded')).toBeVisible();
    await userEvent.click(screen.getByRole('button', { name: 'Retry' }));

    expect(await screen.findByRole('heading', { name: 'Users' })).toBeVisible();
    expect(load).toHaveBeenCalledTimes(2);
  });

  it('downloads once per Retry: a failure stays shown until Retry is clicked', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const load = vi.fn(() => Promise.reject(chunkUnreachable()));
    renderInBoundary(retriableLazy(load));

    expect(await screen.findByText('The page section could not be loaded')).toBeVisible();
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(load).toHaveBeenCalledTimes(1);

    await userEvent.click(screen.getByRole('button', { name: 'Retry' }));
    expect(await screen.findByText('The page section could not be loaded')).toBeVisible();
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(load).toHaveBeenCalledTimes(2);
  });

  it("offers Retry and Reload when Vite could not preload a chunk's stylesheet", async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    // What Vite's preload helper rejects the import with when a stylesheet <link> errors.
    const cssUnreachable = new Error(
      'Unable to preload CSS for http://127.0.0.1/assets/PathListLayout-JN7FlpcK.css',
    );
    const load = vi
      .fn<() => Promise<{ default: typeof UsersPage }>>()
      .mockRejectedValueOnce(cssUnreachable)
      .mockResolvedValueOnce({ default: UsersPage });
    renderInBoundary(retriableLazy(load));

    expect(await screen.findByText('The page section could not be loaded')).toBeVisible();
    expect(screen.getByText(/The console server could not be reached/)).toBeVisible();
    expect(screen.getByRole('button', { name: 'Reload page' })).toBeVisible();
    await userEvent.click(screen.getByRole('button', { name: 'Retry' }));
    expect(await screen.findByRole('heading', { name: 'Users' })).toBeVisible();
  });

  it('keeps a successful import: later renders do not download the chunk again', async () => {
    const load = vi.fn(() => Promise.resolve({ default: UsersPage }));
    const Page = retriableLazy(load);

    const first = renderInBoundary(Page);
    expect(await screen.findByRole('heading', { name: 'Users' })).toBeVisible();
    first.unmount();
    renderInBoundary(Page);

    expect(screen.getByRole('heading', { name: 'Users' })).toBeVisible();
    expect(load).toHaveBeenCalledTimes(1);
  });
});
