import CopyToClipboard from '@cloudscape-design/components/copy-to-clipboard';

interface CopyButtonProps {
  text: string;
  /** What is copied, for the button's accessible name: "Copy <label>". */
  label: string;
  variant?: 'button' | 'icon' | 'inline';
}

export function CopyButton({ text, label, variant = 'icon' }: CopyButtonProps) {
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
