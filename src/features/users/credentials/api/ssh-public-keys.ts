import {
  DeleteSSHPublicKeyCommand,
  GetSSHPublicKeyCommand,
  ListSSHPublicKeysCommand,
  UpdateSSHPublicKeyCommand,
  UploadSSHPublicKeyCommand,
  type DeleteSSHPublicKeyCommandInput,
  type IAMClient,
  type UpdateSSHPublicKeyCommandInput,
  type UploadSSHPublicKeyCommandInput,
} from '@aws-sdk/client-iam';
import { queryOptions, useQueryClient } from '@tanstack/react-query';
import { useGuardedMutation } from '../../../../aws/guarded-mutation.ts';
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
  return useGuardedMutation({
    mutationFn: (input: UploadSSHPublicKeyCommandInput) =>
      iam.send(new UploadSSHPublicKeyCommand(input)),
    onSuccess: invalidate,
  });
}

export function useUpdateSshPublicKey(iam: IAMClient, UserName: string) {
  const invalidate = useInvalidateSshKeys(UserName);
  return useGuardedMutation({
    mutationFn: (input: UpdateSSHPublicKeyCommandInput) =>
      iam.send(new UpdateSSHPublicKeyCommand(input)),
    onSuccess: invalidate,
  });
}

export function useDeleteSshPublicKey(iam: IAMClient, UserName: string) {
  const queryClient = useQueryClient();
  const invalidate = useInvalidateSshKeys(UserName);
  return useGuardedMutation({
    mutationFn: (input: DeleteSSHPublicKeyCommandInput) =>
      iam.send(new DeleteSSHPublicKeyCommand(input)),
    onSuccess: async (_output, { SSHPublicKeyId = '' }) => {
      queryClient.removeQueries({ queryKey: userKeys.sshPublicKey(UserName, SSHPublicKeyId) });
      await invalidate();
    },
  });
}
