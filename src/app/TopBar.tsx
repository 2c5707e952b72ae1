import TopNavigation from '@cloudscape-design/components/top-navigation';
import { useNavigate } from 'react-router-dom';
import { describeAccountAlias, useAccountAlias } from '../session/account-alias.ts';
import { displayNameOf } from '../session/identity.ts';
import { useSessionContext, useSignedIn } from '../session/SessionContext.tsx';
import { describeTarget } from '../session/targets.ts';
import { useSwitchRoleMenu } from '../features/switch-role/RoleIndicator.tsx';

export function TopBar() {
  const navigate = useNavigate();
  const { session } = useSignedIn();
  const { signOut } = useSessionContext();
  const aliasState = useAccountAlias();
  const { alias } = aliasState;
  const switchRoleMenu = useSwitchRoleMenu();
  const { identity } = session;

  const account = alias ? `${identity.Account} (${alias})` : identity.Account;

  return (
    <TopNavigation
      identity={{
        href: '/',
        title: 'IAM Console',
        onFollow: (event) => {
          event.preventDefault();
          void navigate('/');
        },
      }}
      utilities={[
        {
          type: 'button',
          text: identity.Arn,
          title: 'Signed-in ARN',
          iconName: 'copy',
          disableTextCollapse: true,
          onClick: () => void navigator.clipboard?.writeText(identity.Arn),
        },
        {
          type: 'menu-dropdown',
          text: session.switchedRole?.displayName ?? displayNameOf(identity),
          title: identity.Arn,
          description: `Account ${account} · ${describeTarget(session.target)}`,
          iconName: 'user-profile',
          disableUtilityCollapse: true,
          items: [
            { id: 'account-id', text: `Account ID: ${identity.Account}`, disabled: true },
            {
              id: 'account-alias',
              text: `Account alias: ${alias ?? describeAccountAlias(aliasState).toLowerCase()}`,
              disabled: true,
            },
            ...switchRoleMenu.items,
            { id: 'sign-out', text: 'Sign out' },
          ],
          onItemClick: ({ detail }) => {
            if (switchRoleMenu.onItemClick(detail.id)) return;
            if (detail.id !== 'sign-out') return;
            signOut();
            void navigate('/signin', { replace: true });
          },
        },
      ]}
    />
  );
}
