import FormField from '@cloudscape-design/components/form-field';
import Input from '@cloudscape-design/components/input';
import { validatePath } from './validation/iam-names.ts';

interface PathInputProps {
  value: string;
  onChange: (value: string) => void;
  /** Show the message before the user has finished, e.g. after a submit attempt. */
  showErrors?: boolean;
  label?: string;
}

export function PathInput({ value, onChange, showErrors = true, label = 'Path' }: PathInputProps) {
  const error = showErrors ? validatePath(value) : undefined;
  return (
    <FormField
      label={label}
      description="Groups identities, as in /division/team/. Use / for none."
      constraintText="Starts and ends with /; 1–512 printable ASCII characters, no spaces."
      errorText={error}
    >
      <Input value={value} onChange={({ detail }) => onChange(detail.value)} invalid={!!error} />
    </FormField>
  );
}
