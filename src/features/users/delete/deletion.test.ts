import type { IAMClient } from '@aws-sdk/client-iam';
import { describe, expect, it, vi } from 'vitest';
import type { UserBlockers } from './deletion-blockers.ts';
import { planUserDeletion } from './deletion-plan.ts';
import { runDeletions } from './run-deletion.ts';

const none: Omit<UserBlockers, 'UserName'> = {
  hasLoginProfile: false,
  AccessKeys: [],
  MFADevices: [],
  SSHPublicKeys: [],
  Certificates: [],
  AttachedPolicies: [],
  PolicyNames: [],
  Groups: [],
};

const everything: UserBlockers = {
  UserName: 'alice',
  hasLoginProfile: true,
  AccessKeys: [{ AccessKeyId: 'AKIAEXAMPLE000000001' }],
  MFADevices: [
    {
      UserName: 'alice',
      SerialNumber: 'arn:aws:iam::123456789012:mfa/alice',
      EnableDate: undefined,
    },
    { UserName: 'alice', SerialNumber: 'GAHT12345678', EnableDate: undefined },
  ],
  SSHPublicKeys: [
    {
      UserName: 'alice',
      SSHPublicKeyId: 'APKAEXAMPLE000000001',
      Status: 'Active',
      UploadDate: undefined,
    },
  ],
  Certificates: [
    {
      UserName: 'alice',
      CertificateId: 'CERTEXAMPLE1',
      CertificateBody: '',
      Status: 'Active',
    },
  ],
  AttachedPolicies: [
    { PolicyName: 'ReadOnlyAccess', PolicyArn: 'arn:aws:iam::aws:policy/ReadOnlyAccess' },
  ],
  PolicyNames: ['inline-s3'],
  Groups: [
    {
      GroupName: 'Developers',
      Path: '/',
      GroupId: 'AGPAEXAMPLE',
      Arn: 'arn:aws:iam::123456789012:group/Developers',
      CreateDate: undefined,
    },
  ],
};

describe('planUserDeletion', () => {
  it('removes every blocker in the user guide order, then deletes the user', () => {
    expect(planUserDeletion(everything).map((step) => step.request)).toEqual([
      { Action: 'DeleteLoginProfile', input: { UserName: 'alice' } },
      {
        Action: 'DeleteAccessKey',
        input: { UserName: 'alice', AccessKeyId: 'AKIAEXAMPLE000000001' },
      },
      {
        Action: 'DeleteSigningCertificate',
        input: { UserName: 'alice', CertificateId: 'CERTEXAMPLE1' },
      },
      {
        Action: 'DeleteSSHPublicKey',
        input: { UserName: 'alice', SSHPublicKeyId: 'APKAEXAMPLE000000001' },
      },
      {
        Action: 'DeactivateMFADevice',
        input: { UserName: 'alice', SerialNumber: 'arn:aws:iam::123456789012:mfa/alice' },
      },
      {
        Action: 'DeleteVirtualMFADevice',
        input: { SerialNumber: 'arn:aws:iam::123456789012:mfa/alice' },
      },
      // A hardware device is only deactivated: there is nothing in IAM to delete.
      { Action: 'DeactivateMFADevice', input: { UserName: 'alice', SerialNumber: 'GAHT12345678' } },
      { Action: 'DeleteUserPolicy', input: { UserName: 'alice', PolicyName: 'inline-s3' } },
      {
        Action: 'DetachUserPolicy',
        input: { UserName: 'alice', PolicyArn: 'arn:aws:iam::aws:policy/ReadOnlyAccess' },
      },
      { Action: 'RemoveUserFromGroup', input: { GroupName: 'Developers', UserName: 'alice' } },
      { Action: 'DeleteUser', input: { UserName: 'alice' } },
    ]);
  });

  it('is just DeleteUser for a user with nothing attached', () => {
    expect(planUserDeletion({ UserName: 'bob', ...none }).map((step) => step.label)).toEqual([
      'Delete user bob',
    ]);
  });
});

describe('runDeletions', () => {
  function fakeIam(failOn?: string) {
    const calls: string[] = [];
    const send = vi.fn(async (command: { constructor: { name: string }; input: object }) => {
      const name = command.constructor.name;
      calls.push(name);
      if (name === failOn) {
        throw Object.assign(new Error('Cannot delete entity, must detach all policies first.'), {
          name: 'DeleteConflictException',
          Code: 'DeleteConflict',
          $metadata: { httpStatusCode: 409, requestId: 'req-del-1' },
        });
      }
      return {};
    });
    return { iam: { send } as unknown as IAMClient, calls };
  }

  it('deletes each user in turn and reports progress', async () => {
    const { iam, calls } = fakeIam();
    const onProgress = vi.fn();
    const plans = [
      { UserName: 'bob', steps: planUserDeletion({ UserName: 'bob', ...none }) },
      {
        UserName: 'carol',
        steps: planUserDeletion({ UserName: 'carol', ...none, hasLoginProfile: true }),
      },
    ];
    const result = await runDeletions(iam, plans, onProgress);
    expect(result).toEqual({ deleted: ['bob', 'carol'] });
    expect(calls).toEqual(['DeleteUserCommand', 'DeleteLoginProfileCommand', 'DeleteUserCommand']);
    const last = onProgress.mock.calls.at(-1)?.[0];
    expect(
      last.flatMap((user: { steps: { status: string }[] }) => user.steps.map((s) => s.status)),
    ).toEqual(['success', 'success', 'success']);
  });

  it('stops at the first failure and says which user and which step', async () => {
    const { iam, calls } = fakeIam('DetachUserPolicyCommand');
    const plans = [
      { UserName: 'alice', steps: planUserDeletion(everything) },
      { UserName: 'bob', steps: planUserDeletion({ UserName: 'bob', ...none }) },
    ];
    const result = await runDeletions(iam, plans, () => undefined);
    expect(result.deleted).toEqual([]);
    expect(result.failure).toMatchObject({
      UserName: 'alice',
      step: 'Detach policy ReadOnlyAccess',
    });
    expect(calls.at(-1)).toBe('DetachUserPolicyCommand');
    expect(calls).not.toContain('DeleteUserCommand');
  });
});
