import Alert from '@cloudscape-design/components/alert';
import { errorText } from '../../components/ErrorAlert.tsx';
import type { MembershipFailure } from './api/group-mutations.ts';

export function MembershipFailures(props: { verb: string; failures: MembershipFailure[] }) {
  const { verb, failures } = props;
  return (
    <Alert type="error" header={`${failures.length} could not be ${verb}`}>
      <ul>
        {failures.map((failure) => (
          <li key={failure.UserName}>
            {failure.UserName}: {errorText(failure.error)}
          </li>
        ))}
      </ul>
    </Alert>
  );
}
