import Alert from '@cloudscape-design/components/alert';
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import Container from '@cloudscape-design/components/container';
import ContentLayout from '@cloudscape-design/components/content-layout';
import Header from '@cloudscape-design/components/header';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useNavigate } from 'react-router-dom';
import { CopyButton } from '../../../components/CopyButton.tsx';
import { CREDENTIALS_CSV_HEADER, downloadCsv, toCsv } from '../../../components/csv.ts';
import { errorText } from '../../../components/ErrorAlert.tsx';
import { SecretOnce } from '../../../components/SecretOnce.tsx';
import type { CreateUserResult } from './create-user-steps.ts';
import { StepsProgress } from '../../../components/StepsProgress.tsx';

interface CredentialsViewProps {
  result: CreateUserResult;
  consoleSignInUrl: string;
}

export function credentialsCsv(result: CreateUserResult, consoleSignInUrl: string): string {
  return toCsv(CREDENTIALS_CSV_HEADER, [
    [
      result.UserName,
      result.Password ?? '',
      result.AccessKey?.AccessKeyId ?? '',
      result.AccessKey?.SecretAccessKey ?? '',
      consoleSignInUrl,
    ],
  ]);
}

/**
 * The page after "Create user": the only time the password and secret access key can be seen.
 * It lives in the create page's state, never in the URL or history, and is gone once left.
 */
export function CredentialsView({ result, consoleSignInUrl }: CredentialsViewProps) {
  const navigate = useNavigate();
  const failed = result.steps.find((step) => step.status === 'error');
  const done = result.steps.filter((step) => step.status === 'success');
  const userPath = `/users/${encodeURIComponent(result.UserName)}`;
  const hasSecrets = result.Password !== undefined || result.AccessKey !== undefined;

  return (
    <ContentLayout
      header={<Header variant="h1">Retrieve credentials for {result.UserName}</Header>}
    >
      <SpaceBetween size="l">
        {failed && (
          <Alert type="error" header={`${failed.label} failed`}>
            <SpaceBetween size="xs">
              <Box variant="p">{errorText(failed.error)}</Box>
              <Box variant="p">
                {done.length > 0
                  ? `Done before it: ${done.map((step) => step.label).join('; ')}.`
                  : 'Nothing was created.'}{' '}
                Steps after it did not run.
              </Box>
            </SpaceBetween>
          </Alert>
        )}
        {hasSecrets && (
          <Alert type="warning">
            This is the only time these credentials can be viewed or downloaded. Save them now.
          </Alert>
        )}
        <Container
          header={
            <Header
              variant="h2"
              actions={
                <SpaceBetween direction="horizontal" size="xs">
                  <Button
                    onClick={() =>
                      downloadCsv(
                        `${result.UserName}_credentials.csv`,
                        credentialsCsv(result, consoleSignInUrl),
                      )
                    }
                  >
                    Download .csv
                  </Button>
                  {result.userCreated && (
                    <Button variant="primary" onClick={() => void navigate(userPath)}>
                      View user
                    </Button>
                  )}
                </SpaceBetween>
              }
            >
              Sign-in details
            </Header>
          }
        >
          <SpaceBetween size="m">
            <div>
              <Box variant="awsui-key-label">Console sign-in URL</Box>
              <CopyButton variant="inline" text={consoleSignInUrl} label="Console sign-in URL" />
            </div>
            <div>
              <Box variant="awsui-key-label">User name</Box>
              <CopyButton variant="inline" text={result.UserName} label="User name" />
            </div>
            {result.Password !== undefined && (
              <SecretOnce label="Console password" value={result.Password} />
            )}
            {result.AccessKey && (
              <>
                <div>
                  <Box variant="awsui-key-label">Access key ID</Box>
                  <CopyButton
                    variant="inline"
                    text={result.AccessKey.AccessKeyId ?? ''}
                    label="Access key ID"
                  />
                </div>
                <SecretOnce
                  label="Secret access key"
                  value={result.AccessKey.SecretAccessKey ?? ''}
                />
              </>
            )}
          </SpaceBetween>
        </Container>
        <Container header={<Header variant="h2">Steps</Header>}>
          <StepsProgress steps={result.steps} />
        </Container>
      </SpaceBetween>
    </ContentLayout>
  );
}
