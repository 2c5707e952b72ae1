import SpaceBetween from '@cloudscape-design/components/space-between';
import { SectionBoundary } from '../../../components/SectionBoundary.tsx';
import { AccessKeysSection } from './AccessKeysSection.tsx';
import { ConsoleAccessSection } from './ConsoleAccessSection.tsx';
import { MfaSection } from './MfaSection.tsx';
import { SigningCertificatesSection } from './SigningCertificatesSection.tsx';
import { SshKeysSection } from './SshKeysSection.tsx';

/** The credentials a user holds, in the order the AWS console shows them. */
export default function UserCredentials({ UserName }: { UserName: string }) {
  return (
    <SpaceBetween size="l">
      <SectionBoundary name="console password">
        <ConsoleAccessSection UserName={UserName} />
      </SectionBoundary>
      <SectionBoundary name="MFA devices">
        <MfaSection UserName={UserName} />
      </SectionBoundary>
      <SectionBoundary name="access keys">
        <AccessKeysSection UserName={UserName} />
      </SectionBoundary>
      <SectionBoundary name="SSH public keys">
        <SshKeysSection UserName={UserName} />
      </SectionBoundary>
      <SectionBoundary name="signing certificates">
        <SigningCertificatesSection UserName={UserName} />
      </SectionBoundary>
    </SpaceBetween>
  );
}
