import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useState } from 'react';
import { CopyButton } from './CopyButton.tsx';

interface SecretOnceProps {
  /** "Secret access key", "Console password"… */
  label: string;
  value: string;
}

/** A secret the API returns once: hidden until asked, copyable either way. */
export function SecretOnce({ label, value }: SecretOnceProps) {
  const [shown, setShown] = useState(false);
  return (
    <div>
      <Box variant="awsui-key-label">{label}</Box>
      <SpaceBetween direction="horizontal" size="xs" alignItems="center">
        <Box variant="code" fontSize="body-m">
          <span aria-label={shown ? label : `${label} (hidden)`}>
            {shown ? value : '•'.repeat(Math.min(value.length, 24))}
          </span>
        </Box>
        <Button
          variant="inline-link"
          onClick={() => setShown((current) => !current)}
          ariaLabel={`${shown ? 'Hide' : 'Show'} ${label}`}
        >
          {shown ? 'Hide' : 'Show'}
        </Button>
        <CopyButton text={value} label={label} />
      </SpaceBetween>
    </div>
  );
}
