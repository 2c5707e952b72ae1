import Alert from '@cloudscape-design/components/alert';
import { errorText } from './ErrorAlert.tsx';

/** One refused item of a batch (a policy, a group, a member) and IAM's answer for it. */
export interface ItemFailure {
  name: string;
  error: unknown;
}

/**
 * What a batch change left undone, item by item: IAM has no batch calls, so each item succeeds
 * or fails alone and the administrator must see which.
 */
export function FailuresAlert({ header, failures }: { header: string; failures: ItemFailure[] }) {
  if (failures.length === 0) return null;
  return (
    <Alert type="error" header={header}>
      <ul>
        {failures.map((failure) => (
          <li key={failure.name}>{`${failure.name}: ${errorText(failure.error)}`}</li>
        ))}
      </ul>
    </Alert>
  );
}
