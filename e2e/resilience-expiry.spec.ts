import type { Page, Route } from '@playwright/test';
import { CreateUserCommand, GetUserCommand } from '@aws-sdk/client-iam';
import { expect, root, rootIam, signInAsRoot, test } from './fixtures.ts';

// AWS names the request in a header as well as in the body; the SDK reads the header.
const REQUEST_ID = 'e2e-expired-0000';
const EXPIRED_MESSAGE = 'The security token included in the request is expired';

/**
 * Answers as AWS does once temporary credentials have run out: `ExpiredToken`, 403 from IAM and
 * 400 from STS, each in its own namespace (https://docs.aws.amazon.com/STS/latest/APIReference/
 * CommonErrors.html). The service is read from the SigV4 credential scope, as the server does.
 */
async function answerExpiredToken(route: Route): Promise<void> {
  const authorization = (await route.request().allHeaders())['authorization'] ?? '';
  const isSts = authorization.includes('/sts/aws4_request');
  const namespace = isSts
    ? 'https://sts.amazonaws.com/doc/2011-06-15/'
    : 'https://iam.amazonaws.com/doc/2010-05-08/';
  await route.fulfill({
    status: isSts ? 400 : 403,
    contentType: 'text/xml',
    headers: { 'x-amzn-RequestId': REQUEST_ID },
    body:
      `<ErrorResponse xmlns="${namespace}"><Error><Type>Sender</Type><Code>ExpiredToken</Code>` +
      `<Message>${EXPIRED_MESSAGE}</Message></Error>` +
      `<RequestId>${REQUEST_ID}</RequestId></ErrorResponse>`,
  });
}

async function expireCredentials(page: Page): Promise<void> {
  await page.route('**/local-aws/', answerExpiredToken);
}

async function restoreCredentials(page: Page): Promise<void> {
  await page.unroute('**/local-aws/', answerExpiredToken);
}

/** Waits until no request to the local account has been in flight for half a second. */
async function waitForQuiet(page: Page): Promise<void> {
  let inFlight = 0;
  let lastChange = Date.now();
  const track = (delta: number) => () => {
    inFlight += delta;
    lastChange = Date.now();
  };
  page.on('request', track(1));
  page.on('requestfinished', track(-1));
  page.on('requestfailed', track(-1));
  await expect.poll(() => inFlight <= 0 && Date.now() - lastChange > 500).toBe(true);
}

/** Signs in again on the sign-in page the console went back to, keeping where it came from. */
async function signInAgain(page: Page): Promise<void> {
  await page.getByRole('radio', { name: /root user/i }).check();
  await page.getByLabel('Access key ID').fill(root.accessKeyId);
  await page.getByLabel('Secret access key').fill(root.secretAccessKey);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

test('credentials expiring mid-use return to sign-in, then to the page that was opened', async ({
  page,
  baseURL,
}) => {
  await rootIam(baseURL).send(new CreateUserCommand({ UserName: 'expiry-user' }));
  await signInAsRoot(page);
  await page.goto('/users');
  await expect(page.getByRole('link', { name: 'expiry-user', exact: true })).toBeVisible();
  await waitForQuiet(page);

  // The app is running (no reload) when the credentials stop working.
  await expireCredentials(page);
  await page.getByRole('link', { name: 'Password policy', exact: true }).first().click();

  await expect(page).toHaveURL(/\/signin$/);
  await expect(page.getByText('Your credentials expired.', { exact: false })).toBeVisible();
  expect(await page.evaluate(() => sessionStorage.getItem('iam-console.session'))).toBeNull();

  await restoreCredentials(page);
  await signInAgain(page);
  await expect(page).toHaveURL(/\/password-policy$/);
  await expect(page.getByText('Your credentials expired.', { exact: false })).toHaveCount(0);
});

test('the create-user form survives expiry without its password', async ({
  page,
  baseURL,
  secretsWatch,
}) => {
  const password = 'Expiry-Draft-Pass-42';
  secretsWatch.add(password);
  await signInAsRoot(page);
  await page.goto('/users/create');

  await page.getByLabel('User name').fill('draft-user');
  await page.getByLabel('Path').fill('/drafts/');
  await page.getByRole('checkbox', { name: /provide console access/i }).check();
  await page.getByRole('radio', { name: /custom password/i }).check();
  await page.locator('input[type="password"]').fill(password);
  await page.getByRole('button', { name: 'Next', exact: true }).click();
  await page.getByRole('button', { name: 'Next', exact: true }).click();
  await page.getByRole('button', { name: 'Add tag', exact: true }).click();
  await page.getByLabel('Tag key 1').fill('Team');
  await page.getByLabel('Tag value 1').fill('Drafts');
  await page.getByRole('button', { name: 'Next', exact: true }).click();

  // The credentials run out just as the user submits.
  await expireCredentials(page);
  await page.getByRole('button', { name: 'Create user' }).click();
  await expect(page).toHaveURL(/\/signin$/);
  await expect(page.getByText('Your credentials expired.', { exact: false })).toBeVisible();
  const draft = await page.evaluate(() => sessionStorage.getItem('iam-console.draft.create-user'));
  expect(draft).toContain('draft-user');
  expect(draft).not.toContain(password);

  await restoreCredentials(page);
  await signInAgain(page);
  await expect(page).toHaveURL(/\/users\/create$/);
  await expect(page.getByLabel('User name')).toHaveValue('draft-user');
  await expect(page.getByLabel('Path')).toHaveValue('/drafts/');
  await expect(page.getByRole('checkbox', { name: /provide console access/i })).toBeChecked();
  await expect(page.locator('input[type="password"]')).toHaveValue('');

  // The password is typed again; the rest, tags included, came back from the draft.
  await page.locator('input[type="password"]').fill(password);
  await page.getByRole('button', { name: 'Next', exact: true }).click();
  await page.getByRole('button', { name: 'Next', exact: true }).click();
  await expect(page.getByLabel('Tag value 1')).toHaveValue('Drafts');
  await page.getByRole('button', { name: 'Next', exact: true }).click();
  await page.getByRole('button', { name: 'Create user' }).click();
  await expect(page.getByText('draft-user').filter({ visible: true }).first()).toBeVisible();

  const { User } = await rootIam(baseURL).send(new GetUserCommand({ UserName: 'draft-user' }));
  expect(User?.Path).toBe('/drafts/');
  expect(User?.Tags).toEqual([{ Key: 'Team', Value: 'Drafts' }]);
  await expect
    .poll(() => page.evaluate(() => sessionStorage.getItem('iam-console.draft.create-user')))
    .toBeNull();
});
