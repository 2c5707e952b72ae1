import { CreateRoleCommand, GetRoleCommand, ListRolesCommand } from '@aws-sdk/client-iam';
import { accountId, expect, rootIam, signInAsRoot, test } from './fixtures.ts';

const AWSServiceName = 'elasticbeanstalk.amazonaws.com';
// IAM names the role after the service ("Service-linked role" column of the services list):
// https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_aws-services-that-work-with-iam.html
const RoleName = 'AWSServiceRoleForElasticBeanstalk';
const Path = `/aws-service-role/${AWSServiceName}/`;

test('a service-linked role is created from the roles list and deleted by its task', async ({
  page,
  baseURL,
}) => {
  const iam = rootIam(baseURL);
  // A role of the account's own, so that the list is known to have loaded after the deletion.
  await iam.send(
    new CreateRoleCommand({
      RoleName: 'e2e-own-role',
      AssumeRolePolicyDocument: JSON.stringify({
        Version: '2012-10-17',
        Statement: [
          {
            Effect: 'Allow',
            Principal: { AWS: `arn:aws:iam::${accountId}:root` },
            Action: 'sts:AssumeRole',
          },
        ],
      }),
    }),
  );
  await signInAsRoot(page);

  await page.goto('/roles');
  await page.getByRole('button', { name: 'Create service-linked role' }).click();
  const createDialog = page.getByRole('dialog', { name: 'Create service-linked role' });
  const serviceName = createDialog.getByLabel('AWS service name');
  // A host that is not a service principal is refused before anything is sent.
  await serviceName.fill('elasticbeanstalk.example.com');
  await expect(createDialog.getByText(/Enter the service principal/)).toBeVisible();
  await expect(createDialog.getByRole('button', { name: 'Create' })).toBeDisabled();
  await serviceName.fill(AWSServiceName);
  await createDialog.getByRole('button', { name: 'Create' }).click();

  // The console opens the new role, owned by its service.
  await expect(page).toHaveURL(new RegExp(`/roles/${RoleName}$`));
  await expect(
    page.getByText(`arn:aws:iam::${accountId}:role${Path}${RoleName}`).first(),
  ).toBeVisible();
  await expect(page.getByText('Service-linked role', { exact: true })).toBeVisible();
  await expect(page.getByLabel('Trust policy document')).toContainText(AWSServiceName);
  await expect(page.getByRole('button', { name: 'Delete service-linked role' })).toBeVisible();
  // The permissions panel loads on its own: wait for it before checking its buttons are absent.
  await expect(
    page.getByText("A service-linked role's policies are managed by its AWS service."),
  ).toBeVisible();
  for (const name of [
    'Edit',
    'Edit trust policy',
    'Delete',
    'Attach policies',
    'Add inline policy',
  ]) {
    await expect(page.getByRole('button', { name, exact: true })).toHaveCount(0);
  }
  const created = await iam.send(new GetRoleCommand({ RoleName }));
  expect(created.Role?.Path).toBe(Path);

  // The list shows it under its service's path, marked service-linked.
  await page.goto('/roles');
  const row = page.getByRole('row').filter({ hasText: RoleName });
  await expect(row).toContainText(Path);
  await expect(row).toContainText('Service-linked');

  // Deletion: the name is typed to confirm, then the task is submitted and polled to the end.
  await row.getByRole('link', { name: RoleName }).click();
  await page.getByRole('button', { name: 'Delete service-linked role' }).click();
  const deleteDialog = page.getByRole('dialog', {
    name: `Delete service-linked role ${RoleName}?`,
  });
  const confirm = deleteDialog.getByRole('button', { name: 'Delete', exact: true });
  await expect(confirm).toBeDisabled();
  await deleteDialog.getByLabel(`To confirm, type ${RoleName}`).fill(RoleName);
  await confirm.click();
  await expect(page.getByText(`Deleted service-linked role ${RoleName}`)).toBeVisible({
    timeout: 30_000,
  });
  await expect(page).toHaveURL(/\/roles$/);
  await expect(page.getByRole('link', { name: 'e2e-own-role' })).toBeVisible();
  await expect(page.getByRole('link', { name: RoleName })).toHaveCount(0);

  await expect(iam.send(new GetRoleCommand({ RoleName }))).rejects.toMatchObject({
    name: 'NoSuchEntityException',
  });
  const listed = await iam.send(new ListRolesCommand({ PathPrefix: '/aws-service-role/' }));
  expect(listed.Roles?.map((role) => role.RoleName) ?? []).not.toContain(RoleName);
});
