import {
  AddUserToGroupCommand,
  CreateGroupCommand,
  CreateRoleCommand,
  CreateUserCommand,
} from '@aws-sdk/client-iam';
import type { Page } from '@playwright/test';
import { accountId, expect, rootIam, signInAsRoot, test } from './fixtures.ts';

// The longest values IAM accepts: 64-character names, a 512-character path, and a
// 1,000-character role description.
const longName = (prefix: string) => prefix.padEnd(64, 'x');
const UserName = longName('long-user-');
const GroupName = longName('long-group-');
const RoleName = longName('long-role-');
const Path = `/${'segment-abcdefghij/'.repeat(26)}`.padEnd(511, 'p') + '/';
const Description = 'A role described at the greatest length IAM allows. '
  .repeat(20)
  .slice(0, 1000);
const trustThisAccount = JSON.stringify({
  Version: '2012-10-17',
  Statement: [
    {
      Effect: 'Allow',
      Principal: { AWS: `arn:aws:iam::${accountId}:root` },
      Action: 'sts:AssumeRole',
    },
  ],
});

test.use({ viewport: { width: 800, height: 900 } });

test.beforeEach(async ({ baseURL }) => {
  const iam = rootIam(baseURL);
  await iam.send(new CreateUserCommand({ UserName, Path }));
  await iam.send(new CreateGroupCommand({ GroupName, Path }));
  await iam.send(new AddUserToGroupCommand({ GroupName, UserName }));
  await iam.send(
    new CreateRoleCommand({
      RoleName,
      Path,
      Description,
      AssumeRolePolicyDocument: trustThisAccount,
    }),
  );
});

/** The last column header of the list sits inside the window, not scrolled off to its right. */
async function expectLastColumnOnScreen(page: Page, table: string, lastColumn: string) {
  const header = page
    .getByRole('table', { name: table })
    .getByRole('columnheader', { name: lastColumn })
    .filter({ visible: true })
    .first();
  await expect(header).toBeVisible();
  const box = await header.boundingBox();
  expect(box, `${lastColumn} header box`).not.toBeNull();
  expect(box!.x).toBeGreaterThanOrEqual(0);
  expect(box!.x + box!.width).toBeLessThanOrEqual(800);
}

/** The name is cut to fit, but whole in its link, its title, and one click from its page. */
async function expectNameReachable(page: Page, name: string) {
  const link = page.getByRole('link', { name, exact: true }).filter({ visible: true });
  await expect(link).toBeVisible();
  await expect(page.getByTitle(name, { exact: true }).filter({ visible: true })).toBeVisible();
  await link.click();
  await expect(page.getByRole('heading', { name, exact: true }).first()).toBeVisible();
}

test('at 800 px the groups list keeps its ARN column and a 64-character name', async ({ page }) => {
  await signInAsRoot(page);
  await page.goto('/groups');
  await expect(page.getByRole('searchbox', { name: 'Filter groups' })).toBeVisible();
  await expectLastColumnOnScreen(page, 'User groups', 'ARN');
  await expectNameReachable(page, GroupName);
});

test('at 800 px the roles list keeps its ARN column and a 64-character name', async ({ page }) => {
  await signInAsRoot(page);
  await page.goto('/roles');
  await expect(page.getByRole('searchbox', { name: 'Filter roles' })).toBeVisible();
  await expectLastColumnOnScreen(page, 'Roles', 'ARN');
  await expectNameReachable(page, RoleName);

  // On the role's page the description and path wrap inside the summary.
  await expect(page.getByText(Description, { exact: true })).toBeVisible();
  await expect(page.getByText(Path, { exact: true })).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(800);
});

// Eight default columns do not fit 800 px whatever the names, so the users table scrolls
// inside itself; what it must not do is push its filter, its pages or the window sideways.
test('at 800 px the users list keeps its filter, pages and a 64-character name', async ({
  page,
}) => {
  await signInAsRoot(page);
  await page.goto('/users');
  await expect(page.getByRole('searchbox', { name: 'Filter users' })).toBeVisible();
  await expectLastColumnOnScreen(page, 'Users', 'Path');
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(800);

  // Scrolled to its last column, the table keeps the user name in view (a sticky column).
  const nameLink = page.getByRole('link', { name: UserName }).filter({ visible: true }).first();
  await nameLink.evaluate((link) => {
    let box: HTMLElement | null = link.parentElement;
    const scrolls = (element: HTMLElement) =>
      /auto|scroll/.test(getComputedStyle(element).overflowX) &&
      element.scrollWidth > element.clientWidth + 1;
    while (box && !scrolls(box)) box = box.parentElement;
    box?.scrollTo({ left: box.scrollWidth });
  });
  await expect(
    page.getByRole('columnheader', { name: 'Created' }).filter({ visible: true }).first(),
  ).toBeInViewport();
  const nameBox = await nameLink.boundingBox();
  expect(nameBox!.x).toBeGreaterThanOrEqual(0);
  expect(nameBox!.x).toBeLessThan(400);
  await expectNameReachable(page, UserName);
});

test('at 800 px the navigation starts closed and the path tree folds above the list', async ({
  page,
}) => {
  await signInAsRoot(page);
  await page.goto('/users');
  await expect(
    page.getByRole('link', { name: 'User groups' }).filter({ visible: true }),
  ).toHaveCount(0);
  const browse = page.getByRole('button', { name: 'Browse by path' });
  await expect(browse).toHaveAttribute('aria-expanded', 'false');
  await browse.click();
  await expect(page.getByRole('tree', { name: 'Paths' })).toBeVisible();
});
