import type { SigningCertificate } from '@aws-sdk/client-iam';
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import Header from '@cloudscape-design/components/header';
import Table from '@cloudscape-design/components/table';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { formatDateTime } from '../../../components/format.ts';
import { useSignedIn } from '../../../session/SessionContext.tsx';
import {
  signingCertificatesQuery,
  useDeleteSigningCertificate,
  useUpdateSigningCertificate,
  useUploadSigningCertificate,
} from './api/signing-certificates.ts';
import { validateCertificateBody } from './credential-bodies.ts';
import { StatusActions } from './StatusActions.tsx';
import { UploadBodyModal } from './UploadBodyModal.tsx';
import { statusActionsColumn, statusColumn } from './status-column.tsx';

// "Signing certificates assigned per user: 2."
// https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_iam-quotas.html
const CERTIFICATES_PER_USER = 2;

interface CertificateActionsProps {
  UserName: string;
  certificate: SigningCertificate;
}

function CertificateActions({ UserName, certificate }: CertificateActionsProps) {
  const { clients } = useSignedIn();
  const update = useUpdateSigningCertificate(clients.iam, UserName);
  const remove = useDeleteSigningCertificate(clients.iam, UserName);
  const CertificateId = certificate.CertificateId ?? '';
  const Status = certificate.Status === 'Active' ? 'Inactive' : 'Active';

  return (
    <StatusActions
      name={`certificate ${CertificateId}`}
      Status={certificate.Status}
      statusRequest={{
        Action: 'UpdateSigningCertificate',
        input: { UserName, CertificateId, Status },
      }}
      deleteRequest={{ Action: 'DeleteSigningCertificate', input: { UserName, CertificateId } }}
      update={update}
      remove={remove}
      consequence="Requests signed with this certificate are refused from now on."
    />
  );
}

export function SigningCertificatesSection({ UserName }: { UserName: string }) {
  const { clients } = useSignedIn();
  const certificates = useQuery(signingCertificatesQuery(clients.iam, UserName));
  const upload = useUploadSigningCertificate(clients.iam, UserName);
  const [uploading, setUploading] = useState(false);
  const full = (certificates.data?.length ?? 0) >= CERTIFICATES_PER_USER;

  return (
    <>
      <Table<SigningCertificate>
        variant="container"
        // Dates and long values wrap at narrow widths so the Actions column stays on screen.
        wrapLines
        items={certificates.data ?? []}
        loading={certificates.isPending}
        loadingText="Loading signing certificates"
        trackBy="CertificateId"
        header={
          <Header
            variant="h2"
            counter={certificates.data ? `(${certificates.data.length})` : undefined}
            description="X.509 certificates for the services that sign requests with them. At most two."
            actions={
              <Button
                disabled={certificates.isPending || full}
                disabledReason={
                  full ? `A user can have at most ${CERTIFICATES_PER_USER}.` : undefined
                }
                onClick={() => setUploading(true)}
              >
                Upload certificate
              </Button>
            }
          >
            Signing certificates
          </Header>
        }
        columnDefinitions={[
          {
            id: 'CertificateId',
            header: 'Certificate ID',
            isRowHeader: true,
            cell: (certificate) => <Box variant="code">{certificate.CertificateId}</Box>,
          },
          statusColumn(),
          {
            id: 'UploadDate',
            header: 'Uploaded',
            cell: (certificate) => formatDateTime(certificate.UploadDate),
          },
          statusActionsColumn((certificate) => (
            <CertificateActions UserName={UserName} certificate={certificate} />
          )),
        ]}
        empty={
          certificates.error != null ? (
            <ErrorAlert
              header="Could not load signing certificates"
              error={certificates.error}
              onRetry={() => void certificates.refetch()}
            />
          ) : (
            <Box textAlign="center" color="inherit">
              <b>No signing certificates</b>
            </Box>
          )
        }
      />
      {uploading && (
        <UploadBodyModal
          title={`Upload a signing certificate for ${UserName}`}
          label="Certificate body"
          description="The X.509 certificate in PEM format. IAM never needs the private key."
          validate={validateCertificateBody}
          request={(CertificateBody) => ({
            Action: 'UploadSigningCertificate',
            input: { UserName, CertificateBody },
          })}
          upload={upload}
          onDismiss={() => setUploading(false)}
        />
      )}
    </>
  );
}
