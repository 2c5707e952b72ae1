import Box from '@cloudscape-design/components/box';
import Checkbox from '@cloudscape-design/components/checkbox';
import Container from '@cloudscape-design/components/container';
import ExpandableSection from '@cloudscape-design/components/expandable-section';
import FormField from '@cloudscape-design/components/form-field';
import Header from '@cloudscape-design/components/header';
import Input from '@cloudscape-design/components/input';
import Select from '@cloudscape-design/components/select';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Tiles from '@cloudscape-design/components/tiles';
import { TrustPolicyEditor } from '../trust/TrustPolicyEditor.tsx';
import {
  AWS_SERVICES,
  buildTrustPolicy,
  WEB_IDENTITY_PROVIDERS,
  type TrustContext,
  type TrustedEntityErrors,
  type TrustedEntityType,
} from '../trust/trusted-entity.ts';
import { toTrustedEntity, type TrustFields } from './create-role-form.ts';

const ENTITY_TILES: { value: TrustedEntityType; label: string; description: string }[] = [
  {
    value: 'this-account',
    label: 'This account',
    description: 'Users and roles of this account whose own policies allow sts:AssumeRole.',
  },
  {
    value: 'another-account',
    label: 'Another AWS account',
    description: 'Identities of another account, optionally with an external ID.',
  },
  { value: 'aws-service', label: 'AWS service', description: 'EC2, Lambda and other services.' },
  {
    value: 'web-identity',
    label: 'Web identity',
    description: 'Users of an OpenID Connect provider such as Cognito or Google.',
  },
  {
    value: 'saml',
    label: 'SAML 2.0 federation',
    description: 'Users of a SAML identity provider.',
  },
  { value: 'custom', label: 'Custom trust policy', description: 'Write the policy in JSON.' },
];

const EXTERNAL_ID_NOTE =
  'A value the other account must pass to AssumeRole, against the confused-deputy problem.';
const PROVIDER_NOTE =
  'Choose a public provider, or type the host of an OpenID Connect provider registered in ' +
  'this account (token.actions.githubusercontent.com).';

interface TrustedEntityStepProps {
  fields: TrustFields;
  onChange: (fields: TrustFields) => void;
  errors: TrustedEntityErrors;
  context: TrustContext;
}

export function TrustedEntityStep({ fields, onChange, errors, context }: TrustedEntityStepProps) {
  const set = (change: Partial<TrustFields>) => onChange({ ...fields, ...change });
  const mfa = (
    <Checkbox
      checked={fields.requireMfa}
      onChange={({ detail }) => set({ requireMfa: detail.checked })}
    >
      Require MFA (aws:MultiFactorAuthPresent)
    </Checkbox>
  );
  const serviceOptions = AWS_SERVICES.map((service) => ({
    value: service.prefix,
    label: service.label,
    description: `${service.prefix}.amazonaws.com`,
  }));
  const providerOptions = WEB_IDENTITY_PROVIDERS.map((known) => ({
    value: known.provider,
    label: known.label,
    description: known.provider,
  }));

  return (
    <SpaceBetween size="l">
      <Container header={<Header variant="h2">Trusted entity type</Header>}>
        <Tiles
          ariaLabel="Trusted entity type"
          value={fields.type}
          columns={3}
          items={ENTITY_TILES}
          onChange={({ detail }) => {
            const type = detail.value as TrustedEntityType;
            // Starting the custom editor from the policy chosen so far saves typing it out.
            const document =
              type === 'custom' && fields.document.trim() === '' && fields.type !== 'custom'
                ? buildTrustPolicy(toTrustedEntity(fields), context)
                : fields.document;
            set({ type, document });
          }}
        />
      </Container>

      <Container header={<Header variant="h2">Details</Header>}>
        {fields.type === 'this-account' && (
          <SpaceBetween size="s">
            <Box variant="p">
              Trusts account {context.AccountId}: its users and roles can assume this role when
              their own policies allow sts:AssumeRole on it.
            </Box>
            {mfa}
          </SpaceBetween>
        )}
        {fields.type === 'another-account' && (
          <SpaceBetween size="m">
            <FormField label="Account ID" errorText={errors.AccountId}>
              <Input
                value={fields.AccountId}
                inputMode="numeric"
                onChange={({ detail }) => set({ AccountId: detail.value })}
              />
            </FormField>
            <FormField
              label="External ID - optional"
              description={EXTERNAL_ID_NOTE}
              errorText={errors.ExternalId}
            >
              <Input
                value={fields.ExternalId}
                onChange={({ detail }) => set({ ExternalId: detail.value })}
              />
            </FormField>
            {mfa}
          </SpaceBetween>
        )}
        {fields.type === 'aws-service' && (
          <FormField label="Service" errorText={errors.service}>
            <Select
              selectedOption={
                serviceOptions.find((option) => option.value === fields.service) ?? null
              }
              options={serviceOptions}
              filteringType="auto"
              placeholder="Choose a service"
              onChange={({ detail }) => set({ service: detail.selectedOption.value ?? '' })}
            />
          </FormField>
        )}
        {fields.type === 'web-identity' && (
          <SpaceBetween size="m">
            <FormField
              label="Identity provider"
              description={PROVIDER_NOTE}
              errorText={errors.provider}
            >
              <SpaceBetween size="xs">
                <Select
                  ariaLabel="Public identity provider"
                  selectedOption={
                    providerOptions.find((option) => option.value === fields.provider) ?? null
                  }
                  options={providerOptions}
                  placeholder="Choose a provider"
                  onChange={({ detail }) => set({ provider: detail.selectedOption.value ?? '' })}
                />
                <Input
                  ariaLabel="Identity provider"
                  value={fields.provider}
                  onChange={({ detail }) => set({ provider: detail.value })}
                />
              </SpaceBetween>
            </FormField>
            <FormField
              label="Audience"
              description="The client ID or app ID tokens are issued to."
              errorText={errors.audience}
            >
              <Input
                value={fields.webAudience}
                onChange={({ detail }) => set({ webAudience: detail.value })}
              />
            </FormField>
          </SpaceBetween>
        )}
        {fields.type === 'saml' && (
          <SpaceBetween size="m">
            <FormField
              label="SAML provider"
              description="The provider's name in IAM."
              errorText={errors.SAMLProviderName}
            >
              <Input
                value={fields.SAMLProviderName}
                onChange={({ detail }) => set({ SAMLProviderName: detail.value })}
              />
            </FormField>
            <FormField label="Audience (SAML:aud)" errorText={errors.audience}>
              <Input
                value={fields.samlAudience}
                onChange={({ detail }) => set({ samlAudience: detail.value })}
              />
            </FormField>
          </SpaceBetween>
        )}
        {fields.type === 'custom' && (
          <TrustPolicyEditor value={fields.document} onChange={(document) => set({ document })} />
        )}
      </Container>

      {fields.type !== 'custom' && (
        <ExpandableSection headerText="Trust policy this creates" variant="container">
          <Box variant="code">
            <pre aria-label="Generated trust policy" style={{ margin: 0, overflowX: 'auto' }}>
              {buildTrustPolicy(toTrustedEntity(fields), context)}
            </pre>
          </Box>
        </ExpandableSection>
      )}
    </SpaceBetween>
  );
}
