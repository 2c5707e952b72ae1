import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { NEW_PASSWORD_POLICY_FORM } from './password-policy-form.ts';
import { PasswordPolicyEditor } from './PasswordPolicyEditor.tsx';

function renderEditor() {
  const onSubmit = vi.fn();
  render(
    <PasswordPolicyEditor
      initial={NEW_PASSWORD_POLICY_FORM}
      submitting={false}
      onSubmit={onSubmit}
      onCancel={() => undefined}
    />,
  );
  return { onSubmit, user: userEvent.setup() };
}

describe('PasswordPolicyEditor', () => {
  it('shows the range under a minimum length out of it, and does not submit', async () => {
    const { onSubmit, user } = renderEditor();
    const length = screen.getByLabelText('Minimum password length');
    await user.clear(length);
    await user.type(length, '200');
    expect(screen.getByText('Must be from 6 to 128.')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it('asks for expiry days only once expiration is on, and checks them', async () => {
    const { onSubmit, user } = renderEditor();
    expect(screen.queryByLabelText('Expire passwords after (days)')).not.toBeInTheDocument();

    await user.click(screen.getByRole('checkbox', { name: 'Turn on password expiration' }));
    const days = screen.getByLabelText('Expire passwords after (days)');
    await user.clear(days);
    await user.type(days, '1096');
    expect(screen.getByText('Must be from 1 to 1095.')).toBeInTheDocument();

    await user.clear(days);
    await user.type(days, '30');
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    expect(onSubmit).toHaveBeenCalledWith(
      expect.objectContaining({ expirePasswords: true, MaxPasswordAge: '30' }),
    );
  });

  it('checks the number of remembered passwords when reuse is prevented', async () => {
    const { onSubmit, user } = renderEditor();
    await user.click(screen.getByRole('checkbox', { name: 'Prevent password reuse' }));
    const reuse = screen.getByLabelText('Remember this many earlier passwords');
    await user.clear(reuse);
    await user.type(reuse, '0');
    expect(screen.getByText('Must be from 1 to 24.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    expect(onSubmit).not.toHaveBeenCalled();
  });
});
