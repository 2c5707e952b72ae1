export type StepStatus = 'pending' | 'in-progress' | 'success' | 'error';

export interface Step {
  id: string;
  /** "Remove alice from the group", "Detach ReadOnlyAccess"… */
  label: string;
  status: StepStatus;
  error?: unknown;
}

export interface PlannedStep {
  id: string;
  label: string;
  run: () => Promise<void>;
}

/**
 * Runs the steps in order and stops at the first failure, reporting each change of status.
 * IAM has no transaction across calls: when a step fails, the steps before it stay done, and
 * the list says exactly where it stopped. Resolves true when every step succeeded.
 */
export async function runSteps(
  planned: readonly PlannedStep[],
  onProgress: (steps: Step[]) => void,
): Promise<boolean> {
  const steps: Step[] = planned.map(({ id, label }) => ({ id, label, status: 'pending' }));
  const set = (index: number, change: Partial<Step>) => {
    steps[index] = { ...steps[index]!, ...change };
    onProgress([...steps]);
  };
  onProgress([...steps]);

  for (const [index, step] of planned.entries()) {
    set(index, { status: 'in-progress' });
    try {
      await step.run();
    } catch (error) {
      set(index, { status: 'error', error });
      return false;
    }
    set(index, { status: 'success' });
  }
  return true;
}
