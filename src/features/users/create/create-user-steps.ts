import type { AccessKey, CreateAccessKeyCommandOutput, IAMClient } from '@aws-sdk/client-iam';
import { resolvePassword } from '../../../components/password-choice.ts';
import type { IamRequest } from '../../../code/iam-request.ts';
import { sendIamRequest } from '../../../code/send-iam-request.ts';
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

interface PlannedStep {
  id: string;
  label: string;
  request: IamRequest;
}

/**
 * The calls that create the user, in the order they are sent: CreateUser (with its tags),
 * AddUserToGroup for each group, AttachUserPolicy for each policy, CreateLoginProfile,
 * CreateAccessKey. Without a Password (for "Show as code") the request carries an empty one.
 */
export function planCreateUser(form: CreateUserForm, Password = ''): PlannedStep[] {
  const { UserName } = form;
  const steps: PlannedStep[] = [
    {
      id: 'user',
      label: `Create user ${UserName}`,
      request: {
        Action: 'CreateUser',
        input: { UserName, Path: form.Path, Tags: form.Tags.length > 0 ? form.Tags : undefined },
      },
    },
    ...form.GroupNames.map((GroupName) => ({
      id: `group:${GroupName}`,
      label: `Add to group ${GroupName}`,
      request: { Action: 'AddUserToGroup', input: { GroupName, UserName } } as const,
    })),
    ...form.PolicyArns.map((PolicyArn) => ({
      id: `policy:${PolicyArn}`,
      label: `Attach policy ${PolicyArn.slice(PolicyArn.lastIndexOf('/') + 1)}`,
      request: { Action: 'AttachUserPolicy', input: { UserName, PolicyArn } } as const,
    })),
  ];
  if (form.consoleAccess) {
    const generated = form.password.mode === 'generated';
    steps.push({
      id: 'login-profile',
      label: 'Enable console access',
      request: {
        Action: 'CreateLoginProfile',
        input: {
          UserName,
          Password,
          PasswordResetRequired: form.password.PasswordResetRequired,
        },
        PasswordLength: generated ? Number(form.password.length) : undefined,
      },
    });
  }
  if (form.createAccessKey) {
    steps.push({
      id: 'access-key',
      label: 'Create an access key',
      request: { Action: 'CreateAccessKey', input: { UserName } },
    });
  }
  return steps;
}

/** The requests for "Show as code": the password is never part of them. */
export function createUserRequests(form: CreateUserForm): IamRequest[] {
  return planCreateUser(form).map((step) => step.request);
}

export function planSteps(form: CreateUserForm): CreateUserStep[] {
  return planCreateUser(form).map(({ id, label }) => ({ id, label, status: 'pending' }));
}

/**
 * Sends the planned calls in order, stopping at the first failure. IAM has no transaction across
 * calls, so the result says which steps happened rather than throwing away what was created.
 */
export async function runCreateUser(
  iam: IAMClient,
  form: CreateUserForm,
  onProgress: (steps: CreateUserStep[]) => void,
): Promise<CreateUserResult> {
  const Password = form.consoleAccess ? resolvePassword(form.password) : undefined;
  const planned = planCreateUser(form, Password);
  const steps: CreateUserStep[] = planned.map(({ id, label }) => ({
    id,
    label,
    status: 'pending',
  }));
  const result: CreateUserResult = { UserName: form.UserName, steps, userCreated: false };
  const set = (index: number, change: Partial<CreateUserStep>) => {
    steps[index] = { ...steps[index]!, ...change };
    onProgress([...steps]);
  };

  for (const [index, { request }] of planned.entries()) {
    set(index, { status: 'in-progress' });
    try {
      const output = await sendIamRequest(iam, request);
      if (request.Action === 'CreateUser') result.userCreated = true;
      if (request.Action === 'CreateLoginProfile') {
        result.Password = Password;
        result.PasswordResetRequired = request.input.PasswordResetRequired;
      }
      if (request.Action === 'CreateAccessKey') {
        result.AccessKey = (output as CreateAccessKeyCommandOutput).AccessKey;
      }
      set(index, { status: 'success' });
    } catch (error) {
      set(index, { status: 'error', error });
      break;
    }
  }

  result.steps = [...steps];
  return result;
}
