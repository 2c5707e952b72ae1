import {
  AddUserToGroupCommand,
  AttachUserPolicyCommand,
  CreateAccessKeyCommand,
  CreateGroupCommand,
  CreateLoginProfileCommand,
  CreateUserCommand,
  CreateVirtualMFADeviceCommand,
  EnableMFADeviceCommand,
  GetUserCommand,
  GetGroupCommand,
  ListVirtualMFADevicesCommand,
  PutUserPolicyCommand,
} from '@aws-sdk/client-iam';
import { Secret, TOTP } from 'otpauth';
import { expect, rootIam, signInAsRoot, test } from './fixtures.ts';

const USERS = ['leaving-user-1', 'leaving-user-2'];
const POLICY = JSON.stringify({
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Action: 's3:ListAllMyBuckets', Resource: '*' }],
});

test('two users with keys, a password, a group and policies are deleted together', async ({
  page,
  baseURL,
}) => {
  const iam = rootIam(baseURL);
  await iam.send(new CreateGroupCommand({ GroupName: 'leavers' }));
  for (const UserName of USERS) {
    await iam.send(new CreateUserCommand({ UserName, Path: '/leaving/' }));
    await iam.send(new CreateAccessKeyCommand({ UserName }));
    await iam.send(new CreateAccessKeyCommand({ UserName }));
    await iam.send(new CreateLoginProfileCommand({ UserName, Password: 'Leaving-Example-Pass-1' }));
    await iam.send(new AddUserToGroupCommand({ GroupName: 'leavers', UserName }));
    await iam.send(
      new AttachUserPolicyCommand({
        UserName,
        PolicyArn: 'arn:aws:iam::aws:policy/ReadOnlyAccess',
      }),
    );
    await iam.send(
      new PutUserPolicyCommand({ UserName, PolicyName: 'list-buckets', PolicyDocument: POLICY }),
    );
  }

  await signInAsRoot(page);
  await page.goto('/users?path=%2Fleaving%2F');
  for (const UserName of USERS) {
    await page.getByRole('checkbox', { name: `Select ${UserName}` }).check();
  }
  await page.getByRole('button', { name: 'Delete', exact: true }).click();

  // Every blocker is listed for each user before anything is sent.
  const dialog = page.getByRole('dialog', { name: 'Delete 2 users?' });
  for (const UserName of USERS) {
    const blockers = dialog.getByRole('list', { name: `What blocks deleting ${UserName}` });
    await expect(blockers).toContainText('Console password');
    await expect(blockers.getByText(/^Access key AKIA/)).toHaveCount(2);
    await expect(blockers).toContainText('Inline policy list-buckets');
    await expect(blockers).toContainText('Attached policy ReadOnlyAccess');
    await expect(blockers).toContainText('Member of group leavers');
  }
  await dialog.getByRole('button', { name: /Show as code/ }).click();
  await expect(dialog.getByLabel('AWS CLI commands', { exact: true })).toContainText(
    'aws iam remove-user-from-group --group-name leavers --user-name leaving-user-2',
  );

  const deleteButton = dialog.getByRole('button', { name: 'Delete', exact: true });
  await expect(deleteButton).toBeDisabled();
  await dialog.getByLabel('To confirm, type "delete"').fill('delete');
  await deleteButton.click();

  // The dialog closes once every step is done, and the list no longer has them.
  await expect(
    page.getByText('Deleted leaving-user-1, leaving-user-2').filter({ visible: true }).first(),
  ).toBeVisible();
  await expect(page.getByRole('link', { name: 'leaving-user-1' })).toHaveCount(0);

  for (const UserName of USERS) {
    await expect(iam.send(new GetUserCommand({ UserName }))).rejects.toMatchObject({
      name: 'NoSuchEntityException',
    });
  }
  const group = await iam.send(new GetGroupCommand({ GroupName: 'leavers' }));
  expect(group.Users).toEqual([]);
});

test('a user with an MFA device, a key and a password is deleted from its own page', async ({
  page,
  baseURL,
}) => {
  const iam = rootIam(baseURL);
  const UserName = 'leaving-from-page';
  await iam.send(new CreateUserCommand({ UserName }));
  await iam.send(new CreateAccessKeyCommand({ UserName }));
  await iam.send(new CreateLoginProfileCommand({ UserName, Password: 'Leaving-Example-Pass-1' }));
  const { VirtualMFADevice } = await iam.send(
    new CreateVirtualMFADeviceCommand({ VirtualMFADeviceName: UserName }),
  );
  const secret = Secret.fromBase32(new TextDecoder().decode(VirtualMFADevice!.Base32StringSeed));
  const totp = new TOTP({ secret });
  const now = Date.now();
  await iam.send(
    new EnableMFADeviceCommand({
      UserName,
      SerialNumber: VirtualMFADevice!.SerialNumber,
      AuthenticationCode1: totp.generate({ timestamp: now - 30_000 }),
      AuthenticationCode2: totp.generate({ timestamp: now }),
    }),
  );

  await signInAsRoot(page);
  await page.goto(`/users/${UserName}`);
  await page.getByRole('button', { name: 'Delete user' }).click();
  const dialog = page.getByRole('dialog');
  const blockers = dialog.getByRole('list', { name: `What blocks deleting ${UserName}` });
  await expect(blockers).toContainText('Console password');
  await expect(blockers).toContainText(/MFA/);
  await dialog.getByLabel('To confirm, type "delete"').fill('delete');
  await dialog.getByRole('button', { name: 'Delete', exact: true }).click();

  await expect(page).toHaveURL(/\/users$/);
  await expect(iam.send(new GetUserCommand({ UserName }))).rejects.toMatchObject({
    name: 'NoSuchEntityException',
  });
  const { VirtualMFADevices } = await iam.send(new ListVirtualMFADevicesCommand({}));
  expect(VirtualMFADevices?.map((device) => device.SerialNumber)).not.toContain(
    VirtualMFADevice!.SerialNumber,
  );
});
