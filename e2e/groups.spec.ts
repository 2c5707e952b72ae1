import {
  CreatePolicyCommand,
  CreateUserCommand,
  GetGroupCommand,
  IAMClient,
  ListAttachedGroupPoliciesCommand,
} from '@aws-sdk/client-iam';
import { expect, root, signInAsRoot, test } from './fixtures.ts';

const readUsers = JSON.stringify({
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Action: 'iam:ListUsers', Resource: '*' }],
});

function rootIam(baseURL: string | undefined) {
  return new IAMClient({
    endpoint: `${baseURL}/local-aws/`,
    region: 'us-east-1',
    credentials: { accessKeyId: root.accessKeyId, secretAccessKey: root.secretAccessKey },
  });
}

test('a group is made with a policy and members, renamed, then deleted with its blockers', async ({
  page,
  baseURL,
}) => {
  const iam = rootIam(baseURL);
  await iam.send(new CreateUserCommand({ UserName: 'e2e-alice' }));
  await iam.send(new CreateUserCommand({ UserName: 'e2e-bob' }));
  await iam.send(
    new CreatePolicyCommand({ PolicyName: 'e2e-read-users', PolicyDocument: readUsers }),
  );
  await signInAsRoot(page);

  // Create: name, path, one managed policy, two members.
  await page.goto('/groups/create');
  await page.getByLabel('Group name').fill('e2e-devs');
  await page.getByLabel('Path').fill('/teams/');
  await page.getByRole('button', { name: /Managed policies/ }).click();
  // The list holds every AWS managed policy and scrolls virtually: filter it first.
  await page.keyboard.type('e2e-read');
  await page.getByRole('option', { name: /e2e-read-users/ }).click();
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: /^Users/ }).click();
  await page.getByRole('option', { name: /e2e-alice/ }).click();
  await page.getByRole('option', { name: /e2e-bob/ }).click();
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'Create group' }).click();

  await expect(page).toHaveURL(/\/groups\/e2e-devs$/);
  await expect(
    page.getByText('arn:aws:iam::123456789012:group/teams/e2e-devs').first(),
  ).toBeVisible();
  await expect(page.getByRole('link', { name: 'e2e-alice' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'e2e-bob' })).toBeVisible();
  const attached = await iam.send(new ListAttachedGroupPoliciesCommand({ GroupName: 'e2e-devs' }));
  expect(attached.AttachedPolicies?.map((policy) => policy.PolicyName)).toEqual(['e2e-read-users']);

  // Rename and move.
  await page.getByRole('button', { name: 'Edit', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Edit e2e-devs' });
  await dialog.getByLabel('Group name').fill('e2e-developers');
  await dialog.getByLabel('Path').fill('/teams/core/');
  await dialog.getByRole('button', { name: 'Save changes' }).click();
  await expect(page).toHaveURL(/\/groups\/e2e-developers$/);
  await expect(
    page.getByText('arn:aws:iam::123456789012:group/teams/core/e2e-developers').first(),
  ).toBeVisible();

  // Delete: members removed, policy detached, then the group, each step shown.
  await page.getByRole('button', { name: 'Delete', exact: true }).click();
  const confirm = page.getByRole('dialog', { name: 'Delete group e2e-developers?' });
  await confirm.getByLabel('To confirm, type e2e-developers').fill('e2e-developers');
  await confirm.getByRole('button', { name: 'Delete', exact: true }).click();
  await expect(page).toHaveURL(/\/groups$/);
  await expect(page.getByText('Deleted group e2e-developers')).toBeVisible();
  await expect(iam.send(new GetGroupCommand({ GroupName: 'e2e-developers' }))).rejects.toThrow(
    /cannot be found|NoSuchEntity/i,
  );
});
