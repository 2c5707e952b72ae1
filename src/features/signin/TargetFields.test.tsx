import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '../../test/render.tsx';
import SignInPage from './SignInPage.tsx';

async function chooseTarget(name: RegExp) {
  const user = userEvent.setup();
  renderWithProviders(<SignInPage />, { path: '/signin', route: '/signin' });
  await user.click(await screen.findByRole('radio', { name }));
  return user;
}

describe('sign-in target', () => {
  it('says the local account is this server', async () => {
    renderWithProviders(<SignInPage />, { path: '/signin', route: '/signin' });
    expect(await screen.findByRole('radio', { name: /Local account/ })).toBeChecked();
    expect(
      screen.getByText(/local account at http:\/\/localhost(:\d+)?\/local-aws\//),
    ).toBeVisible();
  });

  it('offers partition and region for AWS, and names the endpoints and the relay', async () => {
    const user = await chooseTarget(/^AWS/);

    expect(screen.getByText('Partition')).toBeVisible();
    expect(screen.getByText('Region')).toBeVisible();
    expect(screen.queryByLabelText('Endpoint URL')).not.toBeInTheDocument();
    const summary = screen.getByText(/sts\.us-east-1\.amazonaws\.com/);
    expect(summary).toHaveTextContent('https://iam.amazonaws.com');
    expect(summary).toHaveTextContent(/relay \(http:\/\/localhost(:\d+)?\/relay\/\)/);
    expect(summary).toHaveTextContent(/secret access key never leaves this browser/);

    // A new partition brings its own default region and endpoints.
    await user.click(screen.getByRole('button', { name: /Partition/ }));
    await user.click(screen.getByRole('option', { name: /AWS China/ }));
    expect(screen.getByText(/sts\.cn-north-1\.amazonaws\.com\.cn/)).toHaveTextContent(
      'https://iam.cn-north-1.amazonaws.com.cn',
    );

    await user.click(screen.getByRole('button', { name: /Region/ }));
    await user.click(screen.getByRole('option', { name: /cn-northwest-1/ }));
    expect(screen.getByText(/sts\.cn-northwest-1\.amazonaws\.com\.cn/)).toBeVisible();
  });

  it('accepts a session token with AWS credentials', async () => {
    await chooseTarget(/^AWS/);
    expect(screen.getByLabelText('Session token')).toHaveAttribute('type', 'password');
  });

  it('says what a custom endpoint connects to and what it needs', async () => {
    const user = await chooseTarget(/Custom endpoint/);
    await user.type(screen.getByLabelText('Endpoint URL'), 'http://127.0.0.1:5055/');
    expect(
      screen.getByText(/http:\/\/127\.0\.0\.1:5055\/, directly from this browser/),
    ).toHaveTextContent(/list http:\/\/127\.0\.0\.1:5055 in CONSOLE_CONNECT_SOURCES/);
  });
});
