import {
  useMutation,
  type DefaultError,
  type MutateOptions,
  type UseMutationOptions,
  type UseMutationResult,
} from '@tanstack/react-query';
import { useCallback, useRef } from 'react';

/**
 * `useMutation` that runs one call at a time: a call made while the previous one is still in
 * flight is ignored. A button turns disabled only once React re-renders, so a quick double
 * click otherwise sends a one-time request twice: a second access key whose secret is never
 * shown, a second CreateVirtualMFADevice that fails and hides the first, an UpdateGroup that
 * renames the group and then reports NoSuchEntity for it. Lint keeps every mutation on this.
 */
export function useGuardedMutation<
  TData = unknown,
  TError = DefaultError,
  TVariables = void,
  TContext = unknown,
>(
  options: UseMutationOptions<TData, TError, TVariables, TContext>,
): UseMutationResult<TData, TError, TVariables, TContext> {
  const mutation = useMutation(options);
  const inFlight = useRef(false);
  const { mutateAsync: run } = mutation;

  const mutateAsync = useCallback(
    (variables: TVariables, callOptions?: MutateOptions<TData, TError, TVariables, TContext>) => {
      // The ignored call never settles: its caller is the double click, which has nothing to do.
      if (inFlight.current) return new Promise<TData>(() => {});
      inFlight.current = true;
      return run(variables, callOptions).finally(() => {
        inFlight.current = false;
      });
    },
    [run],
  );
  const mutate = useCallback(
    (variables: TVariables, callOptions?: MutateOptions<TData, TError, TVariables, TContext>) => {
      // As TanStack Query's own mutate: the error is in the mutation's state, not thrown here.
      mutateAsync(variables, callOptions).catch(() => undefined);
    },
    [mutateAsync],
  );
  return { ...mutation, mutate, mutateAsync } as UseMutationResult<
    TData,
    TError,
    TVariables,
    TContext
  >;
}
