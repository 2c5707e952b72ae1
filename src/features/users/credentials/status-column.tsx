import type { StatusType } from '@aws-sdk/client-iam';
import StatusIndicator from '@cloudscape-design/components/status-indicator';
import type { TableProps } from '@cloudscape-design/components/table';
import type { ReactNode } from 'react';

/** The Status column every credential table shows: access keys, SSH keys, certificates. */
export function statusColumn<T extends { Status?: StatusType }>(): TableProps.ColumnDefinition<T> {
  return {
    id: 'Status',
    header: 'Status',
    cell: (item) => (
      <StatusIndicator type={item.Status === 'Active' ? 'success' : 'stopped'}>
        {item.Status}
      </StatusIndicator>
    ),
  };
}

/**
 * The column of StatusActions. Without a minimum the auto-layout table gives the long ID and
 * fingerprint columns the room and squeezes "Deactivate" to a letter a line; 220 px holds it
 * and Delete side by side.
 */
export function statusActionsColumn<T>(
  cell: (item: T) => ReactNode,
): TableProps.ColumnDefinition<T> {
  return { id: 'actions', header: 'Actions', cell, minWidth: 220 };
}
