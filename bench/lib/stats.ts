/** The value below which `fraction` of the sorted samples fall (nearest rank). */
export function percentile(sorted: readonly number[], fraction: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.ceil(fraction * sorted.length) - 1;
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank))] ?? Number.NaN;
}

export function sortedCopy(values: readonly number[]): number[] {
  return [...values].sort((a, b) => a - b);
}

/** A figure measured over several runs: the median, and the spread as min and max. */
export interface Figure {
  median: number;
  min: number;
  max: number;
  runs: number[];
}

export function figureOf(runs: readonly number[]): Figure {
  const finite = runs.filter((value) => Number.isFinite(value));
  const sorted = sortedCopy(finite);
  return {
    median: percentile(sorted, 0.5),
    min: sorted[0] ?? Number.NaN,
    max: sorted[sorted.length - 1] ?? Number.NaN,
    runs: [...runs],
  };
}

/** "12.3 (11.9–13.0)": the median, then the spread over the runs. */
export function formatFigure(figure: Figure, digits = 1): string {
  if (!Number.isFinite(figure.median)) return 'n/a';
  const f = (value: number) => value.toFixed(digits);
  if (figure.runs.length < 2) return f(figure.median);
  return `${f(figure.median)} (${f(figure.min)}–${f(figure.max)})`;
}
