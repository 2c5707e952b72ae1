import type { IAMClient } from '@aws-sdk/client-iam';
import { sendIamRequest } from '../../../code/send-iam-request.ts';
import type { DeletionStep } from './deletion-plan.ts';

export type StepStatus = 'pending' | 'in-progress' | 'success' | 'error';

export interface DeletionProgress {
  UserName: string;
  steps: (Pick<DeletionStep, 'id' | 'label'> & { status: StepStatus; error?: unknown })[];
}

export interface DeletionFailure {
  UserName: string;
  step: string;
  error: unknown;
}

/**
 * Runs each user's plan in turn, one call at a time, and stops at the first failure: a step
 * after a failed one would only fail again with DeleteConflict and hide the real cause.
 */
export async function runDeletions(
  iam: IAMClient,
  plans: { UserName: string; steps: DeletionStep[] }[],
  onProgress: (progress: DeletionProgress[]) => void,
): Promise<{ deleted: string[]; failure?: DeletionFailure }> {
  const progress: DeletionProgress[] = plans.map(({ UserName, steps }) => ({
    UserName,
    steps: steps.map(({ id, label }) => ({ id, label, status: 'pending' })),
  }));
  const deleted: string[] = [];
  const set = (user: number, step: number, status: StepStatus, error?: unknown) => {
    const current = progress[user]!;
    progress[user] = {
      ...current,
      steps: current.steps.map((item, i) => (i === step ? { ...item, status, error } : item)),
    };
    onProgress([...progress]);
  };

  for (const [user, plan] of plans.entries()) {
    for (const [step, { request, label }] of plan.steps.entries()) {
      set(user, step, 'in-progress');
      try {
        await sendIamRequest(iam, request);
        set(user, step, 'success');
      } catch (error) {
        set(user, step, 'error', error);
        return { deleted, failure: { UserName: plan.UserName, step: label, error } };
      }
    }
    deleted.push(plan.UserName);
  }
  return { deleted };
}
