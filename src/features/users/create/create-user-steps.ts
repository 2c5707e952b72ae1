import {
  AddUserToGroupCommand,
  CreateAccessKeyCommand,
  CreateLoginProfileCommand,
  CreateUserCommand,
  type AccessKey,
  type IAMClient,
} from '@aws-sdk/client-iam';
import { resolvePassword } from '../../../components/password-choice.ts';
import type { CreateUserForm } from './create-user-form.ts';

export type StepStatus = 'pending' | 'in-progress' | 'success' | 'error';

export interface CreateUserStep {
  id: string;
  /** "Create user alice", "Add to group admins"… */
  label: string;
  status: StepStatus;
  error?: unknown;
}

export interface CreateUserResult {
  UserName: string;
  steps: CreateUserStep[];
  /** Whether CreateUser itself succeeded: later steps can fail with the user already there. */
  userCreated: boolean;
  /** Set once CreateLoginProfile succeeds: shown once, then forgotten. */
  Password?: string;
  PasswordResetRequired?: boolean;
  AccessKey?: AccessKey;
}

export function planSteps(form: CreateUserForm): CreateUserStep[] {
  const step = (id: string, label: string): CreateUserStep => ({ id, label, status: 'pending' });
  return [
    step('user', `Create user ${form.UserName}`),
    ...form.GroupNames.map((GroupName) => step(`group:${GroupName}`, `Add to group ${GroupName}`)),
    ...(form.consoleAccess ? [step('login-profile', 'Enable console access')] : []),
    ...(form.createAccessKey ? [step('access-key', 'Create an access key')] : []),
  ];
}

/**
 * Runs CreateUser, AddUserToGroup for each group, CreateLoginProfile and CreateAccessKey in that
 * order, stopping at the first failure. IAM has no transaction across calls, so the result says
 * which steps happened rather than throwing away what was created.
 */
export async function runCreateUser(
  iam: IAMClient,
  form: CreateUserForm,
  onProgress: (steps: CreateUserStep[]) => void,
): Promise<CreateUserResult> {
  const steps = planSteps(form);
  const result: CreateUserResult = { UserName: form.UserName, steps, userCreated: false };
  const set = (index: number, change: Partial<CreateUserStep>) => {
    steps[index] = { ...steps[index]!, ...change };
    onProgress([...steps]);
  };

  const actions: (() => Promise<void>)[] = steps.map((step) => async () => {
    if (step.id === 'user') {
      await iam.send(
        new CreateUserCommand({
          UserName: form.UserName,
          Path: form.Path,
          Tags: form.Tags.length > 0 ? form.Tags : undefined,
        }),
      );
      result.userCreated = true;
    } else if (step.id.startsWith('group:')) {
      const GroupName = step.id.slice('group:'.length);
      await iam.send(new AddUserToGroupCommand({ GroupName, UserName: form.UserName }));
    } else if (step.id === 'login-profile') {
      const Password = resolvePassword(form.password);
      const { PasswordResetRequired } = form.password;
      await iam.send(
        new CreateLoginProfileCommand({ UserName: form.UserName, Password, PasswordResetRequired }),
      );
      result.Password = Password;
      result.PasswordResetRequired = PasswordResetRequired;
    } else if (step.id === 'access-key') {
      const output = await iam.send(new CreateAccessKeyCommand({ UserName: form.UserName }));
      result.AccessKey = output.AccessKey;
    }
  });

  for (const [index, action] of actions.entries()) {
    set(index, { status: 'in-progress' });
    try {
      await action();
      set(index, { status: 'success' });
    } catch (error) {
      set(index, { status: 'error', error });
      break;
    }
  }

  result.steps = [...steps];
  return result;
}
