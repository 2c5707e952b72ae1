import type { Page, Route } from '@playwright/test';
import { CreateRoleCommand, CreateUserCommand } from '@aws-sdk/client-iam';
import { accountAlias, accountId, expect, rootIam, signInAsRoot, test } from './fixtures.ts';

const IAM_ENDPOINT = '**/local-aws/';

/** Answers the IAM calls named `action` with `answer`, and lets every other call through. */
async function routeAction(
  page: Page,
  action: string,
  answer: (route: Route) => Promise<void>,
): Promise<void> {
  await page.route(IAM_ENDPOINT, async (route) => {
    if ((route.request().postData() ?? '').includes(`Action=${action}`)) await answer(route);
    else await route.fallback();
  });
}

const ACCESS_DENIED_XML =
  '<ErrorResponse xmlns="https://iam.amazonaws.com/doc/2010-05-08/"><Error><Type>Sender</Type>' +
  '<Code>AccessDenied</Code><Message>not authorized to perform: iam:ListAccountAliases</Message>' +
  '</Error><RequestId>e2e-denied-0000</RequestId></ErrorResponse>';

test('the dashboard waits for the alias before offering Create alias or a sign-in URL', async ({
  page,
}) => {
  let release = () => {};
  const answered = new Promise<void>((resolve) => (release = resolve));
  await routeAction(page, 'ListAccountAliases', async (route) => {
    await answered;
    await route.fallback();
  });
  await signInAsRoot(page);

  await expect(page.getByText('Loading the account alias').filter({ visible: true })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Create alias' })).toHaveCount(0);
  await expect(page.getByText(`/signin/${accountId}`).filter({ visible: true })).toHaveCount(0);
  await expect(page.getByText('None', { exact: true }).filter({ visible: true })).toHaveCount(0);

  release();
  await expect(page.getByRole('button', { name: 'Edit alias' })).toBeVisible();
  await expect(page.getByText(`/signin/${accountAlias}`).filter({ visible: true })).toHaveCount(1);
});

test('the user menu says the alias is not readable when ListAccountAliases is denied', async ({
  page,
}) => {
  await routeAction(page, 'ListAccountAliases', (route) =>
    route.fulfill({ status: 403, contentType: 'text/xml', body: ACCESS_DENIED_XML }),
  );
  await signInAsRoot(page);

  await page.getByRole('button', { name: 'root', exact: true }).click();
  await expect(
    page.getByRole('menuitem', { name: 'Account alias: not readable with these credentials' }),
  ).toBeVisible();
});

test('a role page keeps its data and the unsaved tag edit when the server goes away', async ({
  page,
  baseURL,
}) => {
  const RoleName = 'e2e-server-gone';
  const AssumeRolePolicyDocument = JSON.stringify({
    Version: '2012-10-17',
    Statement: [
      {
        Effect: 'Allow',
        Principal: { AWS: `arn:aws:iam::${accountId}:root` },
        Action: 'sts:AssumeRole',
      },
    ],
  });
  await rootIam(baseURL).send(
    new CreateRoleCommand({
      RoleName,
      AssumeRolePolicyDocument,
      Tags: [{ Key: 'team', Value: 'a' }],
    }),
  );
  await signInAsRoot(page);
  await page.goto(`/roles/${RoleName}`);
  await expect(page.getByLabel('Tag key 1', { exact: true })).toHaveValue('team');
  await page.getByLabel('Tag value 1', { exact: true }).fill('edited');

  await page.route(IAM_ENDPOINT, (route) => route.abort('connectionrefused'));
  await page.getByRole('button', { name: 'Save tags' }).click();

  await expect(page.getByText('Could not refresh the role').filter({ visible: true })).toBeVisible({
    timeout: 15_000,
  });
  await expect(page.getByText('Could not load the role')).toHaveCount(0);
  await expect(page.getByLabel('Tag value 1', { exact: true })).toHaveValue('edited');
  await expect(page.getByLabel('Trust policy document')).toBeVisible();
});

test('a flash of the Tags tab is cleared when the user moves to another tab', async ({
  page,
  baseURL,
}) => {
  const UserName = 'e2e-flash-tab';
  await rootIam(baseURL).send(new CreateUserCommand({ UserName }));
  await signInAsRoot(page);
  await page.goto(`/users/${UserName}?tab=tags`);

  await page.getByRole('button', { name: 'Add tag' }).click();
  await page.getByLabel('Tag key 1', { exact: true }).fill('team');
  await page.getByRole('button', { name: 'Save tags' }).click();
  const saved = page.getByText(`Saved tags of ${UserName}`).filter({ visible: true });
  await expect(saved).toBeVisible();

  await page.getByRole('tab', { name: 'Groups' }).click();
  await expect(saved).toHaveCount(0);
});

test('a page whose code cannot be fetched says the server could not be reached', async ({
  page,
}) => {
  await signInAsRoot(page);
  await page.route('**/assets/RolesListPage*', (route) => route.abort('connectionrefused'));
  await page.getByRole('link', { name: 'Roles', exact: true }).first().click();

  await expect(
    page.getByText('The console server could not be reached', { exact: false }).first(),
  ).toBeVisible();
  await expect(page.getByRole('button', { name: 'Retry' }).first()).toBeVisible();
  await expect(page.getByRole('button', { name: 'Reload page' }).first()).toBeVisible();
});
