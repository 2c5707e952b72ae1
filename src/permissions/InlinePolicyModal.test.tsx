import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { storeSession } from '../session/storage.ts';
import { customTarget } from '../session/targets.ts';
import { renderWithProviders } from '../test/render.tsx';
import { InlinePolicyModal } from './InlinePolicyModal.tsx';

const send = vi.fn();
vi.mock('../aws/clients.ts', () => ({
  createAwsClients: () => ({ iam: { send }, sts: { send } }),
}));

beforeEach(() => {
  send.mockReset();
  storeSession({
    target: customTarget('http://127.0.0.1:9/'),
    credentials: { AccessKeyId: 'AKIAEXAMPLEKEY000001', SecretAccessKey: 'fake-secret' },
    identity: { Account: '123456789012', Arn: 'arn:aws:iam::123456789012:root', UserId: 'x' },
    style: 'root',
    mfaAuthenticated: false,
  });
});

function renderModal() {
  renderWithProviders(
    <InlinePolicyModal owner={{ kind: 'user', name: 'ana' }} onDismiss={() => undefined} />,
  );
  return screen.getByRole('textbox', { name: 'Policy document' });
}

describe('InlinePolicyModal', () => {
  it('shows grammar problems as they are typed; sends nothing until they are fixed', async () => {
    const user = userEvent.setup();
    const editor = renderModal();
    await user.type(screen.getByRole('textbox', { name: 'Policy name' }), 'bad name');

    await user.clear(editor);
    await user.click(editor);
    await user.paste('{"Statement": {"Effect": "Permit", "Action": "s3:Get*"}}');
    expect(screen.getByText('Statement.Effect must be "Allow" or "Deny".')).toBeTruthy();
    expect(screen.getByText(/exactly one of Resource and NotResource/)).toBeTruthy();
    expect(screen.getByText('Use letters, digits and + = , . @ _ - only.')).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Add policy' }));
    expect(send).not.toHaveBeenCalled();
  });

  it('shows IAM refusal with its code and request ID', async () => {
    send.mockRejectedValue(
      Object.assign(new Error('Syntax errors in policy.'), {
        name: 'MalformedPolicyDocument',
        Code: 'MalformedPolicyDocument',
        $metadata: { httpStatusCode: 400, requestId: 'req-put-1' },
      }),
    );
    const user = userEvent.setup();
    renderModal();
    await user.type(screen.getByRole('textbox', { name: 'Policy name' }), 'read-s3');
    await user.click(screen.getByRole('button', { name: 'Add policy' }));

    expect(await screen.findByText(/IAM refused the policy: MalformedPolicyDocument/)).toBeTruthy();
    expect(screen.getByText('Syntax errors in policy.')).toBeTruthy();
    expect(screen.getByText(/req-put-1/)).toBeTruthy();
    expect(send).toHaveBeenCalledTimes(1);
  });
});
