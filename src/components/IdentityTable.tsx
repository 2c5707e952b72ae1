import { useCollection } from '@cloudscape-design/collection-hooks';
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import Header from '@cloudscape-design/components/header';
import Pagination from '@cloudscape-design/components/pagination';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Table, { type TableProps } from '@cloudscape-design/components/table';
import TextFilter, { type TextFilterProps } from '@cloudscape-design/components/text-filter';
import type { ReactNode } from 'react';
import { ErrorAlert } from './ErrorAlert.tsx';
import { matchesText, rankedNameColumn } from './name-match.ts';
import { USER_TIMING, useMarkOnChange } from './user-timing.ts';

export interface IdentityTableProps<T> {
  /** Lowercase nouns: { singular: 'user', plural: 'users' }. */
  noun: { singular: string; plural: string };
  title: string;
  description?: ReactNode;
  items: readonly T[];
  columns: TableProps.ColumnDefinition<T>[];
  trackBy: Extract<keyof T, string>;
  /** The fields the text filter searches. */
  filteringFields: Extract<keyof T, string>[];
  defaultSortColumn: TableProps.ColumnDefinition<T>;
  /** The first page has not arrived yet. */
  loading: boolean;
  /** More pages are on their way. */
  loadingMore?: boolean;
  error?: unknown;
  onRetry?: () => void;
  actions?: ReactNode;
  emptyAction?: ReactNode;
  selectionType?: TableProps.SelectionType;
  selectedItems?: T[];
  onSelectionChange?: (items: T[]) => void;
  variant?: TableProps.Variant;
  /**
   * The name of a row, when a search should rank the row of that exact name first and names
   * that start with it next, while the list is sorted by defaultSortColumn ascending.
   */
  rankByName?: (item: T) => string;
}

/** The list every identity page shows: text filter, sorting, pages, and every state. */
export function IdentityTable<T>(props: IdentityTableProps<T>) {
  const { noun, items, error, onRetry } = props;

  const {
    items: pageItems,
    collectionProps,
    filterProps,
    paginationProps,
    actions,
    filteredItemsCount,
  } = useCollection(items, {
    filtering: {
      fields: props.filteringFields,
      empty: (
        <Box textAlign="center" color="inherit">
          <SpaceBetween size="xs">
            <b>No {noun.plural}</b>
            <Box variant="p" color="inherit">
              There are no {noun.plural} here.
            </Box>
            {props.emptyAction}
          </SpaceBetween>
        </Box>
      ),
    },
    sorting: { defaultState: { sortingColumn: props.defaultSortColumn } },
    pagination: { pageSize: 25 },
    selection: { trackBy: props.trackBy, keepSelection: false },
  });

  useMarkOnChange(USER_TIMING.filterUpdated, filterProps.filteringText, {
    matches: filteredItemsCount,
  });

  // The sort is state the collection keeps, so it is replaced with each search, and only while
  // the user keeps the default order: a sort they picked is theirs.
  const onFilteringChange: TextFilterProps['onChange'] = (event) => {
    filterProps.onChange(event);
    const { sortingColumn, sortingDescending } = collectionProps;
    const byName = sortingColumn?.sortingField === props.defaultSortColumn.sortingField;
    if (!props.rankByName || !byName || sortingDescending) return;
    const { filteringText } = event.detail;
    actions.setSorting({
      sortingColumn: rankedNameColumn(props.defaultSortColumn, props.rankByName, filteringText),
      isDescending: false,
    });
  };

  const failedWithoutRows = error != null && items.length === 0;
  const counter =
    props.loading || failedWithoutRows
      ? undefined
      : `(${items.length}${props.loadingMore ? '+' : ''})`;

  return (
    <SpaceBetween size="s">
      {error != null && !failedWithoutRows && (
        <ErrorAlert
          header={`Not all ${noun.plural} could be loaded`}
          error={error}
          onRetry={onRetry}
        />
      )}
      <Table<T>
        {...collectionProps}
        variant={props.variant ?? 'full-page'}
        items={pageItems}
        columnDefinitions={props.columns}
        trackBy={props.trackBy}
        loading={props.loading && error == null}
        loadingText={`Loading ${noun.plural}`}
        selectionType={props.selectionType}
        selectedItems={props.selectedItems}
        onSelectionChange={({ detail }) => props.onSelectionChange?.([...detail.selectedItems])}
        ariaLabels={{
          selectionGroupLabel: `${noun.singular} selection`,
          itemSelectionLabel: (_state, item) => `Select ${String(item[props.trackBy])}`,
          allItemsSelectionLabel: () => `Select all ${noun.plural}`,
        }}
        empty={
          failedWithoutRows ? (
            <ErrorAlert header={`Could not load ${noun.plural}`} error={error} onRetry={onRetry} />
          ) : filterProps.filteringText !== '' ? (
            <Box textAlign="center" color="inherit">
              <SpaceBetween size="xs">
                <b>No matches</b>
                <Box variant="p" color="inherit">
                  No {noun.plural} match the filter.
                </Box>
                <Button onClick={() => actions.setFiltering('')}>Clear filter</Button>
              </SpaceBetween>
            </Box>
          ) : (
            collectionProps.empty
          )
        }
        header={
          <Header
            variant={props.variant === 'container' ? 'h2' : 'awsui-h1-sticky'}
            counter={counter}
            description={props.description}
            actions={props.actions}
          >
            {props.title}
          </Header>
        }
        filter={
          <TextFilter
            {...filterProps}
            onChange={onFilteringChange}
            filteringPlaceholder={`Find ${noun.plural}`}
            filteringAriaLabel={`Filter ${noun.plural}`}
            countText={filterProps.filteringText ? matchesText(filteredItemsCount ?? 0) : undefined}
          />
        }
        pagination={<Pagination {...paginationProps} />}
      />
    </SpaceBetween>
  );
}
