import {
  DeleteSigningCertificateCommand,
  ListSigningCertificatesCommand,
  UpdateSigningCertificateCommand,
  UploadSigningCertificateCommand,
  type IAMClient,
  type StatusType,
} from '@aws-sdk/client-iam';
import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
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
  return useMutation({
    mutationFn: (CertificateBody: string) =>
      iam.send(new UploadSigningCertificateCommand({ UserName, CertificateBody })),
    onSuccess: invalidate,
  });
}

export function useUpdateSigningCertificate(iam: IAMClient, UserName: string) {
  const invalidate = useInvalidateCertificates(UserName);
  return useMutation({
    mutationFn: (input: { Id: string; Status: StatusType }) =>
      iam.send(
        new UpdateSigningCertificateCommand({
          UserName,
          CertificateId: input.Id,
          Status: input.Status,
        }),
      ),
    onSuccess: invalidate,
  });
}

export function useDeleteSigningCertificate(iam: IAMClient, UserName: string) {
  const invalidate = useInvalidateCertificates(UserName);
  return useMutation({
    mutationFn: (CertificateId: string) =>
      iam.send(new DeleteSigningCertificateCommand({ UserName, CertificateId })),
    onSuccess: invalidate,
  });
}
