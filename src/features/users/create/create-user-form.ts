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
  consoleAccess: boolean;
  password: PasswordChoice;
  createAccessKey: boolean;
}

export const EMPTY_CREATE_USER_FORM: CreateUserForm = {
  UserName: '',
  Path: '/',
  Tags: [],
  GroupNames: [],
  consoleAccess: false,
  password: DEFAULT_PASSWORD_CHOICE,
  createAccessKey: false,
};

// "You can add a user to a maximum of 10 groups."
// https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_iam-quotas.html
export const MAX_GROUPS_PER_USER = 10;

export function validateGroupNames(GroupNames: readonly string[]): string | undefined {
  return GroupNames.length > MAX_GROUPS_PER_USER
    ? `A user can be in at most ${MAX_GROUPS_PER_USER} groups (${GroupNames.length} chosen).`
    : undefined;
}

export function createUserFormIsValid(form: CreateUserForm): boolean {
  return (
    validateUserName(form.UserName) === undefined &&
    validatePath(form.Path) === undefined &&
    tagsAreValid(form.Tags) &&
    validateGroupNames(form.GroupNames) === undefined &&
    (!form.consoleAccess || passwordChoiceIsValid(form.password))
  );
}
