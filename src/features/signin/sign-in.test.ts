import { ListAccountAliasesCommand, ListMFADevicesCommand } from '@aws-sdk/client-iam';
import { GetCallerIdentityCommand, GetSessionTokenCommand } from '@aws-sdk/client-sts';
import { describe, expect, it, vi } from 'vitest';
import type { AwsClients } from '../../aws/clients.ts';
import { customTarget, localTarget } from '../../session/targets.ts';
import { emptySignInForm, type SignInForm } from './sign-in-form.ts';
import { signInWithCredentials } from './sign-in.ts';

const ROOT = {
  Account: '123456789012',
  Arn: 'arn:aws:iam::123456789012:root',
  UserId: '123456789012',
};
const ALICE = {
  Account: '123456789012',
  Arn: 'arn:aws:iam::123456789012:user/team/alice',
  UserId: 'AIDAEXAMPLEALICE0001',
};

interface Fakes {
  identity: typeof ROOT;
  aliases?: string[] | Error;
  mfaSerials?: string[];
}

function accessDenied(): Error {
  return Object.assign(new Error('User is not authorized to perform: iam:ListAccountAliases'), {
    name: 'AccessDenied',
    Code: 'AccessDenied',
    $metadata: { httpStatusCode: 403, requestId: 'req-1' },
  });
}

function fakeClients(fakes: Fakes) {
  const sent: unknown[] = [];
  const sts = {
    send: vi.fn(async (command: unknown) => {
      sent.push(command);
      if (command instanceof GetCallerIdentityCommand) return fakes.identity;
      if (command instanceof GetSessionTokenCommand) {
        return {
          Credentials: {
            AccessKeyId: 'ASIAEXAMPLETEMP00001',
            SecretAccessKey: 'temporary-secret',
            SessionToken: 'temporary-token',
            Expiration: new Date('2030-01-01T00:00:00Z'),
          },
        };
      }
      throw new Error('unexpected STS command');
    }),
  };
  const iam = {
    send: vi.fn(async (command: unknown) => {
      sent.push(command);
      if (command instanceof ListAccountAliasesCommand) {
        if (fakes.aliases instanceof Error) throw fakes.aliases;
        return { AccountAliases: fakes.aliases ?? [] };
      }
      if (command instanceof ListMFADevicesCommand) {
        return { MFADevices: (fakes.mfaSerials ?? []).map((SerialNumber) => ({ SerialNumber })) };
      }
      throw new Error('unexpected IAM command');
    }),
  };
  const factory = vi.fn(() => ({ sts, iam }) as unknown as AwsClients);
  return { factory, sent };
}

function form(change: Partial<SignInForm>): SignInForm {
  return {
    ...emptySignInForm(),
    accessKeyId: 'AKIAEXAMPLEKEY000001',
    secretAccessKey: 'fake-secret',
    ...change,
  };
}

const target = localTarget('http://localhost:8080');
const custom = customTarget('http://127.0.0.1:5000/');

describe('signInWithCredentials', () => {
  it('signs the root user in with root keys', async () => {
    const { factory } = fakeClients({ identity: ROOT });
    const session = await signInWithCredentials(form({ style: 'root' }), target, factory);
    expect(session.identity.Arn).toBe(ROOT.Arn);
    expect(session.credentials.AccessKeyId).toBe('AKIAEXAMPLEKEY000001');
    expect(session.target).toEqual(target);
  });

  it("refuses a user's keys in the root style, naming whose they are", async () => {
    const { factory } = fakeClients({ identity: ALICE });
    await expect(signInWithCredentials(form({ style: 'root' }), target, factory)).rejects.toThrow(
      `These keys belong to ${ALICE.Arn}`,
    );
  });

  it('refuses root keys in the IAM-user style', async () => {
    const { factory } = fakeClients({ identity: ROOT });
    const values = form({ style: 'iam-user', account: '123456789012' });
    await expect(signInWithCredentials(values, target, factory)).rejects.toThrow(
      /root user's keys \(arn:aws:iam::123456789012:root\)/,
    );
  });

  it('compares a 12-digit account with the caller account', async () => {
    const { factory } = fakeClients({ identity: ALICE });
    const ok = await signInWithCredentials(
      form({ style: 'iam-user', account: '123456789012' }),
      target,
      factory,
    );
    expect(ok.style).toBe('iam-user');
    await expect(
      signInWithCredentials(form({ style: 'iam-user', account: '210987654321' }), target, factory),
    ).rejects.toThrow(/belong to account 123456789012, not 210987654321/);
  });

  it("accepts an alias only when it is one of the account's aliases", async () => {
    const good = fakeClients({ identity: ALICE, aliases: ['demo-org'] });
    await expect(
      signInWithCredentials(form({ style: 'iam-user', account: 'Demo-Org' }), custom, good.factory),
    ).resolves.toMatchObject({ identity: ALICE });

    const bad = fakeClients({ identity: ALICE, aliases: ['other-org'] });
    await expect(
      signInWithCredentials(form({ style: 'iam-user', account: 'demo-org' }), custom, bad.factory),
    ).rejects.toThrow(/"demo-org" is not an alias of account 123456789012/);
  });

  it('refuses an alias it cannot check because ListAccountAliases is denied', async () => {
    const { factory } = fakeClients({ identity: ALICE, aliases: accessDenied() });
    const values = form({ style: 'iam-user', account: 'demo-org' });
    await expect(signInWithCredentials(values, custom, factory)).rejects.toThrow(
      /could not be verified: .* may not call iam:ListAccountAliases/,
    );
  });

  it('resolves an alias on the local account without the caller listing aliases', async () => {
    const lookups: string[] = [];
    vi.stubGlobal('fetch', async (url: URL) => {
      lookups.push(String(url));
      const known = url.searchParams.get('alias') === 'demo-org';
      return new Response(JSON.stringify(known ? { accountId: '123456789012' } : {}), {
        status: known ? 200 : 404,
      });
    });
    try {
      const { factory } = fakeClients({ identity: ALICE, aliases: accessDenied() });
      const values = form({ style: 'iam-user', account: 'demo-org' });
      await expect(signInWithCredentials(values, target, factory)).resolves.toMatchObject({
        identity: ALICE,
      });
      expect(lookups).toEqual(['http://localhost:8080/local-aws/_account-alias?alias=demo-org']);
      await expect(
        signInWithCredentials(form({ style: 'iam-user', account: 'elsewhere' }), target, factory),
      ).rejects.toThrow(/"elsewhere" is not an alias of account 123456789012/);
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it("uses root's MFA serial and the temporary credentials with an MFA code", async () => {
    const { factory, sent } = fakeClients({ identity: ROOT });
    const session = await signInWithCredentials(
      form({ style: 'root', mfaCode: '123456' }),
      target,
      factory,
    );
    const tokenCall = sent.find(
      (c) => c instanceof GetSessionTokenCommand,
    ) as GetSessionTokenCommand;
    expect(tokenCall.input).toEqual({
      SerialNumber: 'arn:aws:iam::123456789012:mfa/root-account-mfa-device',
      TokenCode: '123456',
    });
    expect(session.credentials).toMatchObject({
      AccessKeyId: 'ASIAEXAMPLETEMP00001',
      SessionToken: 'temporary-token',
      Expiration: '2030-01-01T00:00:00.000Z',
    });
    expect(session.mfaAuthenticated).toBe(true);
  });

  it("uses the user's first MFA device, and says so when there is none", async () => {
    const serial = 'arn:aws:iam::123456789012:mfa/alice-phone';
    const withDevice = fakeClients({ identity: ALICE, mfaSerials: [serial, 'other'] });
    await signInWithCredentials(
      form({ style: 'iam-user', account: '123456789012', mfaCode: '654321' }),
      target,
      withDevice.factory,
    );
    const tokenCall = withDevice.sent.find(
      (c) => c instanceof GetSessionTokenCommand,
    ) as GetSessionTokenCommand;
    expect(tokenCall.input.SerialNumber).toBe(serial);

    const without = fakeClients({ identity: ALICE, mfaSerials: [] });
    await expect(
      signInWithCredentials(
        form({ style: 'iam-user', account: '123456789012', mfaCode: '654321' }),
        target,
        without.factory,
      ),
    ).rejects.toThrow(/has no MFA device/);
  });
});
