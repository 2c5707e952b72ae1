import {
  DeleteSigningCertificateCommand,
  ListSigningCertificatesCommand,
  UpdateSigningCertificateCommand,
  UploadSigningCertificateCommand,
  type DeleteSigningCertificateCommandInput,
  type IAMClient,
  type UpdateSigningCertificateCommandInput,
  type UploadSigningCertificateCommandInput,
} from '@aws-sdk/client-iam';
import { queryOptions, useQueryClient } from '@tanstack/react-query';
import { useGuardedMutation } from '../../../../aws/guarded-mutation.ts';
import { listAll } from '../../../../aws/paging.ts';
import { userKeys } from '../../../../aws/query-keys.ts';

export function signingCertificatesQuery(iam: IAMClient, UserName: string) {
  return queryOptions({
    queryKey: userKeys.signingCertificates(UserName),
    queryFn: () =>
      listAll(
        (Marker) => iam.send(new ListSigningCertificatesCommand({ UserName, Marker })),
        (page) => page.Certificates,
      ),
  });
}

function useInvalidateCertificates(UserName: string) {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: userKeys.signingCertificates(UserName) });
}

export function useUploadSigningCertificate(iam: IAMClient, UserName: string) {
  const invalidate = useInvalidateCertificates(UserName);
  return useGuardedMutation({
    mutationFn: (input: UploadSigningCertificateCommandInput) =>
      iam.send(new UploadSigningCertificateCommand(input)),
    onSuccess: invalidate,
  });
}

export function useUpdateSigningCertificate(iam: IAMClient, UserName: string) {
  const invalidate = useInvalidateCertificates(UserName);
  return useGuardedMutation({
    mutationFn: (input: UpdateSigningCertificateCommandInput) =>
      iam.send(new UpdateSigningCertificateCommand(input)),
    onSuccess: invalidate,
  });
}

export function useDeleteSigningCertificate(iam: IAMClient, UserName: string) {
  const invalidate = useInvalidateCertificates(UserName);
  return useGuardedMutation({
    mutationFn: (input: DeleteSigningCertificateCommandInput) =>
      iam.send(new DeleteSigningCertificateCommand(input)),
    onSuccess: invalidate,
  });
}
