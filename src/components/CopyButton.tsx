import Button from '@cloudscape-design/components/button';
import CopyToClipboard from '@cloudscape-design/components/copy-to-clipboard';
import StatusIndicator from '@cloudscape-design/components/status-indicator';
import { useEffect, useState } from 'react';

interface CopyButtonProps {
  text: string;
  /** What is copied, for the button's accessible name: "Copy <label>". */
  label: string;
  variant?: 'button' | 'icon' | 'inline';
  /**
   * Where "copied" shows. Cloudscape's popover opens above the button and stays until a click
   * elsewhere, so above tabs or other controls it covers them: "beside" shows it next to the
   * button, announced, and clears it after a few seconds.
   */
  status?: 'popover' | 'beside';
}

const STATUS_SHOWN_MS = 3000;

export function CopyButton({ text, label, variant = 'icon', status = 'popover' }: CopyButtonProps) {
  if (status === 'beside') return <CopyWithStatusBeside text={text} label={label} />;
  return (
    <CopyToClipboard
      variant={variant}
      textToCopy={text}
      textToDisplay={variant === 'inline' ? text : undefined}
      copyButtonText="Copy"
      copyButtonAriaLabel={`Copy ${label}`}
      copySuccessText={`${label} copied`}
      copyErrorText={`${label} could not be copied`}
    />
  );
}

function CopyWithStatusBeside({ text, label }: { text: string; label: string }) {
  const [result, setResult] = useState<'success' | 'error' | undefined>();

  useEffect(() => {
    if (result === undefined) return;
    const timer = setTimeout(() => setResult(undefined), STATUS_SHOWN_MS);
    return () => clearTimeout(timer);
  }, [result]);

  const copy = () =>
    navigator.clipboard.writeText(text).then(
      () => setResult('success'),
      () => setResult('error'),
    );

  return (
    <>
      <Button iconName="copy" ariaLabel={`Copy ${label}`} onClick={() => void copy()}>
        Copy
      </Button>
      <span aria-live="polite">
        {result && (
          <StatusIndicator type={result}>
            {result === 'success' ? `${label} copied` : `${label} could not be copied`}
          </StatusIndicator>
        )}
      </span>
    </>
  );
}
