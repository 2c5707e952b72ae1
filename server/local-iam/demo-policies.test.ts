import {
  CreateAccessKeyCommand,
  CreateVirtualMFADeviceCommand,
  DeleteVirtualMFADeviceCommand,
  GetAccountAuthorizationDetailsCommand,
  GetUserCommand,
  IAMClient,
  ListAttachedGroupPoliciesCommand,
  ListRolesCommand,
  ListUsersCommand,
} from '@aws-sdk/client-iam';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parsePolicyDocument } from './policy/document.ts';
import { rejectionOf, startHarness, type Harness } from './test/harness.ts';

let harness: Harness;
let iam: IAMClient;
beforeAll(async () => {
  harness = await startHarness({ demo: true });
  iam = harness.iam();
});
afterAll(() => harness.close());

async function signInAs(UserName: string): Promise<IAMClient> {
  const { AccessKey } = await iam.send(new CreateAccessKeyCommand({ UserName }));
  return harness.iam({
    accessKeyId: AccessKey!.AccessKeyId!,
    secretAccessKey: AccessKey!.SecretAccessKey!,
  });
}

describe('demo organisation permissions', () => {
  it('gives each group and role realistic policies', async () => {
    const admins = await iam.send(new ListAttachedGroupPoliciesCommand({ GroupName: 'Admins' }));
    expect(admins.AttachedPolicies!.map((p) => p.PolicyName)).toEqual(['AdministratorAccess']);
    const devops = await iam.send(new ListAttachedGroupPoliciesCommand({ GroupName: 'Devops' }));
    expect(devops.AttachedPolicies!.map((p) => p.PolicyName)).toEqual(['DeployPipelineAccess']);

    const details = await iam.send(new GetAccountAuthorizationDetailsCommand({}));
    const role = details.RoleDetailList!.find((r) => r.RoleName === 'read-only');
    expect(role!.AttachedManagedPolicies!.map((p) => p.PolicyName)).toEqual(['ReadOnlyAccess']);
    const developers = details.GroupDetailList!.find((g) => g.GroupName === 'Developers');
    expect(developers!.GroupPolicyList!.map((p) => p.PolicyName)).toEqual(['ManageOwnCredentials']);
    // Every stored document is one IAM itself would accept.
    const documents = [
      ...details.GroupDetailList!.flatMap((g) => g.GroupPolicyList!),
      ...details.RoleDetailList!.flatMap((r) => r.RolePolicyList!),
    ].map((p) => decodeURIComponent(p.PolicyDocument!));
    for (const text of documents) expect(() => parsePolicyDocument(text, 'identity')).not.toThrow();
  });

  it('lets an admin list users, and a developer read itself but not list users', async () => {
    const admin = await signInAs('erin.okafor');
    await expect(admin.send(new ListUsersCommand({}))).resolves.toBeDefined();

    const developer = await signInAs('chen.wei');
    const { User } = await developer.send(new GetUserCommand({}));
    expect(User!.UserName).toBe('chen.wei');
    const error = await rejectionOf(developer.send(new ListUsersCommand({})));
    expect(error.name).toBe('AccessDenied');
    // PowerUserAccess keeps iam:ListRoles among the few IAM actions it allows.
    await expect(developer.send(new ListRolesCommand({}))).resolves.toBeDefined();
  });

  it('lets a developer create and delete a virtual MFA device of their own name only', async () => {
    const developer = await signInAs('chen.wei');
    const { VirtualMFADevice } = await developer.send(
      new CreateVirtualMFADeviceCommand({ VirtualMFADeviceName: 'chen.wei' }),
    );
    await developer.send(
      new DeleteVirtualMFADeviceCommand({ SerialNumber: VirtualMFADevice!.SerialNumber }),
    );

    const error = await rejectionOf(
      developer.send(new CreateVirtualMFADeviceCommand({ VirtualMFADeviceName: 'erin.okafor' })),
    );
    expect(error.name).toBe('AccessDenied');
  });
});
