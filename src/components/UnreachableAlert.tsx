import Alert from '@cloudscape-design/components/alert';
import Button from '@cloudscape-design/components/button';
import SpaceBetween from '@cloudscape-design/components/space-between';

interface UnreachableAlertProps {
  /** What could not be loaded, e.g. "The page section could not be loaded". */
  header: string;
  onRetry: () => void;
}

/** A part of the console whose code could not be downloaded: Retry, or Reload as a last resort. */
export function UnreachableAlert({ header, onRetry }: UnreachableAlertProps) {
  return (
    <Alert
      type="error"
      header={header}
      action={
        <SpaceBetween direction="horizontal" size="xs">
          <Button onClick={onRetry}>Retry</Button>
          <Button onClick={() => window.location.reload()}>Reload page</Button>
        </SpaceBetween>
      }
    >
      The console server could not be reached. Check that it is running, then retry.
    </Alert>
  );
}
