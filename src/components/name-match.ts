import type { TableProps } from '@cloudscape-design/components/table';

/** 0 for the name typed exactly, 1 for a name that starts with it, 2 for any other match. */
export function nameMatchRank(name: string, filteringText: string): number {
  const wanted = filteringText.trim().toLowerCase();
  const lower = name.toLowerCase();
  if (wanted === '') return 2;
  if (lower === wanted) return 0;
  return lower.startsWith(wanted) ? 1 : 2;
}

/**
 * The name column sorting the name searched for first, then names that start with it, then the
 * rest, each group by name: among 198 matches for "ReadOnlyAccess" the one policy of that
 * name comes first rather than pages away. It keeps the column's sortingField, so the table
 * still shows it as the sorted column.
 */
export function rankedNameColumn<T>(
  column: TableProps.ColumnDefinition<T>,
  nameOf: (item: T) => string,
  filteringText: string,
): TableProps.ColumnDefinition<T> {
  return {
    ...column,
    sortingComparator: (a, b) =>
      nameMatchRank(nameOf(a), filteringText) - nameMatchRank(nameOf(b), filteringText) ||
      nameOf(a).localeCompare(nameOf(b)),
  };
}

/** "1 match", "198 matches". */
export function matchesText(count: number): string {
  return count === 1 ? '1 match' : `${count} matches`;
}
