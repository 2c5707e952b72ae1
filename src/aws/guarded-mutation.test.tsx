import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import { useGuardedMutation } from './guarded-mutation.ts';

function wrapper({ children }: { children: ReactNode }) {
  return <QueryClientProvider client={new QueryClient()}>{children}</QueryClientProvider>;
}

describe('useGuardedMutation', () => {
  it('sends a double click once, and the next click after it settles', async () => {
    const calls: string[] = [];
    let finish = () => {};
    const { result } = renderHook(
      () =>
        useGuardedMutation({
          mutationFn: (name: string) => {
            calls.push(name);
            return new Promise<void>((resolve) => (finish = resolve));
          },
        }),
      { wrapper },
    );

    act(() => {
      result.current.mutate('first click');
      result.current.mutate('second click');
    });
    await waitFor(() => expect(calls).toEqual(['first click']));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(calls).toEqual(['first click']);

    act(() => finish());
    await waitFor(() => expect(result.current.isSuccess).toBe(true));
    act(() => result.current.mutate('after it settled'));
    await waitFor(() => expect(calls).toEqual(['first click', 'after it settled']));
  });

  it('accepts a retry after a failure', async () => {
    let attempts = 0;
    const { result } = renderHook(
      () =>
        useGuardedMutation({
          mutationFn: async () => {
            attempts += 1;
            if (attempts === 1) throw new Error('Throttling');
          },
        }),
      { wrapper },
    );
    act(() => result.current.mutate());
    await waitFor(() => expect(result.current.isError).toBe(true));
    act(() => result.current.mutate());
    await waitFor(() => expect(result.current.isSuccess).toBe(true));
    expect(attempts).toBe(2);
  });
});
