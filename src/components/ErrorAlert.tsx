import Alert from '@cloudscape-design/components/alert';
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import { toAwsError } from '../aws/errors.ts';

interface ErrorAlertProps {
  error: unknown;
  /** What was being done, e.g. "Could not load users". */
  header?: string;
  onRetry?: () => void;
  onDismiss?: () => void;
}

/** Any failure with its AWS error code, message and request ID, where it happened. */
export function ErrorAlert({ error, header, onRetry, onDismiss }: ErrorAlertProps) {
  const aws = toAwsError(error);
  return (
    <Alert
      type="error"
      header={header ? `${header}: ${aws.code}` : aws.code}
      dismissible={onDismiss !== undefined}
      onDismiss={onDismiss}
      action={onRetry ? <Button onClick={onRetry}>Retry</Button> : undefined}
    >
      <Box variant="p">{aws.message}</Box>
      <ErrorDetails requestId={aws.requestId} httpStatus={aws.httpStatus} />
    </Alert>
  );
}

export function ErrorDetails({
  requestId,
  httpStatus,
}: {
  requestId?: string;
  httpStatus?: number;
}) {
  if (requestId === undefined && httpStatus === undefined) return null;
  return (
    <Box variant="small" color="text-body-secondary">
      {httpStatus !== undefined ? `HTTP ${httpStatus}` : ''}
      {httpStatus !== undefined && requestId !== undefined ? ' · ' : ''}
      {requestId !== undefined ? `Request ID: ${requestId}` : ''}
    </Box>
  );
}

/** The one-line form for places too small for an alert: under a field or in a flash message. */
export function errorText(error: unknown): string {
  const aws = toAwsError(error);
  const requestId = aws.requestId ? ` (request ID ${aws.requestId})` : '';
  return `${aws.code}: ${aws.message}${requestId}`;
}
