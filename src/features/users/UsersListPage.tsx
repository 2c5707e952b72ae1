import type { User } from '@aws-sdk/client-iam';
import { useCollection } from '@cloudscape-design/collection-hooks';
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import CollectionPreferences from '@cloudscape-design/components/collection-preferences';
import Header from '@cloudscape-design/components/header';
import Pagination from '@cloudscape-design/components/pagination';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Table from '@cloudscape-design/components/table';
import TextFilter from '@cloudscape-design/components/text-filter';
import { useInfiniteQuery } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { useNavigate } from 'react-router-dom';
import { userListQuery } from '../../aws/list-queries.ts';
import { useAllPages } from '../../aws/use-all-pages.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { matchesText } from '../../components/name-match.ts';
import { useFlash } from '../../components/flash.tsx';
import { usePathPrefixParam } from '../../components/path-param.ts';
import { InvalidPathAlert, PathListLayout } from '../../components/PathListLayout.tsx';
import { USER_TIMING, useMarkOnChange, useMarkOnce } from '../../components/user-timing.ts';
import { useSignedIn } from '../../session/SessionContext.tsx';
import { DeleteUserFlow } from './delete/DeleteUserFlow.tsx';
import { USER_COLUMNS } from './list/user-columns.tsx';
import { useUsersListPreferences } from './list/preferences.ts';

function EmptyState({ title, text, action }: { title: string; text: string; action?: ReactNode }) {
  return (
    <Box textAlign="center" color="inherit">
      <SpaceBetween size="xs">
        <b>{title}</b>
        <Box variant="p" color="inherit">
          {text}
        </Box>
        {action}
      </SpaceBetween>
    </Box>
  );
}

export default function UsersListPage({ pathTree }: { pathTree?: ReactNode }) {
  const { clients } = useSignedIn();
  const navigate = useNavigate();
  const flash = useFlash();
  const { PathPrefix, invalidPath } = usePathPrefixParam();
  const query = useInfiniteQuery(userListQuery(clients.iam, { PathPrefix }));
  useAllPages(query);
  const [preferences, setPreferences] = useUsersListPreferences();
  const [deleting, setDeleting] = useState<string[] | undefined>();

  const users = query.data?.pages.flatMap((page) => page.Users ?? []) ?? [];
  useMarkOnce(USER_TIMING.usersFirstRows, users.length > 0);
  useMarkOnce(USER_TIMING.usersAllPages, query.isSuccess && !query.hasNextPage);
  const createButton = (
    <Button variant="primary" onClick={() => void navigate('/users/create')}>
      Create user
    </Button>
  );

  const { items, collectionProps, filterProps, paginationProps, actions, filteredItemsCount } =
    useCollection(users, {
      filtering: {
        fields: ['UserName', 'Path', 'Arn', 'UserId'],
        empty: (
          <EmptyState title="No users" text="There are no users here." action={createButton} />
        ),
      },
      sorting: { defaultState: { sortingColumn: USER_COLUMNS[0]! } },
      pagination: { pageSize: preferences.pageSize },
      selection: { trackBy: 'UserName', keepSelection: false },
    });

  useMarkOnChange(USER_TIMING.filterUpdated, filterProps.filteringText, {
    matches: filteredItemsCount,
  });

  const selected = collectionProps.selectedItems ?? [];
  const failedWithoutRows = query.error != null && users.length === 0;
  const loadingMore = query.hasNextPage || query.isFetchingNextPage;
  const counter =
    query.isPending || failedWithoutRows
      ? undefined
      : selected.length > 0
        ? `(${selected.length}/${users.length}${loadingMore ? '+' : ''})`
        : `(${users.length}${loadingMore ? '+' : ''})`;

  const onDeleted = (UserNames: string[]) => {
    flash.show(`delete-users-${UserNames.join(',')}`, {
      type: 'success',
      header: `Deleted ${UserNames.join(', ')}`,
    });
    actions.setSelectedItems([]);
    setDeleting(undefined);
  };

  return (
    <PathListLayout tree={pathTree}>
      <SpaceBetween size="s">
        <InvalidPathAlert invalidPath={invalidPath} plural="users" />
        {query.error != null && !failedWithoutRows && (
          <ErrorAlert
            header="Not all users could be loaded"
            error={query.error}
            onRetry={() => void query.refetch()}
          />
        )}
        <Table<User>
          {...collectionProps}
          variant="full-page"
          items={items}
          columnDefinitions={USER_COLUMNS}
          columnDisplay={preferences.contentDisplay}
          wrapLines={preferences.wrapLines}
          // The name stays in view when the chosen columns are wider than a narrow window.
          stickyColumns={preferences.stickyColumns ?? { first: 1, last: 0 }}
          trackBy="UserName"
          selectionType="multi"
          loading={query.isPending && query.error == null}
          loadingText="Loading users"
          ariaLabels={{
            selectionGroupLabel: 'user selection',
            itemSelectionLabel: (_state, user) => `Select ${user.UserName}`,
            allItemsSelectionLabel: () => 'Select all users',
          }}
          empty={
            failedWithoutRows ? (
              <ErrorAlert
                header="Could not load users"
                error={query.error}
                onRetry={() => void query.refetch()}
              />
            ) : filterProps.filteringText !== '' ? (
              <EmptyState
                title="No matches"
                text="No users match the filter."
                action={<Button onClick={() => actions.setFiltering('')}>Clear filter</Button>}
              />
            ) : (
              collectionProps.empty
            )
          }
          header={
            <Header
              variant="awsui-h1-sticky"
              counter={counter}
              description={PathPrefix ? `Under path ${PathPrefix}` : 'All paths'}
              actions={
                <SpaceBetween direction="horizontal" size="xs">
                  <Button
                    disabled={selected.length === 0}
                    onClick={() => setDeleting(selected.map((user) => user.UserName ?? ''))}
                  >
                    Delete
                  </Button>
                  {createButton}
                </SpaceBetween>
              }
            >
              Users
            </Header>
          }
          filter={
            <TextFilter
              {...filterProps}
              filteringPlaceholder="Find users"
              filteringAriaLabel="Filter users"
              countText={
                filterProps.filteringText ? matchesText(filteredItemsCount ?? 0) : undefined
              }
            />
          }
          pagination={<Pagination {...paginationProps} />}
          preferences={
            <CollectionPreferences
              title="Preferences"
              confirmLabel="Confirm"
              cancelLabel="Cancel"
              preferences={preferences}
              onConfirm={({ detail }) => setPreferences(detail)}
              pageSizePreference={{
                title: 'Users per page',
                options: [10, 25, 50, 100].map((value) => ({ value, label: `${value} users` })),
              }}
              wrapLinesPreference={{ label: 'Wrap lines' }}
              stickyColumnsPreference={{
                firstColumns: {
                  title: 'Keep the user name in view',
                  description: 'When the columns are wider than the window.',
                  options: [
                    { label: 'None', value: 0 },
                    { label: 'User name', value: 1 },
                  ],
                },
              }}
              contentDisplayPreference={{
                title: 'Columns',
                description:
                  'Details such as groups and key age are read for the rows on screen only.',
                options: USER_COLUMNS.map((column) => ({
                  id: column.id ?? '',
                  label: String(column.header),
                  alwaysVisible: column.id === 'UserName',
                })),
              }}
            />
          }
        />
      </SpaceBetween>
      {deleting && (
        <DeleteUserFlow
          UserNames={deleting}
          onDismiss={() => setDeleting(undefined)}
          onDeleted={onDeleted}
        />
      )}
    </PathListLayout>
  );
}
