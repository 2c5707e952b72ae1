import type { StatusType } from '@aws-sdk/client-iam';
import StatusIndicator from '@cloudscape-design/components/status-indicator';
import type { TableProps } from '@cloudscape-design/components/table';

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
