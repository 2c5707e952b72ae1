import Container from '@cloudscape-design/components/container';
import Header from '@cloudscape-design/components/header';
import KeyValuePairs, {
  type KeyValuePairsProps,
} from '@cloudscape-design/components/key-value-pairs';
import { CopyButton } from './CopyButton.tsx';
import { formatDateTime } from './format.ts';
import { SectionBoundary } from './SectionBoundary.tsx';

/** The fields users, groups and roles share, under their own names (UserName, GroupId…). */
export interface IdentityFields {
  name?: string;
  id?: string;
  Path?: string;
  Arn?: string;
  CreateDate?: Date;
}

interface IdentitySummaryProps {
  /** "User", "Group" or "Role": the labels read "User name", "User ID". */
  noun: string;
  /** Undefined while GetUser/GetGroup/GetRole is on its way: the values show "…". */
  identity?: IdentityFields;
  /** Pairs after the shared ones: a role's description, a user's last sign-in. */
  more?: KeyValuePairsProps.Item[];
}

/** The Summary panel of an identity's page, in its own error boundary. */
export function IdentitySummary({ noun, identity, more = [] }: IdentitySummaryProps) {
  const arn = identity?.Arn;
  return (
    <SectionBoundary name="summary">
      <Container header={<Header variant="h2">Summary</Header>}>
        <KeyValuePairs
          columns={3}
          items={[
            { label: `${noun} name`, value: identity?.name ?? '…' },
            { label: 'Path', value: identity?.Path ?? '…' },
            { label: `${noun} ID`, value: identity?.id ?? '…' },
            {
              label: 'ARN',
              value: arn ? <CopyButton variant="inline" text={arn} label="ARN" /> : '…',
            },
            { label: 'Created', value: identity ? formatDateTime(identity.CreateDate) : '…' },
            ...more,
          ]}
        />
      </Container>
    </SectionBoundary>
  );
}
