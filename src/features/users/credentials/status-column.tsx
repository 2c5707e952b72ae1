import type { StatusType } from '@aws-sdk/client-iam';
import StatusIndicator from '@cloudscape-design/components/status-indicator';
import type { TableProps } from '@cloudscape-design/components/table';
import type { ReactNode } from 'react';

/** The Status column every credential table shows: access keys, SSH keys, certificates. */
export function statusColumn<T extends { Status?: StatusType }>(): TableProps.ColumnDefinition<T> {
  return {
    id: 'Status',
    header: 'Status',
    // One word: in a table whose lines wrap, it would otherwise break inside "Active".
    cell: (item) => (
      <StatusIndicator type={item.Status === 'Active' ? 'success' : 'stopped'} wrapText={false}>
        {item.Status}
      </StatusIndicator>
    ),
  };
}

/**
 * The column of StatusActions. Its buttons' labels do not wrap, so the column is never
 * narrower than "Deactivate"; with no minimum of its own, a wide table shows both buttons on
 * one line and a narrow one stacks them rather than pushing Delete past the table's edge.
 */
export function statusActionsColumn<T>(
  cell: (item: T) => ReactNode,
): TableProps.ColumnDefinition<T> {
  return { id: 'actions', header: 'Actions', cell };
}
