import SpaceBetween from '@cloudscape-design/components/space-between';
import { SectionBoundary } from '../../components/SectionBoundary.tsx';
import { AccessKeysSection } from './AccessKeysSection.tsx';
import { ConsoleAccessSection } from './ConsoleAccessSection.tsx';

/** The credentials a user holds, as sections of the user's page. */
export default function UserCredentials({ UserName }: { UserName: string }) {
  return (
    <SpaceBetween size="l">
      <SectionBoundary name="console password">
        <ConsoleAccessSection UserName={UserName} />
      </SectionBoundary>
      <SectionBoundary name="access keys">
        <AccessKeysSection UserName={UserName} />
      </SectionBoundary>
    </SpaceBetween>
  );
}
