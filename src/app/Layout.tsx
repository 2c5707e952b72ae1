import AppLayout from '@cloudscape-design/components/app-layout';
import Flashbar from '@cloudscape-design/components/flashbar';
import SideNavigation from '@cloudscape-design/components/side-navigation';
import Spinner from '@cloudscape-design/components/spinner';
import { Suspense, useState } from 'react';
import { Outlet, useLocation, useNavigate } from 'react-router-dom';
import { EnvironmentBanner } from '../components/EnvironmentBanner.tsx';
import { FlashProvider, useFlash } from '../components/flash.tsx';
import { SectionBoundary } from '../components/SectionBoundary.tsx';
import { BREAKPOINTS, useViewportAtLeast } from '../components/viewport.ts';
import styles from './layout.module.css';
import { RoleIndicator } from '../features/switch-role/RoleIndicator.tsx';
import { TopBar } from './TopBar.tsx';

function Navigation() {
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const section = '/' + (pathname.split('/')[1] ?? '');
  return (
    <SideNavigation
      header={{ href: '/', text: 'IAM' }}
      activeHref={section}
      onFollow={(event) => {
        if (event.detail.external) return;
        event.preventDefault();
        void navigate(event.detail.href);
      }}
      items={[
        { type: 'link', text: 'Dashboard', href: '/' },
        {
          type: 'section',
          text: 'Access management',
          items: [
            { type: 'link', text: 'Users', href: '/users' },
            { type: 'link', text: 'User groups', href: '/groups' },
            { type: 'link', text: 'Roles', href: '/roles' },
          ],
        },
        {
          type: 'section',
          text: 'Account settings',
          items: [{ type: 'link', text: 'Password policy', href: '/password-policy' }],
        },
      ]}
    />
  );
}

function Notifications() {
  const { items } = useFlash();
  return <Flashbar items={items} stackItems={items.length > 3} />;
}

/**
 * The navigation starts open only where it leaves a list its columns: below Cloudscape's m
 * breakpoint its 280 pixels would squeeze the table, so it starts closed there. Crossing the
 * breakpoint applies that default again; in between, the administrator's choice holds.
 */
function useNavigationOpen() {
  const wide = useViewportAtLeast(BREAKPOINTS.m);
  const [state, setState] = useState({ wide, open: wide });
  if (state.wide !== wide) setState({ wide, open: wide });
  const setOpen = (open: boolean) => setState({ wide, open });
  return [state.wide === wide ? state.open : wide, setOpen] as const;
}

export default function Layout() {
  const { pathname } = useLocation();
  const [navigationOpen, setNavigationOpen] = useNavigationOpen();
  return (
    <FlashProvider>
      <div id="top-bar" className={styles.topBar}>
        <EnvironmentBanner />
        <TopBar />
        <RoleIndicator />
      </div>
      <AppLayout
        headerSelector="#top-bar"
        navigation={<Navigation />}
        navigationOpen={navigationOpen}
        onNavigationChange={({ detail }) => setNavigationOpen(detail.open)}
        notifications={<Notifications />}
        toolsHide
        contentType="default"
        content={
          <SectionBoundary name="page" key={pathname}>
            <Suspense fallback={<Spinner size="large" />}>
              <Outlet />
            </Suspense>
          </SectionBoundary>
        }
      />
    </FlashProvider>
  );
}
