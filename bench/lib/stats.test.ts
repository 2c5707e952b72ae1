import { describe, expect, it } from 'vitest';
import { figureOf, formatFigure, percentile, sortedCopy } from './stats.ts';

describe('percentile', () => {
  it('takes the nearest rank, so p99 of 100 samples is the 99th', () => {
    const samples = sortedCopy(Array.from({ length: 100 }, (_, i) => 100 - i));
    expect(percentile(samples, 0.5)).toBe(50);
    expect(percentile(samples, 0.99)).toBe(99);
    expect(percentile(samples, 1)).toBe(100);
  });

  it('answers NaN for no samples rather than a made-up zero', () => {
    expect(percentile([], 0.5)).toBeNaN();
  });
});

describe('figureOf', () => {
  it('keeps the median and spread of the runs, ignoring runs that measured nothing', () => {
    const figure = figureOf([30, 10, Number.NaN, 20]);
    expect(figure).toMatchObject({ median: 20, min: 10, max: 30 });
    expect(formatFigure(figure, 0)).toBe('20 (10–30)');
  });

  it('prints n/a when no run measured anything', () => {
    expect(formatFigure(figureOf([Number.NaN]))).toBe('n/a');
  });
});
