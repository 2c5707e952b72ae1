import type { Page } from '@playwright/test';
import { CreateUserCommand } from '@aws-sdk/client-iam';
import { accountId, expect, root, rootIam, signInAsRoot, test } from './fixtures.ts';

/**
 * Downloads of the chunk fail as if the console server were gone, until the returned function
 * brings it back. Vite asks for a chunk twice (a modulepreload link, then the import itself).
 */
async function chunkUnreachable(page: Page, chunk: string): Promise<() => void> {
  let serverGone = true;
  await page.route(`**/assets/${chunk}-*.js`, async (route) => {
    if (serverGone) await route.abort('connectionrefused');
    else await route.fallback();
  });
  return () => {
    serverGone = false;
  };
}

test('Retry downloads a page whose chunk failed, without reloading the page', async ({ page }) => {
  await signInAsRoot(page);
  const serverBack = await chunkUnreachable(page, 'RolesListPage');
  // Reload would take the console back to a fresh document; this marker would not survive it.
  await page.evaluate(() => document.documentElement.setAttribute('data-e2e-same-document', ''));

  await page.getByRole('link', { name: 'Roles', exact: true }).first().click();
  const unreachable = page.getByText('The page section could not be loaded').filter({
    visible: true,
  });
  await expect(unreachable).toBeVisible();

  serverBack();
  await page.getByRole('button', { name: 'Retry' }).filter({ visible: true }).click();
  await expect(page.getByRole('link', { name: 'Create role' })).toBeVisible();
  await expect(unreachable).toHaveCount(0);
  await expect(page.locator('html[data-e2e-same-document]')).toHaveCount(1);
});

test('Retry downloads the permissions section of a user page after a failed chunk', async ({
  page,
  baseURL,
}) => {
  const UserName = 'e2e-chunk-retry';
  await rootIam(baseURL).send(new CreateUserCommand({ UserName }));
  await signInAsRoot(page);
  const serverBack = await chunkUnreachable(page, 'EntityPermissions');

  await page.goto(`/users/${UserName}`);
  await expect(
    page.getByText('The permissions section could not be loaded').filter({ visible: true }),
  ).toBeVisible();

  serverBack();
  await page.getByRole('button', { name: 'Retry' }).filter({ visible: true }).click();
  await expect(page.getByRole('button', { name: 'Attach policies' })).toBeVisible();
});

test('a page chosen again in the navigation is downloaded again after its chunk failed', async ({
  page,
}) => {
  await signInAsRoot(page);
  const serverBack = await chunkUnreachable(page, 'RolesListPage');
  const roles = page.getByRole('link', { name: 'Roles', exact: true }).first();

  await roles.click();
  const unreachable = page.getByText('The page section could not be loaded').filter({
    visible: true,
  });
  await expect(unreachable).toBeVisible();

  serverBack();
  await page.getByRole('link', { name: 'Users', exact: true }).first().click();
  await expect(page.getByRole('heading', { name: /^Users/ })).toBeVisible();
  await roles.click();
  await expect(page.getByRole('link', { name: 'Create role' })).toBeVisible();
  await expect(unreachable).toHaveCount(0);
});

/** React Router's own error page, meant for developers, with no way back but a reload. */
const DEVELOPER_PAGE = /Unexpected Application Error|Hey developer/;

/**
 * Requests matching the pattern fail as if the console server were gone (a chunk's stylesheet,
 * or every asset as when the server is stopped), until the returned function brings it back.
 */
async function assetsUnreachable(page: Page, pattern: string): Promise<() => void> {
  let serverGone = true;
  await page.route(pattern, async (route) => {
    if (serverGone) await route.abort('connectionrefused');
    else await route.fallback();
  });
  return () => {
    serverGone = false;
  };
}

/**
 * The stylesheets in the document whose href contains `part` (every one if empty) that the
 * browser has not applied. A <link> that failed keeps a sheet whose rules cannot be read (a
 * SecurityError in Chromium), so the rules are read, not only the sheet's presence checked.
 */
async function unappliedStylesheets(page: Page, part = ''): Promise<string[]> {
  return page.evaluate((hrefPart) => {
    const applied = (link: HTMLLinkElement) => {
      try {
        return (link.sheet?.cssRules.length ?? 0) > 0;
      } catch {
        return false;
      }
    };
    const links = [...document.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]')];
    return links
      .filter((link) => link.href.includes(hrefPart) && !applied(link))
      .map((link) => link.href);
  }, part);
}

/** The plain error of a part whose download failed: Retry and Reload, no developer wording. */
async function expectUnreachable(page: Page, header: string) {
  const visible = { visible: true };
  await expect(page.getByText(header).filter(visible)).toBeVisible();
  await expect(
    page.getByText('The console server could not be reached').filter(visible),
  ).toBeVisible();
  await expect(page.getByRole('button', { name: 'Reload page' }).filter(visible)).toBeVisible();
  const retry = page.getByRole('button', { name: 'Retry' }).filter(visible);
  await expect(retry).toBeVisible();
  return retry;
}

test("Retry after a page chunk's stylesheet failed shows the page with its styles", async ({
  page,
}) => {
  await signInAsRoot(page);
  // The list pages' own stylesheet, which the dashboard does not load.
  const serverBack = await assetsUnreachable(page, '**/assets/PathListLayout-*.css');
  await page.evaluate(() => document.documentElement.setAttribute('data-e2e-same-document', ''));

  await page.getByRole('link', { name: 'Roles', exact: true }).first().click();
  const retry = await expectUnreachable(page, 'The page section could not be loaded');
  await expect(page.getByText('The page section could not be shown')).toHaveCount(0);

  // A second Retry while the stylesheet still fails shows the same error, not a bare page.
  await retry.click();
  await expectUnreachable(page, 'The page section could not be loaded');
  await expect(page.getByText('The page section could not be shown')).toHaveCount(0);
  // The failed <link> is still in the document: the check below would see it if not replaced.
  expect(await unappliedStylesheets(page, 'PathListLayout-')).not.toEqual([]);

  serverBack();
  await retry.click();
  await expect(page.getByRole('link', { name: 'Create role' })).toBeVisible();
  await expect(page.locator('link[rel="stylesheet"][href*="PathListLayout-"]')).not.toHaveCount(0);
  expect(await unappliedStylesheets(page, 'PathListLayout-')).toEqual([]);
  await expect(page.locator('html[data-e2e-same-document]')).toHaveCount(1);
});

test('a page opened while the server is stopped comes back, styled, on Retry', async ({ page }) => {
  await signInAsRoot(page);
  const serverBack = await assetsUnreachable(page, '**/assets/**');

  await page.getByRole('link', { name: 'Users', exact: true }).first().click();
  const retry = await expectUnreachable(page, 'The page section could not be loaded');
  expect(await unappliedStylesheets(page)).not.toEqual([]);

  serverBack();
  await retry.click();
  await expect(page.getByRole('button', { name: 'Create user' })).toBeVisible();
  await expect(page.getByText('The page section could not be loaded')).toHaveCount(0);
  expect(await unappliedStylesheets(page)).toEqual([]);
});

test("the console frame's failed stylesheet shows Retry, then the styled console", async ({
  page,
}) => {
  const serverBack = await assetsUnreachable(page, '**/assets/Layout-*.css');
  await page.goto('/signin');
  await page.getByRole('radio', { name: /root user/i }).check();
  await page.getByLabel('Access key ID').fill(root.accessKeyId);
  await page.getByLabel('Secret access key').fill(root.secretAccessKey);
  await page.getByRole('button', { name: 'Sign in' }).click();

  const retry = await expectUnreachable(page, 'The console could not be loaded');
  await expect(page.getByText(DEVELOPER_PAGE)).toHaveCount(0);

  serverBack();
  await retry.click();
  await expect(
    page.getByText(`arn:aws:iam::${accountId}:root`).filter({ visible: true }).first(),
  ).toBeVisible();
  expect(await unappliedStylesheets(page, 'Layout-')).toEqual([]);
});

test("the console frame's failed chunk shows Retry, not React Router's developer page", async ({
  page,
}) => {
  const serverBack = await chunkUnreachable(page, 'Layout');
  await page.goto('/signin');
  await page.getByRole('radio', { name: /root user/i }).check();
  await page.getByLabel('Access key ID').fill(root.accessKeyId);
  await page.getByLabel('Secret access key').fill(root.secretAccessKey);
  await page.getByRole('button', { name: 'Sign in' }).click();

  await expect(page.getByText('The console could not be loaded')).toBeVisible();
  await expect(page.getByText(DEVELOPER_PAGE)).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Reload page' })).toBeVisible();

  serverBack();
  await page.getByRole('button', { name: 'Retry' }).click();
  await expect(
    page.getByText(`arn:aws:iam::${accountId}:root`).filter({ visible: true }).first(),
  ).toBeVisible();
});

test("the sign-in page's failed chunk shows Retry, then the sign-in form", async ({ page }) => {
  const serverBack = await chunkUnreachable(page, 'SignInPage');
  await page.goto('/signin');

  await expect(page.getByText('The console could not be loaded')).toBeVisible();
  await expect(page.getByText(DEVELOPER_PAGE)).toHaveCount(0);

  serverBack();
  await page.getByRole('button', { name: 'Retry' }).click();
  await expect(page.getByLabel('Access key ID')).toBeVisible();
});
