import { QueryClient } from '@tanstack/react-query';
import { toAwsError } from '../aws/errors.ts';

// Client errors (4xx: AccessDenied, NoSuchEntity, ValidationError…) will not change on retry.
const NO_RETRY_BELOW = 500;

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        refetchOnWindowFocus: false,
        retry: (failureCount, error) => {
          const status = toAwsError(error).httpStatus;
          if (status !== undefined && status < NO_RETRY_BELOW) return false;
          return failureCount < 2;
        },
      },
    },
  });
}
