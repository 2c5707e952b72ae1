import { useGuardedMutation } from '../aws/guarded-mutation.ts';
import { useState } from 'react';
import { runSteps, type PlannedStep, type Step } from './steps.ts';

/** Thrown when a step failed: the steps list already says which one and why. */
export class StepFailedError extends Error {
  constructor() {
    super('A step failed; see the list of steps.');
    this.name = 'StepFailed';
  }
}

/**
 * A mutation that plans its IAM calls (reading what exists now, not what the page showed
 * minutes ago), then runs them in order with progress. `onSettled` runs after success and
 * after a failure alike, since the steps before a failure did change things.
 */
export function useStepsMutation(options: {
  plan: () => Promise<PlannedStep[]>;
  /** `succeeded` is false after a failure: the steps before it still changed things. */
  onSettled: (succeeded: boolean) => Promise<unknown>;
}) {
  const [steps, setSteps] = useState<Step[]>([]);
  const mutation = useGuardedMutation({
    mutationFn: async () => {
      setSteps([]);
      const planned = await options.plan();
      const succeeded = await runSteps(planned, setSteps);
      if (!succeeded) throw new StepFailedError();
    },
    onSettled: (_data, error) => options.onSettled(error == null),
  });
  return { ...mutation, steps };
}
