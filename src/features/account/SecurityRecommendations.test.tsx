import { screen } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { storeSession } from '../../session/storage.ts';
import { customTarget } from '../../session/targets.ts';
import { renderWithProviders } from '../../test/render.tsx';
import { SecurityRecommendations } from './SecurityRecommendations.tsx';

/** Users by name: whether each has a console password and an MFA device. */
let users: Record<string, { password: boolean; mfa: boolean }> = {};

const send = vi.fn((command: { constructor: { name: string }; input: { UserName?: string } }) => {
  const user = users[command.input.UserName ?? ''];
  switch (command.constructor.name) {
    case 'GetAccountSummaryCommand':
      return Promise.resolve({ SummaryMap: { AccountMFAEnabled: 1 } });
    case 'ListUsersCommand':
      return Promise.resolve({ Users: Object.keys(users).map((UserName) => ({ UserName })) });
    case 'GetLoginProfileCommand':
      if (user?.password) return Promise.resolve({ LoginProfile: {} });
      return Promise.reject(Object.assign(new Error('none'), { name: 'NoSuchEntity' }));
    case 'ListMFADevicesCommand':
      return Promise.resolve({ MFADevices: user?.mfa ? [{ SerialNumber: 'arn:mfa' }] : [] });
    case 'ListAccessKeysCommand':
      return Promise.resolve({ AccessKeyMetadata: [] });
    default:
      return Promise.reject(new Error(`unexpected ${command.constructor.name}`));
  }
});
vi.mock('../../aws/clients.ts', () => ({
  createAwsClients: () => ({ iam: { send }, sts: { send } }),
}));

beforeEach(() => {
  storeSession({
    target: customTarget('http://127.0.0.1:9/'),
    credentials: { AccessKeyId: 'AKIAEXAMPLEKEY000001', SecretAccessKey: 'fake-secret' },
    identity: { Account: '123456789012', Arn: 'arn:aws:iam::123456789012:root', UserId: 'x' },
    style: 'root',
    mfaAuthenticated: false,
  });
});

/** The status indicator's icon type, from the finding's text. */
async function findingType(text: string): Promise<string | undefined> {
  const finding = await screen.findByText(text);
  const indicator = finding.closest('[class*="awsui_status-"]');
  return /awsui_status-(success|warning|info)/.exec(indicator?.className ?? '')?.[1];
}

describe('SecurityRecommendations, console users and MFA', () => {
  it('says plainly that no user has a console password, not that all have MFA', async () => {
    users = { 'ci-deployer': { password: false, mfa: false } };
    renderWithProviders(<SecurityRecommendations />);
    expect(await findingType('No user has a console password')).toBe('info');
    expect(screen.queryByText('Every user with a console password has MFA')).toBeNull();
  });

  it('keeps the success for when some users have a console password and all have MFA', async () => {
    users = {
      ana: { password: true, mfa: true },
      'ci-deployer': { password: false, mfa: false },
    };
    renderWithProviders(<SecurityRecommendations />);
    expect(await findingType('Every user with a console password has MFA')).toBe('success');
  });

  it('names the console users without MFA as a warning', async () => {
    users = { ana: { password: true, mfa: false } };
    renderWithProviders(<SecurityRecommendations />);
    expect(await findingType('1 user with a console password and no MFA')).toBe('warning');
    expect(screen.getByRole('link', { name: 'ana' })).toBeTruthy();
  });
});
