import { isAccountId } from '../../../components/validation/iam-names.ts';

/**
 * The kinds of principal a new role can trust, as the create-role wizard offers them.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_principal.html
 */
export type TrustedEntity =
  | { type: 'this-account'; requireMfa: boolean }
  | { type: 'another-account'; AccountId: string; ExternalId: string; requireMfa: boolean }
  | { type: 'aws-service'; service: string }
  | { type: 'web-identity'; provider: string; audience: string }
  | { type: 'saml'; SAMLProviderName: string; audience: string }
  | { type: 'custom'; document: string };

export type TrustedEntityType = TrustedEntity['type'];

/** Services that often assume roles, by the prefix of their principal `<prefix>.amazonaws.com`. */
export const AWS_SERVICES = [
  { prefix: 'ec2', label: 'EC2' },
  { prefix: 'lambda', label: 'Lambda' },
  { prefix: 'ecs-tasks', label: 'Elastic Container Service tasks' },
  { prefix: 'ecs', label: 'Elastic Container Service' },
  { prefix: 'eks', label: 'Elastic Kubernetes Service' },
  { prefix: 'states', label: 'Step Functions' },
  { prefix: 'events', label: 'EventBridge' },
  { prefix: 'scheduler', label: 'EventBridge Scheduler' },
  { prefix: 'glue', label: 'Glue' },
  { prefix: 'sagemaker', label: 'SageMaker' },
  { prefix: 'codebuild', label: 'CodeBuild' },
  { prefix: 'codepipeline', label: 'CodePipeline' },
  { prefix: 'cloudformation', label: 'CloudFormation' },
  { prefix: 'apigateway', label: 'API Gateway' },
  { prefix: 'firehose', label: 'Data Firehose' },
  { prefix: 'batch', label: 'Batch' },
  { prefix: 'ssm', label: 'Systems Manager' },
  { prefix: 'backup', label: 'Backup' },
] as const;

/**
 * Web identity providers with their audience condition key. Google and Cognito check `aud`;
 * Login with Amazon and Facebook carry the app ID in `app_id`.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_iam-condition-keys.html
 */
export const WEB_IDENTITY_PROVIDERS = [
  { provider: 'cognito-identity.amazonaws.com', audienceKey: 'aud', label: 'Amazon Cognito' },
  { provider: 'accounts.google.com', audienceKey: 'aud', label: 'Google' },
  { provider: 'www.amazon.com', audienceKey: 'app_id', label: 'Login with Amazon' },
  { provider: 'graph.facebook.com', audienceKey: 'app_id', label: 'Facebook' },
] as const;

/** The audience AWS's SAML sign-in endpoint expects in assertions for the console. */
export const SAML_CONSOLE_AUDIENCE = 'https://signin.aws.amazon.com/saml';

export interface TrustContext {
  AccountId: string;
  partition: string;
}

export type TrustedEntityErrors = Partial<Record<string, string>>;

function mfaCondition(requireMfa: boolean) {
  // aws:MultiFactorAuthPresent is only present for MFA-authenticated temporary credentials.
  // https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-keys.html
  return requireMfa ? { Bool: { 'aws:MultiFactorAuthPresent': 'true' } } : undefined;
}

function isKnownWebIdentityProvider(provider: string) {
  return WEB_IDENTITY_PROVIDERS.find((known) => known.provider === provider);
}

/** A provider host such as `token.actions.githubusercontent.com`, without scheme. */
function oidcHost(provider: string): string {
  return provider
    .trim()
    .replace(/^https:\/\//, '')
    .replace(/\/+$/, '');
}

function statementFor(entity: Exclude<TrustedEntity, { type: 'custom' }>, context: TrustContext) {
  const { AccountId, partition } = context;
  switch (entity.type) {
    case 'this-account':
    case 'another-account': {
      const account = entity.type === 'this-account' ? AccountId : entity.AccountId.trim();
      const conditions: Record<string, Record<string, string>> = {};
      if (entity.type === 'another-account' && entity.ExternalId.trim() !== '') {
        conditions.StringEquals = { 'sts:ExternalId': entity.ExternalId.trim() };
      }
      Object.assign(conditions, mfaCondition(entity.requireMfa));
      return {
        Effect: 'Allow',
        Principal: { AWS: `arn:${partition}:iam::${account}:root` },
        Action: 'sts:AssumeRole',
        ...(Object.keys(conditions).length > 0 ? { Condition: conditions } : {}),
      };
    }
    case 'aws-service':
      return {
        Effect: 'Allow',
        Principal: { Service: `${entity.service.trim()}.amazonaws.com` },
        Action: 'sts:AssumeRole',
      };
    case 'web-identity': {
      const known = isKnownWebIdentityProvider(entity.provider);
      const host = known ? known.provider : oidcHost(entity.provider);
      const Federated = known ? host : `arn:${partition}:iam::${AccountId}:oidc-provider/${host}`;
      return {
        Effect: 'Allow',
        Principal: { Federated },
        Action: 'sts:AssumeRoleWithWebIdentity',
        Condition: {
          StringEquals: { [`${host}:${known?.audienceKey ?? 'aud'}`]: entity.audience.trim() },
        },
      };
    }
    case 'saml': {
      const SAMLProviderName = entity.SAMLProviderName.trim();
      return {
        Effect: 'Allow',
        Principal: {
          Federated: `arn:${partition}:iam::${AccountId}:saml-provider/${SAMLProviderName}`,
        },
        Action: 'sts:AssumeRoleWithSAML',
        Condition: { StringEquals: { 'SAML:aud': entity.audience.trim() } },
      };
    }
  }
}

/** The AssumeRolePolicyDocument for the chosen entity, indented for the review step. */
export function buildTrustPolicy(entity: TrustedEntity, context: TrustContext): string {
  if (entity.type === 'custom') return entity.document;
  const policy = { Version: '2012-10-17', Statement: [statementFor(entity, context)] };
  return JSON.stringify(policy, null, 2);
}

/** Messages for the fields the chosen entity needs; empty when it is complete. */
export function validateTrustedEntity(entity: TrustedEntity): TrustedEntityErrors {
  const errors: TrustedEntityErrors = {};
  switch (entity.type) {
    case 'another-account':
      if (!isAccountId(entity.AccountId.trim())) {
        errors.AccountId = 'Enter the other account’s 12-digit ID.';
      }
      // https://docs.aws.amazon.com/STS/latest/APIReference/API_AssumeRole.html (ExternalId)
      if (entity.ExternalId !== '' && !/^[\w+=,.@:/-]{2,1224}$/.test(entity.ExternalId)) {
        errors.ExternalId =
          'An external ID has 2–1,224 characters: letters, digits and + = , . @ : / - _.';
      }
      break;
    case 'aws-service':
      if (!/^[a-z0-9][a-z0-9.-]*$/.test(entity.service.trim())) {
        errors.service = 'Choose a service.';
      }
      break;
    case 'web-identity':
      if (oidcHost(entity.provider) === '') errors.provider = 'Choose or enter a provider.';
      if (entity.audience.trim() === '') errors.audience = 'Enter the audience (client or app ID).';
      break;
    case 'saml':
      if (!/^[\w._-]{1,128}$/.test(entity.SAMLProviderName.trim())) {
        errors.SAMLProviderName = 'Enter the SAML provider’s name as it is in IAM.';
      }
      if (entity.audience.trim() === '') errors.audience = 'Enter the SAML audience.';
      break;
    case 'this-account':
    case 'custom':
      break;
  }
  return errors;
}
