import {
  CreateUserCommand,
  CreateVirtualMFADeviceCommand,
  DeactivateMFADeviceCommand,
  DeleteConflictException,
  DeleteUserCommand,
  DeleteVirtualMFADeviceCommand,
  EnableMFADeviceCommand,
  GetAccountSummaryCommand,
  EntityAlreadyExistsException,
  IAMClient,
  InvalidAuthenticationCodeException,
  ListMFADevicesCommand,
  ListMFADeviceTagsCommand,
  ListVirtualMFADevicesCommand,
  NoSuchEntityException,
  ResyncMFADeviceCommand,
} from '@aws-sdk/client-iam';
import { Secret, TOTP } from 'otpauth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rejectionOf, startHarness, TEST_ACCOUNT_ID, type Harness } from './test/harness.ts';
import { post, xmlAt } from './test/raw.ts';

let harness: Harness;
let iam: IAMClient;
beforeAll(async () => {
  harness = await startHarness();
  iam = harness.iam();
  await iam.send(new CreateUserCommand({ UserName: 'mfa-user' }));
});
afterAll(() => harness.close());

/** Codes as an authenticator app computes them from the returned seed. */
function codesFor(base32StringSeed: Uint8Array, at = Date.now()) {
  const totp = new TOTP({
    secret: Secret.fromBase32(Buffer.from(base32StringSeed).toString('ascii')),
    algorithm: 'SHA1',
    digits: 6,
    period: 30,
  });
  return {
    previous: totp.generate({ timestamp: at - 30_000 }),
    current: totp.generate({ timestamp: at }),
  };
}

async function createDevice(VirtualMFADeviceName: string, Path?: string) {
  const out = await iam.send(new CreateVirtualMFADeviceCommand({ VirtualMFADeviceName, Path }));
  return out.VirtualMFADevice!;
}

async function enable(
  UserName: string | undefined,
  device: { SerialNumber?: string; Base32StringSeed?: Uint8Array },
) {
  const codes = codesFor(device.Base32StringSeed!);
  await iam.send(
    new EnableMFADeviceCommand({
      UserName,
      SerialNumber: device.SerialNumber,
      AuthenticationCode1: codes.previous,
      AuthenticationCode2: codes.current,
    }),
  );
}

describe('CreateVirtualMFADevice', () => {
  it('returns the ARN serial with path, a base32 seed and a PNG QR code, once', async () => {
    const out = await iam.send(
      new CreateVirtualMFADeviceCommand({
        VirtualMFADeviceName: 'phone',
        Path: '/team/',
        Tags: [{ Key: 'owner', Value: 'mfa-user' }],
      }),
    );
    const device = out.VirtualMFADevice!;
    expect(device.SerialNumber).toBe(`arn:aws:iam::${TEST_ACCOUNT_ID}:mfa/team/phone`);
    expect(Buffer.from(device.Base32StringSeed!).toString('ascii')).toMatch(/^[A-Z2-7]{32}$/);
    expect(Buffer.from(device.QRCodePNG!).subarray(0, 8)).toEqual(
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    );
    expect(device.Tags).toEqual([{ Key: 'owner', Value: 'mfa-user' }]);
    const tags = await iam.send(
      new ListMFADeviceTagsCommand({ SerialNumber: device.SerialNumber }),
    );
    expect(tags.Tags).toEqual([{ Key: 'owner', Value: 'mfa-user' }]);
  });

  it('refuses the same path and name with EntityAlreadyExists (409)', async () => {
    await createDevice('twice');
    const error = await rejectionOf(createDevice('twice'));
    expect(error).toBeInstanceOf(EntityAlreadyExistsException);
    expect(error.$metadata.httpStatusCode).toBe(409);
  });
});

describe('EnableMFADevice and ListMFADevices', () => {
  it('assigns a device after two consecutive codes and lists it with its EnableDate', async () => {
    const device = await createDevice('mfa-user-phone');
    await enable('mfa-user', device);
    const out = await iam.send(new ListMFADevicesCommand({ UserName: 'mfa-user' }));
    expect(out.IsTruncated).toBe(false);
    expect(out.MFADevices).toEqual([
      {
        UserName: 'mfa-user',
        SerialNumber: device.SerialNumber,
        EnableDate: expect.any(Date),
      },
    ]);
  });

  it('refuses wrong codes with InvalidAuthenticationCode (403)', async () => {
    const device = await createDevice('wrong-codes');
    const error = await rejectionOf(
      iam.send(
        new EnableMFADeviceCommand({
          UserName: 'mfa-user',
          SerialNumber: device.SerialNumber,
          AuthenticationCode1: '000000',
          AuthenticationCode2: '000001',
        }),
      ),
    );
    expect(error).toBeInstanceOf(InvalidAuthenticationCodeException);
    expect(error.$metadata.httpStatusCode).toBe(403);
  });

  it('refuses a device already assigned, and an unknown serial number', async () => {
    const device = await createDevice('taken');
    await enable('mfa-user', device);
    await expect(enable('mfa-user', device)).rejects.toBeInstanceOf(EntityAlreadyExistsException);
    const ghost = {
      SerialNumber: `arn:aws:iam::${TEST_ACCOUNT_ID}:mfa/ghost`,
      Base32StringSeed: device.Base32StringSeed,
    };
    await expect(enable('mfa-user', ghost)).rejects.toBeInstanceOf(NoSuchEntityException);
  });

  it('resyncs an assigned device with two later codes, refusing replayed ones', async () => {
    const device = await createDevice('resync');
    await iam.send(new CreateUserCommand({ UserName: 'resync-user' }));
    await enable('resync-user', device);
    const replayed = codesFor(device.Base32StringSeed!);
    const error = await rejectionOf(
      iam.send(
        new ResyncMFADeviceCommand({
          UserName: 'resync-user',
          SerialNumber: device.SerialNumber,
          AuthenticationCode1: replayed.previous,
          AuthenticationCode2: replayed.current,
        }),
      ),
    );
    expect(error).toBeInstanceOf(InvalidAuthenticationCodeException);
  });
});

describe('ListVirtualMFADevices', () => {
  it('defaults to any status; assigned ones carry User and EnableDate; never a seed', async () => {
    const raw = await post(harness.endpoint, {
      Action: 'ListVirtualMFADevices',
      Version: '2010-05-08',
    });
    expect(raw.status).toBe(200);
    expect(raw.text).not.toContain('Base32StringSeed');
    expect(raw.text).not.toContain('QRCodePNG');

    const all = await iam.send(new ListVirtualMFADevicesCommand({}));
    const assigned = await iam.send(
      new ListVirtualMFADevicesCommand({ AssignmentStatus: 'Assigned' }),
    );
    const unassigned = await iam.send(
      new ListVirtualMFADevicesCommand({ AssignmentStatus: 'Unassigned' }),
    );
    expect(all.VirtualMFADevices!.length).toBe(
      assigned.VirtualMFADevices!.length + unassigned.VirtualMFADevices!.length,
    );
    for (const device of assigned.VirtualMFADevices!) {
      expect(device.User?.Arn).toMatch(/:user\//);
      expect(device.EnableDate).toBeInstanceOf(Date);
    }
    for (const device of unassigned.VirtualMFADevices!) {
      expect(device.User).toBeUndefined();
      expect(device.EnableDate).toBeUndefined();
    }
  });

  it('shows the root user on a device the root user enabled for itself', async () => {
    const before = await iam.send(new GetAccountSummaryCommand({}));
    expect(before.SummaryMap?.AccountMFAEnabled).toBe(0);
    const device = await createDevice('root-account-mfa-device');
    await enable(undefined, device);
    const after = await iam.send(new GetAccountSummaryCommand({}));
    expect(after.SummaryMap?.AccountMFAEnabled).toBe(1);
    const { VirtualMFADevices } = await iam.send(
      new ListVirtualMFADevicesCommand({ AssignmentStatus: 'Assigned' }),
    );
    const root = VirtualMFADevices!.find((entry) => entry.SerialNumber === device.SerialNumber);
    expect(root?.User).toMatchObject({
      UserId: TEST_ACCOUNT_ID,
      Arn: `arn:aws:iam::${TEST_ACCOUNT_ID}:root`,
    });
    const own = await iam.send(new ListMFADevicesCommand({}));
    expect(own.MFADevices?.map((entry) => entry.SerialNumber)).toEqual([device.SerialNumber]);
  });
});

describe('DeactivateMFADevice, DeleteVirtualMFADevice and DeleteUser', () => {
  it('refuses to delete an assigned device or its user; both go after deactivation', async () => {
    await iam.send(new CreateUserCommand({ UserName: 'leaving' }));
    const device = await createDevice('leaving-phone');
    await enable('leaving', device);

    const busy = await rejectionOf(
      iam.send(new DeleteVirtualMFADeviceCommand({ SerialNumber: device.SerialNumber })),
    );
    expect(busy).toBeInstanceOf(DeleteConflictException);
    expect(busy.$metadata.httpStatusCode).toBe(409);
    const blocked = await rejectionOf(iam.send(new DeleteUserCommand({ UserName: 'leaving' })));
    expect(blocked.message).toBe('Cannot delete entity, must delete MFA device first.');

    await iam.send(
      new DeactivateMFADeviceCommand({ UserName: 'leaving', SerialNumber: device.SerialNumber }),
    );
    await iam.send(new DeleteUserCommand({ UserName: 'leaving' }));
    await iam.send(new DeleteVirtualMFADeviceCommand({ SerialNumber: device.SerialNumber }));
    const gone = await rejectionOf(
      iam.send(new DeleteVirtualMFADeviceCommand({ SerialNumber: device.SerialNumber })),
    );
    expect(gone).toBeInstanceOf(NoSuchEntityException);
  });

  it('answers NoSuchEntity when deactivating a device the user does not hold', async () => {
    const device = await createDevice('not-held');
    const error = await rejectionOf(
      iam.send(
        new DeactivateMFADeviceCommand({ UserName: 'mfa-user', SerialNumber: device.SerialNumber }),
      ),
    );
    expect(error).toBeInstanceOf(NoSuchEntityException);
  });
});

describe('raw XML', () => {
  it('sends Base32StringSeed and QRCodePNG base64-encoded', async () => {
    const raw = await post(harness.endpoint, {
      Action: 'CreateVirtualMFADevice',
      Version: '2010-05-08',
      VirtualMFADeviceName: 'raw-device',
    });
    const path = 'CreateVirtualMFADeviceResponse.CreateVirtualMFADeviceResult.VirtualMFADevice';
    const seed = xmlAt(raw.text, `${path}.Base32StringSeed`) as string;
    expect(Buffer.from(seed, 'base64').toString('ascii')).toMatch(/^[A-Z2-7]{32}$/);
    expect(xmlAt(raw.text, `${path}.QRCodePNG`)).toMatch(/^iVBORw0KGgo/);
  });
});
