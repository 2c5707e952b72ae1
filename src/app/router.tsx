import { Suspense, type ReactNode } from 'react';
import { createBrowserRouter, Navigate, useParams } from 'react-router-dom';
import Spinner from '@cloudscape-design/components/spinner';
import { retriableLazy, retryFailedImports } from '../components/retriable-lazy.ts';
import { aliasFromHostname } from '../session/sign-in-url.ts';
import { useSessionContext } from '../session/SessionContext.tsx';
import { NotFoundPage } from './NotFoundPage.tsx';
import { RequireSession } from './RequireSession.tsx';
import { RouteError } from './RouteError.tsx';

// One chunk per page, so the sign-in page does not carry the rest of the console. A chunk that
// could not be downloaded is imported again on the error's Retry.
// The console's frame (top bar, navigation) loads after sign-in, not with the sign-in page.
const Layout = retriableLazy(() => import('./Layout.tsx'));
const SignInPage = retriableLazy(() => import('../features/signin/SignInPage.tsx'));
const DashboardPage = retriableLazy(() => import('../features/account/DashboardPage.tsx'));
const PasswordPolicyPage = retriableLazy(
  () => import('../features/password-policy/PasswordPolicyPage.tsx'),
);
const UsersListPage = retriableLazy(() => import('../features/users/UsersListPage.tsx'));
const CreateUserPage = retriableLazy(() => import('../features/users/CreateUserPage.tsx'));
const UserDetailPage = retriableLazy(() => import('../features/users/UserDetailPage.tsx'));
const GroupsListPage = retriableLazy(() => import('../features/groups/GroupsListPage.tsx'));
const GroupDetailPage = retriableLazy(() => import('../features/groups/GroupDetailPage.tsx'));
const CreateGroupPage = retriableLazy(() => import('../features/groups/CreateGroupPage.tsx'));
const RolesListPage = retriableLazy(() => import('../features/roles/RolesListPage.tsx'));
const RoleDetailPage = retriableLazy(() => import('../features/roles/RoleDetailPage.tsx'));
const CreateRolePage = retriableLazy(() => import('../features/roles/create/CreateRolePage.tsx'));
const SwitchRolePage = retriableLazy(() => import('../features/switch-role/SwitchRolePage.tsx'));
const PathTreePanel = retriableLazy(() => import('../features/paths/PathTreePanel.tsx'));
const UserCredentials = retriableLazy(
  () => import('../features/users/credentials/UserCredentials.tsx'),
);

function Loading({ children }: { children: ReactNode }) {
  return <Suspense fallback={<Spinner size="large" />}>{children}</Suspense>;
}

/** `<alias>.signin.localhost/console`: the sign-in form, or the dashboard once signed in. */
function ConsoleEntry() {
  const { session } = useSessionContext();
  if (session) return <Navigate to="/" replace />;
  if (!aliasFromHostname(window.location.hostname)) return <Navigate to="/signin" replace />;
  return <SignInPage />;
}

/** Remounts the detail page per name, so no state leaks from one user's page to another's. */
function UserDetailRoute() {
  const { userName = '' } = useParams();
  return (
    <UserDetailPage
      key={userName}
      UserName={userName}
      credentials={<UserCredentials UserName={userName} />}
    />
  );
}

function GroupDetailRoute() {
  const { groupName = '' } = useParams();
  return <GroupDetailPage key={groupName} GroupName={groupName} />;
}

function RoleDetailRoute() {
  const { roleName = '' } = useParams();
  return <RoleDetailPage key={roleName} RoleName={roleName} />;
}

/**
 * A page whose chunk failed is imported again when it is chosen again, as on Retry. Only a
 * change of address forgets the failure, never a render: React renders a failed tree again by
 * itself, and each render would start another download while the server is down.
 */
function forgetFailedImportsOnNavigation(router: ReturnType<typeof createBrowserRouter>) {
  let { pathname } = router.state.location;
  router.subscribe((state) => {
    if (state.location.pathname === pathname) return;
    pathname = state.location.pathname;
    retryFailedImports();
  });
}

export function createAppRouter() {
  const router = createBrowserRouter([
    {
      errorElement: <RouteError />,
      children: [
        {
          path: '/signin',
          element: (
            <Loading>
              <SignInPage />
            </Loading>
          ),
        },
        {
          path: '/signin/:alias',
          element: (
            <Loading>
              <SignInPage />
            </Loading>
          ),
        },
        {
          path: '/console',
          element: (
            <Loading>
              <ConsoleEntry />
            </Loading>
          ),
        },
        {
          element: <RequireSession />,
          children: [
            {
              element: (
                <Loading>
                  <Layout />
                </Loading>
              ),
              children: [
                { index: true, element: <DashboardPage /> },
                { path: 'password-policy', element: <PasswordPolicyPage /> },
                {
                  path: 'users',
                  element: <UsersListPage pathTree={<PathTreePanel kind="users" />} />,
                },
                { path: 'users/create', element: <CreateUserPage /> },
                { path: 'users/:userName', element: <UserDetailRoute /> },
                {
                  path: 'groups',
                  element: <GroupsListPage pathTree={<PathTreePanel kind="groups" />} />,
                },
                { path: 'groups/create', element: <CreateGroupPage /> },
                { path: 'groups/:groupName', element: <GroupDetailRoute /> },
                {
                  path: 'roles',
                  element: <RolesListPage pathTree={<PathTreePanel kind="roles" />} />,
                },
                { path: 'roles/create', element: <CreateRolePage /> },
                { path: 'roles/:roleName', element: <RoleDetailRoute /> },
                { path: 'switchrole', element: <SwitchRolePage /> },
                { path: '*', element: <NotFoundPage /> },
              ],
            },
          ],
        },
      ],
    },
  ]);
  forgetFailedImportsOnNavigation(router);
  return router;
}
