import Button from '@cloudscape-design/components/button';
import ContentLayout from '@cloudscape-design/components/content-layout';
import Header from '@cloudscape-design/components/header';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Spinner from '@cloudscape-design/components/spinner';
import Tabs from '@cloudscape-design/components/tabs';
import { useQuery } from '@tanstack/react-query';
import { Suspense, useState, type ReactNode } from 'react';
import { useNavigate, useSearchParams } from 'react-router-dom';
import { hasAwsCode } from '../../aws/errors.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { FlashScope, useFlash } from '../../components/flash.tsx';
import { formatDateTime } from '../../components/format.ts';
import { IdentitySummary } from '../../components/IdentitySummary.tsx';
import { retriableLazy } from '../../components/retriable-lazy.ts';
import { SectionBoundary } from '../../components/SectionBoundary.tsx';
import { useSignedIn } from '../../session/SessionContext.tsx';
import { userDetailQuery } from './api/user-queries.ts';
import { DeleteUserFlow } from './delete/DeleteUserFlow.tsx';
import { EditUserModal } from './detail/EditUserModal.tsx';
import { UserGroupsTab } from './detail/UserGroupsTab.tsx';
import { UserTagsTab } from './detail/UserTagsTab.tsx';

// The groups and roles pages load the same chunk for their own permissions tab.
const EntityPermissions = retriableLazy(() => import('../../permissions/EntityPermissions.tsx'));

interface UserDetailPageProps {
  UserName: string;
  /** The access key and console password sections, composed in by the app. */
  credentials?: ReactNode;
}

/** Deleting removes what blocks it first (password, keys, MFA, policies…), step by step. */
function DeleteUserButton({ UserName }: { UserName: string }) {
  const navigate = useNavigate();
  const flash = useFlash();
  const [open, setOpen] = useState(false);

  return (
    <>
      <Button onClick={() => setOpen(true)}>Delete user</Button>
      {open && (
        <DeleteUserFlow
          UserNames={[UserName]}
          onDismiss={() => setOpen(false)}
          onDeleted={() => {
            flash.show(`delete-user-${UserName}`, {
              type: 'success',
              header: `Deleted ${UserName}`,
            });
            void navigate('/users');
          }}
        />
      )}
    </>
  );
}

/** Renames the user or moves it to another path (UpdateUser). */
function EditUserButton({ UserName, Path }: { UserName: string; Path?: string }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button disabled={Path === undefined} onClick={() => setOpen(true)}>
        Edit
      </Button>
      {open && Path !== undefined && (
        <EditUserModal UserName={UserName} Path={Path} onDismiss={() => setOpen(false)} />
      )}
    </>
  );
}

const TABS = ['permissions', 'groups', 'tags', 'security-credentials'] as const;
type TabId = (typeof TABS)[number];

function isTabId(value: string | null): value is TabId {
  return TABS.some((tab) => tab === value);
}

/** The tabs of a user: the chosen one is in the URL, so a reload or a shared link keeps it. */
function UserTabs({ UserName, credentials }: { UserName: string; credentials: ReactNode }) {
  const [searchParams, setSearchParams] = useSearchParams();
  const requested = searchParams.get('tab');
  const activeTabId: TabId = isTabId(requested) ? requested : 'permissions';

  const section = (name: string, content: ReactNode) => (
    <SectionBoundary name={name}>
      <FlashScope>
        <Suspense fallback={<Spinner />}>{content}</Suspense>
      </FlashScope>
    </SectionBoundary>
  );
  return (
    <Tabs
      activeTabId={activeTabId}
      onChange={({ detail }) => setSearchParams({ tab: detail.activeTabId }, { replace: true })}
      tabs={[
        {
          id: 'permissions',
          label: 'Permissions',
          content: section('permissions', <EntityPermissions kind="user" name={UserName} />),
        },
        {
          id: 'groups',
          label: 'Groups',
          content: section('groups', <UserGroupsTab UserName={UserName} />),
        },
        {
          id: 'tags',
          label: 'Tags',
          content: section('tags', <UserTagsTab UserName={UserName} />),
        },
        {
          id: 'security-credentials',
          label: 'Security credentials',
          content: section('security credentials', credentials),
        },
      ]}
    />
  );
}

export default function UserDetailPage({ UserName, credentials }: UserDetailPageProps) {
  const { clients } = useSignedIn();
  const user = useQuery(userDetailQuery(clients.iam, UserName));

  // A failed refetch (after a save, or the server gone) keeps the user on screen, with any
  // unsaved edits below it: only a first load that failed has nothing to show.
  if (user.error != null && user.data === undefined) {
    const missing = hasAwsCode(user.error, 'NoSuchEntity');
    return (
      <ContentLayout header={<Header variant="h1">{UserName}</Header>}>
        <ErrorAlert
          header={missing ? 'No such user' : 'Could not load the user'}
          error={user.error}
          onRetry={missing ? undefined : () => void user.refetch()}
        />
      </ContentLayout>
    );
  }

  const details = user.data;
  return (
    <ContentLayout
      header={
        <Header
          variant="h1"
          actions={
            <SpaceBetween direction="horizontal" size="xs">
              <EditUserButton UserName={UserName} Path={details?.Path} />
              <DeleteUserButton UserName={UserName} />
            </SpaceBetween>
          }
        >
          {UserName}
        </Header>
      }
    >
      <SpaceBetween size="l">
        {user.error != null && (
          <ErrorAlert
            header="Could not refresh the user"
            error={user.error}
            onRetry={() => void user.refetch()}
          />
        )}
        <IdentitySummary
          noun="User"
          identity={details && { ...details, name: details.UserName, id: details.UserId }}
          more={[
            {
              label: 'Console last sign-in',
              value: details?.PasswordLastUsed ? formatDateTime(details.PasswordLastUsed) : 'Never',
            },
          ]}
        />
        <UserTabs UserName={UserName} credentials={credentials} />
      </SpaceBetween>
    </ContentLayout>
  );
}
