import { validatePath, validateUserName } from '../../../components/validation/iam-names.ts';
import { tagsAreValid, type TagRow } from '../../../components/validation/tags.ts';
import {
  DEFAULT_PASSWORD_CHOICE,
  passwordChoiceIsValid,
  type PasswordChoice,
} from '../../../components/password-choice.ts';

export interface CreateUserForm {
  UserName: string;
  Path: string;
  Tags: TagRow[];
  GroupNames: string[];
  /** Managed policies attached to the user directly. */
  PolicyArns: string[];
  consoleAccess: boolean;
  password: PasswordChoice;
  createAccessKey: boolean;
}

export const EMPTY_CREATE_USER_FORM: CreateUserForm = {
  UserName: '',
  Path: '/',
  Tags: [],
  GroupNames: [],
  PolicyArns: [],
  consoleAccess: false,
  password: DEFAULT_PASSWORD_CHOICE,
  createAccessKey: false,
};

// "You can add a user to a maximum of 10 groups" and attach "10 managed policies" to it.
// https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_iam-quotas.html
export const MAX_GROUPS_PER_USER = 10;
export const MAX_MANAGED_POLICIES_PER_USER = 10;

export function validateGroupNames(GroupNames: readonly string[]): string | undefined {
  return GroupNames.length > MAX_GROUPS_PER_USER
    ? `A user can be in at most ${MAX_GROUPS_PER_USER} groups (${GroupNames.length} chosen).`
    : undefined;
}

export function validatePolicyArns(PolicyArns: readonly string[]): string | undefined {
  return PolicyArns.length > MAX_MANAGED_POLICIES_PER_USER
    ? `A user can have at most ${MAX_MANAGED_POLICIES_PER_USER} managed policies attached ` +
        `(${PolicyArns.length} chosen).`
    : undefined;
}

export function detailsStepIsValid(form: CreateUserForm): boolean {
  return (
    validateUserName(form.UserName) === undefined &&
    validatePath(form.Path) === undefined &&
    (!form.consoleAccess || passwordChoiceIsValid(form.password))
  );
}

export function permissionsStepIsValid(form: CreateUserForm): boolean {
  return (
    validateGroupNames(form.GroupNames) === undefined &&
    validatePolicyArns(form.PolicyArns) === undefined
  );
}

export function createUserFormIsValid(form: CreateUserForm): boolean {
  return detailsStepIsValid(form) && permissionsStepIsValid(form) && tagsAreValid(form.Tags);
}
