import { describe, expect, it } from 'vitest';
import { runSteps, type Step } from './steps.ts';

describe('runSteps', () => {
  it('stops at the first failure and leaves the rest waiting', async () => {
    const ran: string[] = [];
    let last: Step[] = [];
    const step = (id: string, fail = false) => ({
      id,
      label: id,
      run: async () => {
        ran.push(id);
        if (fail) throw new Error(`${id} refused`);
      },
    });

    const succeeded = await runSteps([step('a'), step('b', true), step('c')], (steps) => {
      last = steps;
    });

    expect(succeeded).toBe(false);
    expect(ran).toEqual(['a', 'b']);
    expect(last.map((s) => s.status)).toEqual(['success', 'error', 'pending']);
    expect(String(last[1]?.error)).toMatch(/b refused/);
  });
});
