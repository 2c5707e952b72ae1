import Alert from '@cloudscape-design/components/alert';
import FormField from '@cloudscape-design/components/form-field';
import RadioGroup from '@cloudscape-design/components/radio-group';
import Select from '@cloudscape-design/components/select';
import type { ReactNode } from 'react';
import {
  iamEndpointOf,
  isPartition,
  PARTITIONS,
  partitionChoice,
  stsEndpointOf,
} from '../../session/partitions.ts';
import type { TargetKind } from '../../session/types.ts';
import type { SignInForm, SignInFormErrors } from './sign-in-form.ts';

interface TargetFieldsProps {
  form: SignInForm;
  errors: SignInFormErrors;
  onChange: (change: Partial<SignInForm>) => void;
  /** The custom endpoint's URL field, which shares the page's text-field behaviour. */
  endpointField: ReactNode;
}

const TARGET_ITEMS = [
  {
    value: 'local',
    label: 'Local account',
    description: 'The IAM account built into this server.',
  },
  {
    value: 'aws',
    label: 'AWS',
    description: 'Your AWS account, through this server’s relay.',
  },
  {
    value: 'custom',
    label: 'Custom endpoint',
    description: 'Any IAM-compatible URL that answers CORS, such as moto or LocalStack.',
  },
];

function endpointOrigin(endpoint: string): string | undefined {
  try {
    return new URL(endpoint.trim()).origin;
  } catch {
    return undefined;
  }
}

/** Says in one place where the signed requests will go, before any credential is typed. */
function ConnectsTo({ form }: { form: SignInForm }) {
  const self = window.location.origin;
  let text: string;
  if (form.targetKind === 'local') {
    text = `This server’s local account at ${self}/local-aws/.`;
  } else if (form.targetKind === 'aws') {
    text =
      `${iamEndpointOf(form.partition)} and ${stsEndpointOf(form.partition, form.region)}. ` +
      'Requests are signed in this browser and pass through this server’s relay ' +
      `(${self}/relay/), which forwards them unchanged. The secret access key never leaves ` +
      'this browser; AWS receives only the signed requests.';
  } else {
    const origin = endpointOrigin(form.customEndpoint);
    text = origin
      ? `${form.customEndpoint.trim()}, directly from this browser (IAM and STS on one URL). ` +
        `It must answer CORS requests from ${self}, and this console’s server must list ` +
        `${origin} in CONSOLE_CONNECT_SOURCES.`
      : 'The endpoint URL below, directly from this browser.';
  }
  return (
    <Alert type="info" header="Connects to">
      {text}
    </Alert>
  );
}

/** The sign-in target: local account, AWS (partition and region) or a custom endpoint. */
export function TargetFields({ form, errors, onChange, endpointField }: TargetFieldsProps) {
  const partition = partitionChoice(form.partition);
  const regionOption = (region: string) => {
    const choice = partition.regions.find((candidate) => candidate.region === region);
    return { value: region, label: region, description: choice?.name };
  };

  return (
    <>
      <FormField label="Target" description="Where this console sends its IAM calls.">
        <RadioGroup
          value={form.targetKind}
          onChange={({ detail }) => onChange({ targetKind: detail.value as TargetKind })}
          items={TARGET_ITEMS}
        />
      </FormField>

      {form.targetKind === 'aws' && (
        <>
          <FormField label="Partition">
            <Select
              selectedOption={{ value: partition.partition, label: partition.label }}
              options={PARTITIONS.map((choice) => ({
                value: choice.partition,
                label: choice.label,
                description: choice.partition,
              }))}
              onChange={({ detail }) => {
                const value = detail.selectedOption.value ?? '';
                if (!isPartition(value)) return;
                onChange({ partition: value, region: partitionChoice(value).defaultRegion });
              }}
            />
          </FormField>
          <FormField
            label="Region"
            description={
              'Its STS regional endpoint checks the credentials. ' +
              `${partition.defaultRegion} is always active; others only where the account ` +
              'has STS and the region enabled.'
            }
            errorText={errors.region}
          >
            <Select
              selectedOption={regionOption(form.region)}
              options={partition.regions.map((choice) => regionOption(choice.region))}
              filteringType="auto"
              onChange={({ detail }) => onChange({ region: detail.selectedOption.value ?? '' })}
            />
          </FormField>
        </>
      )}

      {form.targetKind === 'custom' && endpointField}
      <ConnectsTo form={form} />
    </>
  );
}
