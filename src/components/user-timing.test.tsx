import { renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { useMarkOnChange, useMarkOnce } from './user-timing.ts';

const marksNamed = (name: string) => performance.getEntriesByName(name, 'mark');

afterEach(() => performance.clearMarks());

describe('useMarkOnce', () => {
  it('marks when the moment is reached, and only the first time', () => {
    const { rerender } = renderHook(({ reached }) => useMarkOnce('test:once', reached), {
      initialProps: { reached: false },
    });
    expect(marksNamed('test:once')).toHaveLength(0);

    rerender({ reached: true });
    rerender({ reached: false });
    rerender({ reached: true });
    expect(marksNamed('test:once')).toHaveLength(1);
  });
});

describe('useMarkOnChange', () => {
  it('marks each new value with its detail, not the initial one', () => {
    const { rerender } = renderHook(
      ({ value, matches }) => useMarkOnChange('test:change', value, { matches }),
      { initialProps: { value: '', matches: 10 } },
    );
    rerender({ value: '', matches: 10 });
    expect(marksNamed('test:change')).toHaveLength(0);

    rerender({ value: 'ali', matches: 3 });
    rerender({ value: 'ali', matches: 3 });
    const marks = marksNamed('test:change') as PerformanceMark[];
    expect(marks).toHaveLength(1);
    expect(marks[0]?.detail).toEqual({ value: 'ali', matches: 3 });
  });
});
