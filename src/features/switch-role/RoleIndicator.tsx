import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import { useNavigate } from 'react-router-dom';
import { displayNameOf } from '../../session/identity.ts';
import { useSessionContext, useSignedIn } from '../../session/SessionContext.tsx';
import { readRecentRoles, roleColor, switchRoleLink } from './switch-role.ts';
import { maySwitchRole } from './use-switch-role.ts';

/** "Back to <user>": the user's own session, kept under the role's, becomes current again. */
export function useBackToUser() {
  const { session } = useSignedIn();
  const { signIn } = useSessionContext();
  const navigate = useNavigate();
  const user = session.switchedRole?.user;
  if (!user) return undefined;
  return {
    label: `Back to ${displayNameOf(user.identity)}`,
    back: () => {
      signIn(user);
      void navigate('/', { replace: true });
    },
  };
}

/** The role in use, in its colour, across the top of every page while switched. */
export function RoleIndicator() {
  const { session } = useSignedIn();
  const backToUser = useBackToUser();
  const role = session.switchedRole;
  if (!role || !backToUser) return null;

  const color = roleColor(role.color);
  // The bar sits outside the app layout, where nothing sets a font: the page's default would be
  // the browser's serif. Box carries Cloudscape's base font (its design token), size and line
  // height, as the rest of the console has them; the bar's own colours come through `inherit`.
  return (
    <Box color="inherit">
      <div
        role="status"
        aria-label="Active role"
        style={{
          display: 'flex',
          alignItems: 'center',
          gap: 12,
          padding: '4px 20px',
          background: color.background,
          color: color.text,
        }}
      >
        <strong title={role.RoleArn}>{role.displayName}</strong>
        <span style={{ opacity: 0.85, fontSize: 12, overflowWrap: 'anywhere' }}>
          {role.RoleArn}
        </span>
        <span style={{ marginLeft: 'auto' }}>
          <Button variant="normal" onClick={backToUser.back}>
            {backToUser.label}
          </Button>
        </span>
      </div>
    </Box>
  );
}

/** The account menu's switch-role entries: switch, back, and the recent roles. */
export function useSwitchRoleMenu() {
  const { session } = useSignedIn();
  const navigate = useNavigate();
  const backToUser = useBackToUser();
  // Offered to IAM users only: for root, switching could only fail (the page still says why).
  const recent = maySwitchRole(session) ? readRecentRoles() : [];
  const items = [
    ...(backToUser ? [{ id: 'switch-role:back', text: backToUser.label }] : []),
    ...(maySwitchRole(session) ? [{ id: 'switch-role:form', text: 'Switch role' }] : []),
    ...recent.map((role, index) => ({
      id: `switch-role:recent:${index}`,
      text: `${role.displayName} (${role.roleName} @ ${role.account})`,
    })),
  ];

  /** Handles the menu item when it is one of these; false for the others. */
  const onItemClick = (id: string): boolean => {
    if (id === 'switch-role:back') backToUser?.back();
    else if (id === 'switch-role:form') void navigate('/switchrole');
    else if (id.startsWith('switch-role:recent:')) {
      const role = recent[Number(id.slice('switch-role:recent:'.length))];
      if (role) void navigate(switchRoleLink(role));
    } else return false;
    return true;
  };
  return { items, onItemClick };
}
