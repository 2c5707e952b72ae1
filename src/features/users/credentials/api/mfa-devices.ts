import {
  CreateVirtualMFADeviceCommand,
  DeactivateMFADeviceCommand,
  DeleteVirtualMFADeviceCommand,
  EnableMFADeviceCommand,
  ListMFADevicesCommand,
  type CreateVirtualMFADeviceCommandInput,
  type EnableMFADeviceCommandInput,
  type IAMClient,
} from '@aws-sdk/client-iam';
import type { IamRequest } from '../../../../code/iam-request.ts';
import { sendIamRequest } from '../../../../code/send-iam-request.ts';
import { queryOptions, useQueryClient } from '@tanstack/react-query';
import { useGuardedMutation } from '../../../../aws/guarded-mutation.ts';
import { listAll } from '../../../../aws/paging.ts';
import { userKeys } from '../../../../aws/query-keys.ts';

export function mfaDevicesQuery(iam: IAMClient, UserName: string) {
  return queryOptions({
    queryKey: userKeys.mfaDevices(UserName),
    queryFn: () =>
      listAll(
        (Marker) => iam.send(new ListMFADevicesCommand({ UserName, Marker })),
        (page) => page.MFADevices,
      ),
  });
}

/** Virtual devices have ARNs ending in :mfa/<name>; hardware and FIDO devices do not. */
export function isVirtualMfaSerial(SerialNumber: string): boolean {
  return /^arn:aws[\w-]*:iam::\d{12}:mfa\//.test(SerialNumber);
}

function base64Of(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}

export interface NewVirtualMfaDevice {
  SerialNumber: string;
  /** The TOTP secret in Base32, as authenticator apps take it when typed in. */
  Base32StringSeed: string;
  qrCodeDataUrl: string;
}

/**
 * The SDK hands both blobs over as bytes: Base32StringSeed is the Base32 text itself and
 * QRCodePNG a PNG image.
 * https://docs.aws.amazon.com/IAM/latest/APIReference/API_VirtualMFADevice.html
 */
export function useCreateVirtualMfaDevice(iam: IAMClient) {
  return useGuardedMutation({
    mutationFn: async (input: CreateVirtualMFADeviceCommandInput): Promise<NewVirtualMfaDevice> => {
      const output = await iam.send(new CreateVirtualMFADeviceCommand(input));
      const device = output.VirtualMFADevice;
      if (!device?.SerialNumber || !device.Base32StringSeed || !device.QRCodePNG) {
        throw new Error('CreateVirtualMFADevice answered without a serial, seed or QR code.');
      }
      return {
        SerialNumber: device.SerialNumber,
        Base32StringSeed: new TextDecoder().decode(device.Base32StringSeed),
        qrCodeDataUrl: `data:image/png;base64,${base64Of(device.QRCodePNG)}`,
      };
    },
  });
}

export type UnassignedMfaDeletion = Extract<IamRequest, { Action: 'DeleteVirtualMFADevice' }>;

/** A device created for an assignment that was cancelled: deleted, so no orphan lingers. */
export function unassignedMfaDeletion(SerialNumber: string): UnassignedMfaDeletion {
  return { Action: 'DeleteVirtualMFADevice', input: { SerialNumber } };
}

export function useDeleteVirtualMfaDevice(iam: IAMClient) {
  return useGuardedMutation({
    mutationFn: (request: UnassignedMfaDeletion) => sendIamRequest(iam, request),
  });
}

export function useEnableMfaDevice(iam: IAMClient, UserName: string) {
  const queryClient = useQueryClient();
  return useGuardedMutation({
    mutationFn: (input: EnableMFADeviceCommandInput) => iam.send(new EnableMFADeviceCommand(input)),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: userKeys.mfaDevices(UserName) }),
  });
}

export type MfaRemovalRequest = Extract<
  IamRequest,
  { Action: 'DeactivateMFADevice' | 'DeleteVirtualMFADevice' }
>;

/** Deactivates, then deletes a virtual device: IAM refuses to delete an assigned one. */
export function mfaRemovalRequests(UserName: string, SerialNumber: string): MfaRemovalRequest[] {
  const requests: MfaRemovalRequest[] = [
    { Action: 'DeactivateMFADevice', input: { UserName, SerialNumber } },
  ];
  if (isVirtualMfaSerial(SerialNumber)) {
    requests.push({ Action: 'DeleteVirtualMFADevice', input: { SerialNumber } });
  }
  return requests;
}

export function useRemoveMfaDevice(iam: IAMClient, UserName: string) {
  const queryClient = useQueryClient();
  return useGuardedMutation({
    mutationFn: async (requests: readonly MfaRemovalRequest[]) => {
      for (const request of requests) {
        if (request.Action === 'DeactivateMFADevice') {
          await iam.send(new DeactivateMFADeviceCommand(request.input));
        } else {
          await iam.send(new DeleteVirtualMFADeviceCommand(request.input));
        }
      }
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: userKeys.mfaDevices(UserName) }),
  });
}
