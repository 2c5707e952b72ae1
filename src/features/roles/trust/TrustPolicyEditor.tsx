import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import FormField from '@cloudscape-design/components/form-field';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Textarea from '@cloudscape-design/components/textarea';
import {
  formatPolicyDocument,
  MAX_TRUST_POLICY_CHARS,
  validateTrustPolicy,
} from './trust-policy-check.ts';

interface TrustPolicyEditorProps {
  label?: string;
  description?: string;
  value: string;
  onChange: (value: string) => void;
  /** Show the problems before the user has finished, e.g. after a submit attempt. */
  showErrors?: boolean;
}

/** A trust policy in a text area, checked on every keystroke against IAM's grammar. */
export function TrustPolicyEditor(props: TrustPolicyEditorProps) {
  const { value } = props;
  const problems = validateTrustPolicy(value);
  const shown = props.showErrors === false ? [] : problems;
  const size = value.replace(/\s/g, '').length;

  return (
    <FormField
      label={props.label ?? 'Trust policy'}
      description={props.description}
      stretch
      constraintText={`${size} of ${MAX_TRUST_POLICY_CHARS} characters, not counting white space.`}
      errorText={
        shown.length === 0 ? undefined : (
          <ul aria-label="Policy problems" style={{ margin: 0, paddingLeft: '1.2em' }}>
            {shown.map((problem) => (
              <li key={problem}>{problem}</li>
            ))}
          </ul>
        )
      }
      secondaryControl={
        <Button
          onClick={() => props.onChange(formatPolicyDocument(value))}
          disabled={problems.some((problem) => problem.startsWith('Not valid JSON'))}
        >
          Format JSON
        </Button>
      }
    >
      <SpaceBetween size="xxs">
        <Textarea
          value={value}
          rows={16}
          spellcheck={false}
          invalid={shown.length > 0}
          onChange={({ detail }) => props.onChange(detail.value)}
        />
        {shown.length === 0 && value.trim() !== '' && (
          <Box variant="small" color="text-status-success">
            The document is valid JSON and follows the policy grammar.
          </Box>
        )}
      </SpaceBetween>
    </FormField>
  );
}
