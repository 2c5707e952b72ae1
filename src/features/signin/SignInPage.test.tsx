import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '../../test/render.tsx';
import SignInPage from './SignInPage.tsx';

describe('SignInPage', () => {
  it('offers the root style first, without an account field', async () => {
    renderWithProviders(<SignInPage />, { path: '/signin', route: '/signin' });
    expect(await screen.findByRole('radio', { name: /Root user/ })).toBeChecked();
    expect(screen.queryByLabelText('Account ID or alias')).not.toBeInTheDocument();
    expect(screen.getByLabelText('Access key ID')).toBeInTheDocument();
    expect(screen.getByLabelText('Secret access key')).toHaveAttribute('type', 'password');
    expect(screen.getByLabelText('MFA code')).toBeInTheDocument();
  });

  it('shows a message under each required field on an empty submit', async () => {
    const user = userEvent.setup();
    renderWithProviders(<SignInPage />, { path: '/signin', route: '/signin' });
    await user.click(await screen.findByRole('radio', { name: /IAM user/ }));
    await user.click(screen.getByRole('button', { name: 'Sign in' }));

    expect(screen.getByText('Enter the 12-digit account ID or the account alias.')).toBeVisible();
    expect(screen.getByText('Enter the access key ID.')).toBeVisible();
    expect(screen.getByText('Enter the secret access key.')).toBeVisible();
    expect(screen.queryByText(/Sign-in failed/)).not.toBeInTheDocument();
  });

  it('validates the MFA code and a custom endpoint', async () => {
    const user = userEvent.setup();
    renderWithProviders(<SignInPage />, { path: '/signin', route: '/signin' });
    await user.click(await screen.findByRole('radio', { name: /Custom endpoint/ }));
    await user.type(screen.getByLabelText('Endpoint URL'), 'not a url');
    await user.type(screen.getByLabelText('MFA code'), '12ab');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));

    expect(screen.getByText(/Enter a full URL/)).toBeVisible();
    expect(screen.getByText(/An MFA code has 6 digits/)).toBeVisible();
  });

  it('opens the IAM-user form with the account from /signin/<alias>', async () => {
    renderWithProviders(<SignInPage />, { path: '/signin/demo-org', route: '/signin/:alias' });
    expect(await screen.findByRole('radio', { name: /IAM user/ })).toBeChecked();
    expect(screen.getByLabelText('Account ID or alias')).toHaveValue('demo-org');
  });
});
