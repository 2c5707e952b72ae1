import SpaceBetween from '@cloudscape-design/components/space-between';
import type { TableProps } from '@cloudscape-design/components/table';
import type { ReactNode } from 'react';
import { formatDateTime } from './format.ts';
import { LongText } from './LongText.tsx';
import { RouterLink } from './RouterLink.tsx';

/** What users, groups and roles have in common in a list: IAM's shared identity fields. */
interface Identity {
  Path?: string;
  Arn?: string;
  CreateDate?: Date;
}

type Column<T> = TableProps.ColumnDefinition<T>;

/**
 * The name column: a link to the identity's page, cut to the column with the whole name in its
 * title, and the table's row header. `extra` sits under the name (a service-linked badge).
 */
export function nameColumn<T extends Identity>(options: {
  id: string;
  header: string;
  name: (item: T) => string | undefined;
  href: (name: string) => string;
  extra?: (item: T) => ReactNode;
}): Column<T> {
  return {
    id: options.id,
    header: options.header,
    cell: (item) => {
      const name = options.name(item) ?? '';
      const link = (
        <LongText text={name}>
          <RouterLink href={options.href(encodeURIComponent(name))}>{name}</RouterLink>
        </LongText>
      );
      const extra = options.extra?.(item);
      return extra ? (
        <SpaceBetween size="xxxs">
          {link}
          {extra}
        </SpaceBetween>
      ) : (
        link
      );
    },
    // The cell itself has no minimum (see LongText), so the table would cut even short names
    // to make room for the detail columns; 220 px shows a 24-character name whole.
    minWidth: 220,
    sortingField: options.id,
    isRowHeader: true,
  };
}

export function pathColumn<T extends Identity>(): Column<T> {
  return {
    id: 'Path',
    header: 'Path',
    cell: (item) => <LongText text={item.Path} />,
    sortingField: 'Path',
    minWidth: 80,
  };
}

export function createdColumn<T extends Identity>(): Column<T> {
  return {
    id: 'CreateDate',
    header: 'Created',
    cell: (item) => formatDateTime(item.CreateDate),
    sortingComparator: (a, b) => (a.CreateDate?.getTime() ?? 0) - (b.CreateDate?.getTime() ?? 0),
  };
}

export function arnColumn<T extends Identity>(): Column<T> {
  return {
    id: 'Arn',
    header: 'ARN',
    cell: (item) => <LongText text={item.Arn} />,
    sortingField: 'Arn',
    minWidth: 120,
  };
}
