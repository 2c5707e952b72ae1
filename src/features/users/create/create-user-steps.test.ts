import type { IAMClient } from '@aws-sdk/client-iam';
import { describe, expect, it, vi } from 'vitest';
import { EMPTY_CREATE_USER_FORM, type CreateUserForm } from './create-user-form.ts';
import { createUserRequests, runCreateUser } from './create-user-steps.ts';

const form: CreateUserForm = {
  ...EMPTY_CREATE_USER_FORM,
  UserName: 'alice',
  Path: '/team/',
  Tags: [{ Key: 'Team', Value: 'QA' }],
  GroupNames: ['Admins', 'Developers'],
  PolicyArns: ['arn:aws:iam::aws:policy/ReadOnlyAccess'],
  consoleAccess: true,
  createAccessKey: true,
};

function fakeIam(failOn?: string) {
  const calls: { name: string; input: Record<string, unknown> }[] = [];
  const send = vi.fn(async (command: { constructor: { name: string }; input: object }) => {
    const name = command.constructor.name;
    calls.push({ name, input: command.input as Record<string, unknown> });
    if (name === failOn) {
      throw Object.assign(new Error('Cannot exceed quota for GroupsPerUser: 10'), {
        name: 'LimitExceededException',
        Code: 'LimitExceeded',
      });
    }
    if (name === 'CreateAccessKeyCommand') {
      return { AccessKey: { AccessKeyId: 'AKIAEXAMPLENEW00001', SecretAccessKey: 'fake-new' } };
    }
    return {};
  });
  return { iam: { send } as unknown as IAMClient, calls };
}

describe('runCreateUser', () => {
  it('runs CreateUser, AddUserToGroup…, CreateLoginProfile, CreateAccessKey in order', async () => {
    const { iam, calls } = fakeIam();
    const progress = vi.fn();
    const result = await runCreateUser(iam, form, progress);

    expect(calls.map((call) => call.name)).toEqual([
      'CreateUserCommand',
      'AddUserToGroupCommand',
      'AddUserToGroupCommand',
      'AttachUserPolicyCommand',
      'CreateLoginProfileCommand',
      'CreateAccessKeyCommand',
    ]);
    expect(calls[0]?.input).toEqual({ UserName: 'alice', Path: '/team/', Tags: form.Tags });
    expect(calls[2]?.input).toEqual({ GroupName: 'Developers', UserName: 'alice' });
    expect(calls[3]?.input).toEqual({
      UserName: 'alice',
      PolicyArn: 'arn:aws:iam::aws:policy/ReadOnlyAccess',
    });
    expect(calls[4]?.input).toMatchObject({ UserName: 'alice', PasswordResetRequired: true });
    expect(result.Password).toHaveLength(15);
    expect(calls[4]?.input.Password).toBe(result.Password);
    expect(result.AccessKey?.SecretAccessKey).toBe('fake-new');
    expect(result.steps.every((step) => step.status === 'success')).toBe(true);
    expect(progress).toHaveBeenCalled();
  });

  it('stops at the failing step and says what was done', async () => {
    const { iam, calls } = fakeIam('AddUserToGroupCommand');
    const result = await runCreateUser(iam, form, () => undefined);

    expect(calls.map((call) => call.name)).toEqual(['CreateUserCommand', 'AddUserToGroupCommand']);
    expect(result.userCreated).toBe(true);
    expect(result.steps.map((step) => step.status)).toEqual([
      'success',
      'error',
      'pending',
      'pending',
      'pending',
      'pending',
    ]);
    expect(result.Password).toBeUndefined();
  });

  it('sends no Tags when there are none', async () => {
    const { iam, calls } = fakeIam();
    await runCreateUser(iam, { ...EMPTY_CREATE_USER_FORM, UserName: 'bob' }, () => undefined);
    expect(calls).toEqual([{ name: 'CreateUserCommand', input: { UserName: 'bob', Path: '/' } }]);
  });

  it('shows as code the same calls without the password', () => {
    const requests = createUserRequests(form);
    expect(requests.map((request) => request.Action)).toEqual([
      'CreateUser',
      'AddUserToGroup',
      'AddUserToGroup',
      'AttachUserPolicy',
      'CreateLoginProfile',
      'CreateAccessKey',
    ]);
    const loginProfile = requests[4];
    expect(loginProfile).toMatchObject({ Action: 'CreateLoginProfile', PasswordLength: 15 });
    expect(loginProfile?.input).toMatchObject({ Password: '' });
  });
});
