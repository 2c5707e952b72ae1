import Alert from '@cloudscape-design/components/alert';
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useLocation, useNavigate, useRouteError } from 'react-router-dom';
import { isUnreachableError, retryFailedImports } from '../components/retriable-lazy.ts';
import { UnreachableAlert } from '../components/UnreachableAlert.tsx';

/**
 * What a route shows when it fails outside every section's boundary: the console's frame or
 * the sign-in page could not be downloaded. Without it React Router shows its page for
 * developers, which offers no way back but a reload.
 */
export function RouteError() {
  const error = useRouteError();
  const location = useLocation();
  const navigate = useNavigate();

  // React Router clears a route's error when the location changes; the same address again,
  // as a new location, renders the route anew with the failed imports forgotten.
  const retry = () => {
    retryFailedImports();
    const { pathname, search, hash, state } = location;
    void navigate({ pathname, search, hash }, { replace: true, state });
  };

  return (
    <Box padding="l">
      {isUnreachableError(error) ? (
        <UnreachableAlert header="The console could not be loaded" onRetry={retry} />
      ) : (
        <Alert
          type="error"
          header="The console could not be shown"
          action={
            <SpaceBetween direction="horizontal" size="xs">
              <Button onClick={retry}>Retry</Button>
              <Button onClick={() => window.location.reload()}>Reload page</Button>
            </SpaceBetween>
          }
        >
          Something in this page failed. Retry, or reload the page to start again.
        </Alert>
      )}
    </Box>
  );
}
