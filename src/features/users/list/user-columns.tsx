import type { User } from '@aws-sdk/client-iam';
import Box from '@cloudscape-design/components/box';
import StatusIndicator from '@cloudscape-design/components/status-indicator';
import type { TableProps } from '@cloudscape-design/components/table';
import { useQueries, useQuery, type UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { errorText } from '../../../components/ErrorAlert.tsx';
import { formatDateTime } from '../../../components/format.ts';
import {
  arnColumn,
  createdColumn,
  nameColumn,
  pathColumn,
} from '../../../components/identity-columns.tsx';
import { LongText } from '../../../components/LongText.tsx';
import { useSignedIn } from '../../../session/SessionContext.tsx';
import { rowDetailQueries } from '../api/row-details.ts';

const DAY = 24 * 60 * 60 * 1000;

export function ageText(since: Date | undefined, now = Date.now()): string {
  if (!since) return 'None';
  const days = Math.floor((now - since.getTime()) / DAY);
  return days <= 0 ? 'Today' : days === 1 ? '1 day' : `${days} days`;
}

/** A detail cell: a spinner while it loads, the AWS error in a tooltip-sized line on failure. */
function Detail<T>({
  query,
  render,
}: {
  query: UseQueryResult<T>;
  render: (data: T) => ReactNode;
}) {
  if (query.error != null) {
    return <StatusIndicator type="error">{errorText(query.error)}</StatusIndicator>;
  }
  if (query.data === undefined) return <StatusIndicator type="loading">Loading</StatusIndicator>;
  return <>{render(query.data)}</>;
}

function GroupsCell({ UserName }: { UserName: string }) {
  const { clients } = useSignedIn();
  const query = useQuery(rowDetailQueries.groups(clients.iam, UserName));
  return (
    <Detail
      query={query}
      render={(groups) =>
        groups.length === 0 ? (
          <Box color="text-body-secondary">None</Box>
        ) : (
          <LongText text={groups.map((group) => group.GroupName).join(', ')} />
        )
      }
    />
  );
}

function MfaCell({ UserName }: { UserName: string }) {
  const { clients } = useSignedIn();
  const query = useQuery(rowDetailQueries.mfaDevices(clients.iam, UserName));
  return (
    <Detail
      query={query}
      render={(devices) =>
        devices.length === 0 ? (
          <StatusIndicator type="warning">None</StatusIndicator>
        ) : (
          devices
            .map((device) => (device.SerialNumber?.startsWith('arn:') ? 'Virtual' : 'Hardware'))
            .join(', ')
        )
      }
    />
  );
}

function PasswordAgeCell({ UserName }: { UserName: string }) {
  const { clients } = useSignedIn();
  const query = useQuery(rowDetailQueries.loginProfile(clients.iam, UserName));
  return <Detail query={query} render={(profile) => ageText(profile?.CreateDate)} />;
}

function useAccessKeys(UserName: string) {
  const { clients } = useSignedIn();
  return useQuery(rowDetailQueries.accessKeys(clients.iam, UserName));
}

function AccessKeyAgeCell({ UserName }: { UserName: string }) {
  const query = useAccessKeys(UserName);
  return (
    <Detail
      query={query}
      render={(keys) => {
        const active = keys.filter((key) => key.Status === 'Active');
        const oldest = active
          .map((key) => key.CreateDate)
          .filter((date): date is Date => date !== undefined)
          .sort((a, b) => a.getTime() - b.getTime())[0];
        return active.length === 0 ? 'None' : ageText(oldest);
      }}
    />
  );
}

/** The latest of the keys' last use, and of the console password's, as "last activity". */
function useLastUsed(UserName: string) {
  const { clients } = useSignedIn();
  const keys = useAccessKeys(UserName);
  const lastUsed = useQueries({
    queries: (keys.data ?? []).map((key) =>
      rowDetailQueries.accessKeyLastUsed(clients.iam, UserName, key.AccessKeyId ?? ''),
    ),
  });
  const error = keys.error ?? lastUsed.find((query) => query.error != null)?.error;
  const loading = keys.data === undefined || lastUsed.some((query) => query.isPending);
  const dates = lastUsed
    .map((query) => query.data?.LastUsedDate)
    .filter((date): date is Date => date !== undefined);
  return { error, loading, latest: dates.sort((a, b) => b.getTime() - a.getTime())[0] };
}

function AccessKeyLastUsedCell({ UserName }: { UserName: string }) {
  const { error, loading, latest } = useLastUsed(UserName);
  if (error != null) return <StatusIndicator type="error">{errorText(error)}</StatusIndicator>;
  if (loading) return <StatusIndicator type="loading">Loading</StatusIndicator>;
  return <>{latest ? formatDateTime(latest) : 'Never'}</>;
}

function LastActivityCell({ user }: { user: User }) {
  const { error, loading, latest } = useLastUsed(user.UserName ?? '');
  if (error != null) return <StatusIndicator type="error">{errorText(error)}</StatusIndicator>;
  if (loading) return <StatusIndicator type="loading">Loading</StatusIndicator>;
  const candidates = [latest, user.PasswordLastUsed].filter((d): d is Date => d !== undefined);
  const last = candidates.sort((a, b) => b.getTime() - a.getTime())[0];
  return <>{last ? formatDateTime(last) : 'Never'}</>;
}

const name = (user: User) => user.UserName ?? '';

export const USER_COLUMNS: TableProps.ColumnDefinition<User>[] = [
  nameColumn<User>({
    id: 'UserName',
    header: 'User name',
    name: (user) => user.UserName,
    href: (userName) => `/users/${userName}`,
  }),
  pathColumn(),
  { id: 'Groups', header: 'Groups', cell: (user) => <GroupsCell UserName={name(user)} /> },
  {
    id: 'LastActivity',
    header: 'Last activity',
    cell: (user) => <LastActivityCell user={user} />,
  },
  { id: 'MFA', header: 'MFA', cell: (user) => <MfaCell UserName={name(user)} /> },
  {
    id: 'PasswordAge',
    header: 'Password age',
    cell: (user) => <PasswordAgeCell UserName={name(user)} />,
  },
  {
    id: 'AccessKeyAge',
    header: 'Active access key age',
    cell: (user) => <AccessKeyAgeCell UserName={name(user)} />,
  },
  {
    id: 'AccessKeyLastUsed',
    header: 'Access key last used',
    cell: (user) => <AccessKeyLastUsedCell UserName={name(user)} />,
  },
  createdColumn(),
  arnColumn(),
];
