import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { storeSession } from '../../session/storage.ts';
import { customTarget } from '../../session/targets.ts';
import { renderWithProviders } from '../../test/render.tsx';
import { useSwitchRoleMenu } from './RoleIndicator.tsx';
import SwitchRolePage from './SwitchRolePage.tsx';

vi.mock('../../aws/clients.ts', () => ({
  createAwsClients: () => ({ iam: { send: vi.fn() }, sts: { send: vi.fn() } }),
}));

function signInAs(Arn: string) {
  storeSession({
    target: customTarget('http://127.0.0.1:9/'),
    credentials: { AccessKeyId: 'AKIAEXAMPLEKEY000001', SecretAccessKey: 'fake-secret' },
    identity: { Account: '123456789012', Arn, UserId: 'x' },
    style: Arn.endsWith(':root') ? 'root' : 'iam-user',
    mfaAuthenticated: false,
  });
}

/** The account menu's switch-role entries, as text. */
function MenuItems() {
  const { items } = useSwitchRoleMenu();
  return (
    <ul aria-label="Menu">
      {items.map((item) => (
        <li key={item.id}>{item.text}</li>
      ))}
    </ul>
  );
}

describe('Switch role', () => {
  it('says in words what the top bar shows when the display name is left empty', async () => {
    signInAs('arn:aws:iam::123456789012:user/ana');
    renderWithProviders(<SwitchRolePage />);
    expect(
      screen.getByText(
        'Shown in the top bar. When left empty, the top bar shows the role name @ the account.',
      ),
    ).toBeTruthy();

    const user = userEvent.setup();
    await user.type(screen.getByRole('textbox', { name: 'Account ID or alias' }), '210987654321');
    await user.type(screen.getByRole('textbox', { name: 'Role name' }), 'ops/Deploy');
    expect(
      screen.getByText(
        'Shown in the top bar. When left empty, the top bar shows "Deploy @ 210987654321".',
      ),
    ).toBeTruthy();
  });

  it('is offered in the account menu to an IAM user', () => {
    signInAs('arn:aws:iam::123456789012:user/ana');
    renderWithProviders(<MenuItems />);
    expect(screen.getByRole('listitem').textContent).toBe('Switch role');
  });

  it('is not offered to the root user, who may not assume roles', () => {
    signInAs('arn:aws:iam::123456789012:root');
    renderWithProviders(<MenuItems />);
    expect(screen.getByRole('list', { name: 'Menu' }).textContent).toBe('');
  });
});
