import { FailuresAlert } from '../../components/FailuresAlert.tsx';
import type { MembershipFailure } from './api/group-mutations.ts';

export function MembershipFailures(props: { verb: string; failures: MembershipFailure[] }) {
  const { verb, failures } = props;
  return (
    <FailuresAlert
      header={`${failures.length} could not be ${verb}`}
      failures={failures.map((failure) => ({ name: failure.UserName, error: failure.error }))}
    />
  );
}
