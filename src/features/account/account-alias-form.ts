import { isAccountAlias } from '../../components/validation/iam-names.ts';

/** Why a typed alias is not one CreateAccountAlias accepts, in the order a reader fixes them. */
export function validateAccountAlias(value: string): string | undefined {
  if (value === '') return 'Enter an alias.';
  if (/[A-Z]/.test(value)) return 'Use lowercase letters only.';
  if (!/^[a-z0-9-]+$/.test(value)) return 'Use only lowercase letters, digits and hyphens.';
  if (value.length < 3 || value.length > 63) return 'An alias has 3–63 characters.';
  if (value.startsWith('-') || value.endsWith('-')) {
    return 'Start and end with a letter or digit.';
  }
  if (value.includes('--')) return 'Two hyphens cannot follow each other.';
  return isAccountAlias(value) ? undefined : 'This is not a valid account alias.';
}
