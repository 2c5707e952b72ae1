import Box from '@cloudscape-design/components/box';
import Container from '@cloudscape-design/components/container';
import Header from '@cloudscape-design/components/header';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Spinner from '@cloudscape-design/components/spinner';
import StatusIndicator from '@cloudscape-design/components/status-indicator';
import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { formatDateTime, plural } from '../../components/format.ts';
import { RouterLink } from '../../components/RouterLink.tsx';
import { useSignedIn } from '../../session/SessionContext.tsx';
import { accountSummaryQuery } from './account-queries.ts';
import { KEY_ROTATION_DAYS, securityReviewQuery } from './security-review.ts';

/** How many names a finding lists before it says "and N more". */
const NAMES_SHOWN = 10;

/** `info` is for a fact that is neither good nor bad, such as a check with nothing to check. */
function Finding(props: { ok: boolean | 'info'; title: string; children?: ReactNode }) {
  const type = props.ok === 'info' ? 'info' : props.ok ? 'success' : 'warning';
  return (
    <div>
      <StatusIndicator type={type}>{props.title}</StatusIndicator>
      {props.children && <Box padding={{ left: 'l' }}>{props.children}</Box>}
    </div>
  );
}

function UserLinks({ names }: { names: string[] }) {
  const shown = names.slice(0, NAMES_SHOWN);
  return (
    <Box variant="small">
      {shown.map((UserName, index) => (
        <span key={UserName}>
          {index > 0 && ', '}
          <RouterLink href={`/users/${encodeURIComponent(UserName)}`}>{UserName}</RouterLink>
        </span>
      ))}
      {names.length > shown.length && ` and ${names.length - shown.length} more`}
    </Box>
  );
}

function RootFindings() {
  const { clients } = useSignedIn();
  const summary = useQuery(accountSummaryQuery(clients.iam));
  if (summary.isPending) return <Spinner />;
  if (summary.error) {
    return (
      <ErrorAlert
        header="Could not check the root user"
        error={summary.error}
        onRetry={() => void summary.refetch()}
      />
    );
  }
  const mfa = summary.data.AccountMFAEnabled === 1;
  const keys = (summary.data.AccountAccessKeysPresent ?? 0) > 0;
  return (
    <>
      <Finding ok={mfa} title={mfa ? 'The root user has MFA' : 'Add MFA for the root user'} />
      <Finding
        ok={!keys}
        title={keys ? 'The root user has access keys' : 'The root user has no access keys'}
      >
        {keys && 'Create an IAM user for everyday work and delete the root access keys.'}
      </Finding>
    </>
  );
}

function UserFindings() {
  const { clients } = useSignedIn();
  const review = useQuery(securityReviewQuery(clients.iam));
  if (review.isPending) {
    return <StatusIndicator type="loading">Checking users’ MFA and access keys…</StatusIndicator>;
  }
  if (review.error) {
    return (
      <ErrorAlert
        header="Could not check users' credentials"
        error={review.error}
        onRetry={() => void review.refetch()}
      />
    );
  }
  const { consoleUsers, consoleUsersWithoutMfa, oldAccessKeys, usersReviewed, totalUsers } =
    review.data;
  const keyOwners = [...new Set(oldAccessKeys.map((key) => key.UserName))];
  // With no console password at all, "every one has MFA" would be a success about nobody.
  const mfaTitle =
    consoleUsers === 0
      ? 'No user has a console password'
      : consoleUsersWithoutMfa.length === 0
        ? 'Every user with a console password has MFA'
        : `${plural(consoleUsersWithoutMfa.length, 'user')} with a console password and no MFA`;
  return (
    <>
      <Finding
        ok={consoleUsers === 0 ? 'info' : consoleUsersWithoutMfa.length === 0}
        title={mfaTitle}
      >
        {consoleUsersWithoutMfa.length > 0 && <UserLinks names={consoleUsersWithoutMfa} />}
      </Finding>
      <Finding
        ok={oldAccessKeys.length === 0}
        title={
          oldAccessKeys.length === 0
            ? `No active access key is older than ${KEY_ROTATION_DAYS} days`
            : `${plural(oldAccessKeys.length, 'active access key')} ` +
              `older than ${KEY_ROTATION_DAYS} days`
        }
      >
        {oldAccessKeys.length > 0 && (
          <SpaceBetween size="xxs">
            <UserLinks names={keyOwners} />
            <Box variant="small" color="text-body-secondary">
              Oldest created {formatDateTime(oldAccessKeys[0]?.CreateDate)}
            </Box>
          </SpaceBetween>
        )}
      </Finding>
      {usersReviewed < totalUsers && (
        <Box variant="small" color="text-status-warning">
          Only the first {usersReviewed} of {totalUsers} users were checked, to keep the number of
          calls bounded (three per user).
        </Box>
      )}
    </>
  );
}

export function SecurityRecommendations() {
  return (
    <Container
      header={
        <Header variant="h2" description="What IAM's best practices ask of this account.">
          Security recommendations
        </Header>
      }
    >
      <SpaceBetween size="s">
        <RootFindings />
        <UserFindings />
      </SpaceBetween>
    </Container>
  );
}
