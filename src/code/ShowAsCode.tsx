import Box from '@cloudscape-design/components/box';
import ExpandableSection from '@cloudscape-design/components/expandable-section';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Tabs from '@cloudscape-design/components/tabs';
import { useState } from 'react';
import { CopyButton } from '../components/CopyButton.tsx';
import { awsCliScript } from './aws-cli.ts';
import type { IamRequest } from './iam-request.ts';
import { pulumiGo, pulumiPython, pulumiTypescript } from './pulumi-languages.ts';

interface ShowAsCodeProps {
  /** The requests the console is about to send, in order (secrets are never written out). */
  requests: readonly IamRequest[];
  /** Open at first, e.g. on a review page. */
  defaultExpanded?: boolean;
}

const LANGUAGES = [
  { id: 'cli', label: 'AWS CLI', file: 'AWS CLI commands', render: awsCliScript },
  { id: 'ts', label: 'Pulumi TypeScript', file: 'index.ts', render: pulumiTypescript },
  { id: 'py', label: 'Pulumi Python', file: '__main__.py', render: pulumiPython },
  { id: 'go', label: 'Pulumi Go', file: 'main.go', render: pulumiGo },
] as const;

function CodeBlock({ label, code }: { label: string; code: string }) {
  return (
    <SpaceBetween size="xs">
      <SpaceBetween direction="horizontal" size="xs" alignItems="center">
        <Box variant="small">{label}</Box>
        <CopyButton variant="button" status="beside" text={code} label={label} />
      </SpaceBetween>
      <pre
        aria-label={label}
        tabIndex={0}
        style={{ margin: 0, overflowX: 'auto', whiteSpace: 'pre', fontSize: 13, tabSize: 4 }}
      >
        <code>{code}</code>
      </pre>
    </SpaceBetween>
  );
}

/**
 * The request the console is about to send, as AWS CLI commands and as a Pulumi program in
 * TypeScript, Python and Go. Passwords and secret keys appear as placeholders, never as values.
 */
export function ShowAsCode({ requests, defaultExpanded = false }: ShowAsCodeProps) {
  const [expanded, setExpanded] = useState(defaultExpanded);
  const [activeTabId, setActiveTabId] = useState<string>('cli');

  return (
    <ExpandableSection
      variant="container"
      headerText="Show as code"
      headerDescription="The same calls as AWS CLI commands or a Pulumi program."
      expanded={expanded}
      onChange={({ detail }) => setExpanded(detail.expanded)}
    >
      {requests.length === 0 ? (
        <Box color="text-body-secondary">Nothing to send yet.</Box>
      ) : (
        <Tabs
          activeTabId={activeTabId}
          onChange={({ detail }) => setActiveTabId(detail.activeTabId)}
          ariaLabel="Code language"
          tabs={LANGUAGES.map((language) => ({
            id: language.id,
            label: language.label,
            content: expanded && (
              <CodeBlock label={language.file} code={language.render(requests)} />
            ),
          }))}
        />
      )}
    </ExpandableSection>
  );
}
