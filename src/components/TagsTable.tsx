import type { Tag } from '@aws-sdk/client-iam';
import Box from '@cloudscape-design/components/box';
import Header from '@cloudscape-design/components/header';
import Table from '@cloudscape-design/components/table';

export function TagsTable({ tags, loading }: { tags: Tag[] | undefined; loading: boolean }) {
  return (
    <Table
      variant="container"
      header={
        <Header variant="h2" counter={tags ? `(${tags.length})` : undefined}>
          Tags
        </Header>
      }
      items={tags ?? []}
      loading={loading}
      loadingText="Loading tags"
      trackBy="Key"
      columnDefinitions={[
        { id: 'Key', header: 'Key', cell: (tag) => tag.Key, isRowHeader: true },
        { id: 'Value', header: 'Value', cell: (tag) => tag.Value || '—' },
      ]}
      empty={
        <Box textAlign="center" color="inherit">
          <b>No tags</b>
        </Box>
      }
    />
  );
}
