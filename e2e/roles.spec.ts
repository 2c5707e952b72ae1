import {
  CreatePolicyCommand,
  GetRoleCommand,
  IAMClient,
  ListAttachedRolePoliciesCommand,
} from '@aws-sdk/client-iam';
import { accountId, expect, root, signInAsRoot, test } from './fixtures.ts';

function rootIam(baseURL: string | undefined) {
  return new IAMClient({
    endpoint: `${baseURL}/local-aws/`,
    region: 'us-east-1',
    credentials: { accessKeyId: root.accessKeyId, secretAccessKey: root.secretAccessKey },
  });
}

test('a role trusting this account gets a policy, a new trust policy, then is deleted', async ({
  page,
  baseURL,
}) => {
  const iam = rootIam(baseURL);
  await iam.send(
    new CreatePolicyCommand({
      PolicyName: 'e2e-deploy',
      PolicyDocument: JSON.stringify({
        Version: '2012-10-17',
        Statement: [{ Effect: 'Allow', Action: 'iam:GetUser', Resource: '*' }],
      }),
    }),
  );
  await signInAsRoot(page);

  // Trusted entity: this account, with MFA required.
  await page.goto('/roles/create');
  await page.getByRole('radio', { name: /This account/ }).check();
  await page.getByRole('checkbox', { name: /Require MFA/ }).check();
  await page.getByRole('button', { name: 'Next' }).click();

  // Permissions: one customer managed policy.
  await page.getByRole('button', { name: /Managed policies/ }).click();
  await page.keyboard.type('e2e-deploy');
  await page.getByRole('option', { name: /e2e-deploy/ }).click();
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'Next' }).click();

  // Details: the name is checked before moving on.
  await page.getByRole('button', { name: 'Next' }).click();
  await expect(page.getByText('Enter a role name.')).toBeVisible();
  await page.getByLabel('Role name').fill('e2e-deployer');
  await page.getByLabel('Path').fill('/ci/');
  await expect(page.getByText("A role's path is fixed at creation")).toBeVisible();
  await page.getByLabel(/Description/).fill('Deploys from CI');
  await page.getByRole('button', { name: 'Next' }).click();

  // Review, then create.
  await expect(page.getByLabel('Trust policy to create')).toContainText(
    `arn:aws:iam::${accountId}:root`,
  );
  await expect(page.getByLabel('Trust policy to create')).toContainText(
    'aws:MultiFactorAuthPresent',
  );
  await page.getByRole('button', { name: 'Create role' }).click();
  await expect(page).toHaveURL(/\/roles\/e2e-deployer$/);
  await expect(
    page.getByText(`arn:aws:iam::${accountId}:role/ci/e2e-deployer`).first(),
  ).toBeVisible();
  const attached = await iam.send(
    new ListAttachedRolePoliciesCommand({ RoleName: 'e2e-deployer' }),
  );
  expect(attached.AttachedPolicies?.map((policy) => policy.PolicyName)).toEqual(['e2e-deploy']);

  // Edit the trust policy: an invalid document is refused before sending, a valid one saved.
  await page.getByRole('button', { name: 'Edit trust policy' }).click();
  const dialog = page.getByRole('dialog', { name: /Edit trust policy/ });
  const editor = dialog.getByRole('textbox', { name: 'Trust policy' });
  const trustingEc2 = JSON.stringify({
    Version: '2012-10-17',
    Statement: [
      { Effect: 'Allow', Principal: { Service: 'ec2.amazonaws.com' }, Action: 'sts:AssumeRole' },
    ],
  });
  await editor.fill(trustingEc2.replace('"Principal"', '"Resource":"*","Principal"'));
  await expect(dialog.getByText(/a trust policy has no Resource/)).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Update policy' })).toBeDisabled();
  await editor.fill(trustingEc2);
  await dialog.getByRole('button', { name: 'Update policy' }).click();
  await expect(page.getByLabel('Trust policy document')).toContainText('ec2.amazonaws.com');
  const role = await iam.send(new GetRoleCommand({ RoleName: 'e2e-deployer' }));
  expect(decodeURIComponent(role.Role?.AssumeRolePolicyDocument ?? '')).toContain(
    'ec2.amazonaws.com',
  );

  // Delete: the attached policy is detached first, then the role.
  await page.getByRole('button', { name: 'Delete', exact: true }).click();
  const confirm = page.getByRole('dialog', { name: 'Delete role e2e-deployer?' });
  await confirm.getByLabel('To confirm, type e2e-deployer').fill('e2e-deployer');
  await confirm.getByRole('button', { name: 'Delete', exact: true }).click();
  await expect(page).toHaveURL(/\/roles$/);
  await expect(page.getByText('Deleted role e2e-deployer')).toBeVisible();
  await expect(iam.send(new GetRoleCommand({ RoleName: 'e2e-deployer' }))).rejects.toThrow();
});
