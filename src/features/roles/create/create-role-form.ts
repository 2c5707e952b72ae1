import { validatePath } from '../../../components/validation/iam-names.ts';
import { tagsAreValid, type TagRow } from '../../../components/validation/tags.ts';
import { validateTrustPolicy } from '../trust/trust-policy-check.ts';
import {
  SAML_CONSOLE_AUDIENCE,
  validateTrustedEntity,
  type TrustedEntity,
  type TrustedEntityErrors,
  type TrustedEntityType,
} from '../trust/trusted-entity.ts';

/** Every trusted-entity field at once, so switching the type back keeps what was typed. */
export interface TrustFields {
  type: TrustedEntityType;
  requireMfa: boolean;
  AccountId: string;
  ExternalId: string;
  service: string;
  provider: string;
  webAudience: string;
  SAMLProviderName: string;
  samlAudience: string;
  document: string;
}

export interface CreateRoleForm {
  trust: TrustFields;
  PolicyArns: string[];
  RoleName: string;
  Path: string;
  Description: string;
  /** MaxSessionDuration in hours: IAM takes 1–12 h, in seconds. */
  maxSessionHours: number;
  Tags: TagRow[];
}

export const EMPTY_CREATE_ROLE_FORM: CreateRoleForm = {
  trust: {
    type: 'this-account',
    requireMfa: false,
    AccountId: '',
    ExternalId: '',
    service: '',
    provider: '',
    webAudience: '',
    SAMLProviderName: '',
    samlAudience: SAML_CONSOLE_AUDIENCE,
    document: '',
  },
  PolicyArns: [],
  RoleName: '',
  Path: '/',
  Description: '',
  maxSessionHours: 1,
  Tags: [],
};

export function toTrustedEntity(fields: TrustFields): TrustedEntity {
  switch (fields.type) {
    case 'this-account':
      return { type: 'this-account', requireMfa: fields.requireMfa };
    case 'another-account':
      return {
        type: 'another-account',
        AccountId: fields.AccountId,
        ExternalId: fields.ExternalId,
        requireMfa: fields.requireMfa,
      };
    case 'aws-service':
      return { type: 'aws-service', service: fields.service };
    case 'web-identity':
      return { type: 'web-identity', provider: fields.provider, audience: fields.webAudience };
    case 'saml':
      return {
        type: 'saml',
        SAMLProviderName: fields.SAMLProviderName,
        audience: fields.samlAudience,
      };
    case 'custom':
      return { type: 'custom', document: fields.document };
  }
}

export function trustErrors(fields: TrustFields): TrustedEntityErrors {
  const errors = validateTrustedEntity(toTrustedEntity(fields));
  if (fields.type === 'custom') {
    const problems = validateTrustPolicy(fields.document);
    if (problems.length > 0) errors.document = problems.join(' ');
  }
  return errors;
}

/**
 * RoleName: 1–64 characters of [\w+=,.@-].
 * https://docs.aws.amazon.com/IAM/latest/APIReference/API_CreateRole.html
 */
export function validateRoleName(value: string): string | undefined {
  if (value.length === 0) return 'Enter a role name.';
  if (value.length > 64)
    return `A role name can have at most 64 characters (it has ${value.length}).`;
  if (!/^[\w+=,.@-]+$/.test(value)) {
    return 'A role name can contain only letters, digits and + = , . @ _ - (no spaces).';
  }
  return undefined;
}

/** Description: at most 1,000 characters of tab, line breaks and printable Latin-1. */
export function validateRoleDescription(value: string): string | undefined {
  if (value.length > 1000) {
    return `A description can have at most 1,000 characters (it has ${value.length}).`;
  }
  if (!/^[\t\n\r\x20-\x7E\xA1-\xFF]*$/.test(value)) {
    return 'A description can contain only printable Latin-1 characters, tabs and line breaks.';
  }
  return undefined;
}

export function validateMaxSessionHours(hours: number): string | undefined {
  if (!Number.isInteger(hours) || hours < 1 || hours > 12) {
    return 'Choose a maximum session duration from 1 to 12 hours.';
  }
  return undefined;
}

export interface RoleDetailsErrors {
  RoleName?: string;
  Path?: string;
  Description?: string;
  maxSessionHours?: string;
  Tags?: string;
}

export function detailsErrors(form: CreateRoleForm): RoleDetailsErrors {
  const errors: RoleDetailsErrors = {
    RoleName: validateRoleName(form.RoleName),
    Path: validatePath(form.Path),
    Description: validateRoleDescription(form.Description),
    maxSessionHours: validateMaxSessionHours(form.maxSessionHours),
    Tags: tagsAreValid(form.Tags) ? undefined : 'Fix the tags marked below.',
  };
  return Object.fromEntries(Object.entries(errors).filter(([, message]) => message));
}

export function hasErrors(errors: object): boolean {
  return Object.values(errors).some((message) => message !== undefined);
}
