import {
  DeleteSSHPublicKeyCommand,
  GetSSHPublicKeyCommand,
  ListSSHPublicKeysCommand,
  UpdateSSHPublicKeyCommand,
  UploadSSHPublicKeyCommand,
  type IAMClient,
  type StatusType,
} from '@aws-sdk/client-iam';
import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { listAll } from '../../../../aws/paging.ts';
import { userKeys } from '../../../../aws/query-keys.ts';

export function sshPublicKeysQuery(iam: IAMClient, UserName: string) {
  return queryOptions({
    queryKey: userKeys.sshPublicKeys(UserName),
    queryFn: () =>
      listAll(
        (Marker) => iam.send(new ListSSHPublicKeysCommand({ UserName, Marker })),
        (page) => page.SSHPublicKeys,
      ),
  });
}

/** ListSSHPublicKeys leaves the fingerprint out; GetSSHPublicKey gives it (either encoding). */
export function sshPublicKeyFingerprintQuery(
  iam: IAMClient,
  UserName: string,
  SSHPublicKeyId: string,
) {
  return queryOptions({
    queryKey: userKeys.sshPublicKey(UserName, SSHPublicKeyId),
    queryFn: async () => {
      const output = await iam.send(
        new GetSSHPublicKeyCommand({ UserName, SSHPublicKeyId, Encoding: 'SSH' }),
      );
      return output.SSHPublicKey?.Fingerprint ?? null;
    },
    // A key's fingerprint never changes.
    staleTime: Infinity,
  });
}

function useInvalidateSshKeys(UserName: string) {
  const queryClient = useQueryClient();
  return () =>
    queryClient.invalidateQueries({ queryKey: userKeys.sshPublicKeys(UserName), exact: true });
}

export function useUploadSshPublicKey(iam: IAMClient, UserName: string) {
  const invalidate = useInvalidateSshKeys(UserName);
  return useMutation({
    mutationFn: (SSHPublicKeyBody: string) =>
      iam.send(new UploadSSHPublicKeyCommand({ UserName, SSHPublicKeyBody })),
    onSuccess: invalidate,
  });
}

export function useUpdateSshPublicKey(iam: IAMClient, UserName: string) {
  const invalidate = useInvalidateSshKeys(UserName);
  return useMutation({
    mutationFn: (input: { Id: string; Status: StatusType }) =>
      iam.send(
        new UpdateSSHPublicKeyCommand({ UserName, SSHPublicKeyId: input.Id, Status: input.Status }),
      ),
    onSuccess: invalidate,
  });
}

export function useDeleteSshPublicKey(iam: IAMClient, UserName: string) {
  const queryClient = useQueryClient();
  const invalidate = useInvalidateSshKeys(UserName);
  return useMutation({
    mutationFn: (SSHPublicKeyId: string) =>
      iam.send(new DeleteSSHPublicKeyCommand({ UserName, SSHPublicKeyId })),
    onSuccess: async (_output, SSHPublicKeyId) => {
      queryClient.removeQueries({ queryKey: userKeys.sshPublicKey(UserName, SSHPublicKeyId) });
      await invalidate();
    },
  });
}
