import type { Page, Route } from '@playwright/test';
import { CreateUserCommand } from '@aws-sdk/client-iam';
import { expect, rootIam, signInAsRoot, test } from './fixtures.ts';

const IAM_ENDPOINT = '**/local-aws/';

function isListUsers(route: Route): boolean {
  return (route.request().postData() ?? '').includes('Action=ListUsers');
}

// AWS names the request in a header as well as in the body; the SDK reads the header.
const REQUEST_ID = 'e2e-throttled-0000';

/** IAM's throttling answer: 400, code `Throttling`, which the SDK counts as retryable. */
const THROTTLING_XML =
  '<ErrorResponse xmlns="https://iam.amazonaws.com/doc/2010-05-08/"><Error><Type>Sender</Type>' +
  '<Code>Throttling</Code><Message>Rate exceeded</Message></Error>' +
  `<RequestId>${REQUEST_ID}</RequestId></ErrorResponse>`;

function usersTable(page: Page) {
  return page.getByRole('table', { name: 'Users' });
}

async function openUsersWith(page: Page, answer: (route: Route) => Promise<void>): Promise<void> {
  await page.route(IAM_ENDPOINT, async (route) => {
    if (isListUsers(route)) await answer(route);
    else await route.fallback();
  });
  await page.goto('/users');
}

async function expectRetryRecovers(page: Page): Promise<void> {
  await page.unrouteAll({ behavior: 'wait' });
  await page.getByRole('button', { name: 'Retry' }).filter({ visible: true }).first().click();
  await expect(page.getByRole('link', { name: 'resilient-user', exact: true })).toBeVisible();
  await expect(page.getByText('Could not load users')).toHaveCount(0);
}

test.beforeEach(async ({ page, baseURL }) => {
  await rootIam(baseURL).send(new CreateUserCommand({ UserName: 'resilient-user' }));
  await signInAsRoot(page);
});

test('the server going away shows a network error, and Retry recovers', async ({ page }) => {
  await openUsersWith(page, (route) => route.abort('connectionrefused'));

  await expect(page.getByText('Could not load users: NetworkError')).toBeVisible({
    timeout: 15_000,
  });
  await expect(
    usersTable(page).getByText('The server could not be reached.', { exact: false }),
  ).toBeVisible();
  await expectRetryRecovers(page);
});

test('a slow answer shows loading, then the list', async ({ page }) => {
  await openUsersWith(page, async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 3_000));
    await route.fallback();
  });

  await expect(page.getByText('Loading users')).toBeVisible();
  await expect(page.getByRole('link', { name: 'resilient-user', exact: true })).toBeVisible({
    timeout: 15_000,
  });
  await expect(page.getByText('Loading users')).toHaveCount(0);
});

test('throttling is retried once by the SDK, then shown with Retry', async ({ page }) => {
  // Attempts per SDK invocation: the table and the path tree may each list users, and each
  // call's retries share one amz-sdk-invocation-id.
  const attempts = new Map<string, number>();
  await openUsersWith(page, async (route) => {
    const invocation = (await route.request().allHeaders())['amz-sdk-invocation-id'] ?? '';
    attempts.set(invocation, (attempts.get(invocation) ?? 0) + 1);
    await route.fulfill({
      status: 400,
      contentType: 'text/xml',
      headers: { 'x-amzn-RequestId': REQUEST_ID },
      body: THROTTLING_XML,
    });
  });

  await expect(page.getByText('Could not load users: Throttling')).toBeVisible({
    timeout: 15_000,
  });
  await expect(usersTable(page).getByText('Rate exceeded')).toBeVisible();
  await expect(usersTable(page).getByText(`Request ID: ${REQUEST_ID}`)).toBeVisible();
  // The clients make two attempts (maxAttempts 2); a 4xx is not retried again by the query.
  expect(attempts.size).toBeGreaterThan(0);
  await expect.poll(() => [...attempts.values()].every((count) => count === 2)).toBe(true);
  await expectRetryRecovers(page);
});

test('a throttled first attempt is retried and the list appears without an error', async ({
  page,
}) => {
  let attempts = 0;
  await openUsersWith(page, async (route) => {
    attempts += 1;
    if (attempts === 1) {
      await route.fulfill({
        status: 400,
        contentType: 'text/xml',
        headers: { 'x-amzn-RequestId': REQUEST_ID },
        body: THROTTLING_XML,
      });
    } else await route.fallback();
  });

  await expect(page.getByRole('link', { name: 'resilient-user', exact: true })).toBeVisible();
  await expect(page.getByText('Throttling')).toHaveCount(0);
  expect(attempts).toBe(2);
});
