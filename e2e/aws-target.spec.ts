import type { Page, Request } from '@playwright/test';
import { expect, test } from './fixtures.ts';

// AWS's documentation example pair: obviously fake, and never sent anywhere but page.route.
const keys = {
  accessKeyId: 'ASIAIOSFODNN7EXAMPLE',
  secretAccessKey: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
  sessionToken: 'FwoGZXIvYXdzEXAMPLE-session-token',
};

const STS_ERROR =
  '<ErrorResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/"><Error><Type>Sender</Type>' +
  '<Code>InvalidClientTokenId</Code>' +
  '<Message>The security token included in the request is invalid.</Message></Error>' +
  '<RequestId>e2e-canned-request-0001</RequestId></ErrorResponse>';

/**
 * Answers every request for /relay/ in the browser with a canned STS error, so the console's
 * relay is never reached and nothing reaches AWS; anything addressed to AWS directly is aborted.
 */
async function interceptRelay(page: Page) {
  const relayed: Request[] = [];
  const direct: string[] = [];
  await page.route('**/relay/**', async (route) => {
    relayed.push(route.request());
    await route.fulfill({
      status: 403,
      contentType: 'text/xml',
      headers: { 'x-amzn-requestid': 'e2e-canned-request-0001' },
      body: STS_ERROR,
    });
  });
  await page.route(/amazonaws\.com|api\.aws/, async (route) => {
    direct.push(route.request().url());
    await route.abort();
  });
  return { relayed, direct };
}

async function choose(page: Page, field: 'Partition' | 'Region', option: RegExp) {
  await page.getByRole('button', { name: new RegExp(field) }).click();
  await page.getByRole('option', { name: option }).filter({ visible: true }).click();
}

test('choosing AWS shows partition and region and where the requests go', async ({ page }) => {
  await page.goto('/signin');
  await page.getByRole('radio', { name: /^AWS/ }).check();

  await expect(page.getByText('Partition', { exact: true })).toBeVisible();
  await expect(page.getByText('Region', { exact: true })).toBeVisible();
  await expect(page.getByText(/sts\.us-east-1\.amazonaws\.com/)).toBeVisible();

  await choose(page, 'Partition', /AWS GovCloud/);
  await expect(page.getByText(/https:\/\/iam\.us-gov\.amazonaws\.com and/)).toBeVisible();
  await expect(page.getByText(/sts\.us-gov-west-1\.amazonaws\.com/)).toBeVisible();
});

test('an AWS sign-in is signed for the STS regional endpoint and sent to /relay/', async ({
  page,
}) => {
  const { relayed, direct } = await interceptRelay(page);
  await page.goto('/signin');
  await page.getByRole('radio', { name: /^AWS/ }).check();
  await choose(page, 'Region', /eu-west-1/);
  await page.getByRole('radio', { name: /root user/i }).check();
  await page.getByLabel('Access key ID').fill(keys.accessKeyId);
  await page.getByLabel('Secret access key').fill(keys.secretAccessKey);
  await page.getByLabel('Session token').fill(keys.sessionToken);
  await page.getByRole('button', { name: 'Sign in' }).click();

  // The canned STS error is shown as AWS errors are: code, message and request ID.
  await expect(page.getByText(/Sign-in failed: InvalidClientTokenId/)).toBeVisible();
  await expect(page.getByText(/Request ID: e2e-canned-request-0001/)).toBeVisible();

  expect(direct).toEqual([]);
  expect(relayed.length).toBeGreaterThanOrEqual(1);
  for (const request of relayed) {
    const url = new URL(request.url());
    const headers = await request.allHeaders();
    const body = request.postData() ?? '';
    expect(request.method()).toBe('POST');
    expect(url.pathname).toBe('/relay/');
    expect(url.origin).toBe(new URL(page.url()).origin);
    expect(headers['x-relay-target']).toBe('https://sts.eu-west-1.amazonaws.com');
    expect(headers.authorization).toMatch(
      new RegExp(`Credential=${keys.accessKeyId}/\\d{8}/eu-west-1/sts/aws4_request`),
    );
    expect(headers['x-amz-security-token']).toBe(keys.sessionToken);
    expect(body).toContain('Action=GetCallerIdentity');
    // The secret signs the request and goes nowhere itself.
    expect(JSON.stringify(headers)).not.toContain(keys.secretAccessKey);
    expect(body).not.toContain(encodeURIComponent(keys.secretAccessKey));
    expect(body).not.toContain(keys.secretAccessKey);
  }
  await expect(page).toHaveURL(/\/signin$/);
});

const CALLER_XML =
  '<GetCallerIdentityResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/">' +
  '<GetCallerIdentityResult><Arn>arn:aws-cn:iam::210987654321:root</Arn>' +
  '<UserId>210987654321</UserId><Account>210987654321</Account></GetCallerIdentityResult>' +
  '<ResponseMetadata><RequestId>e2e-canned-caller</RequestId></ResponseMetadata>' +
  '</GetCallerIdentityResponse>';
const ALIASES_XML =
  '<ListAccountAliasesResponse xmlns="https://iam.amazonaws.com/doc/2010-05-08/">' +
  '<ListAccountAliasesResult><IsTruncated>false</IsTruncated>' +
  '<AccountAliases><member>prod-org</member></AccountAliases></ListAccountAliasesResult>' +
  '<ResponseMetadata><RequestId>e2e-canned-aliases</RequestId></ResponseMetadata>' +
  '</ListAccountAliasesResponse>';
const ACCESS_DENIED =
  '<ErrorResponse xmlns="https://iam.amazonaws.com/doc/2010-05-08/"><Error><Type>Sender</Type>' +
  '<Code>AccessDenied</Code><Message>Canned by the e2e test.</Message></Error>' +
  '<RequestId>e2e-canned-denied</RequestId></ErrorResponse>';

test('after an AWS sign-in the banner names the partition, account and alias', async ({ page }) => {
  const targets = new Set<string>();
  await page.route(/amazonaws\.com|api\.aws/, (route) => route.abort());
  await page.route('**/relay/**', async (route) => {
    const body = route.request().postData() ?? '';
    targets.add((await route.request().allHeaders())['x-relay-target'] ?? '');
    const answer = body.includes('Action=GetCallerIdentity')
      ? { status: 200, body: CALLER_XML }
      : body.includes('Action=ListAccountAliases')
        ? { status: 200, body: ALIASES_XML }
        : { status: 403, body: ACCESS_DENIED };
    await route.fulfill({ ...answer, contentType: 'text/xml' });
  });

  await page.goto('/signin');
  await page.getByRole('radio', { name: /^AWS/ }).check();
  await choose(page, 'Partition', /AWS China/);
  await page.getByLabel('Access key ID').fill(keys.accessKeyId);
  await page.getByLabel('Secret access key').fill(keys.secretAccessKey);
  await page.getByRole('button', { name: 'Sign in' }).click();

  await expect(page.getByRole('region', { name: 'Environment' })).toHaveText(
    /AWS aws-cn — account 210987654321 \(prod-org\)/,
  );
  // Pages that are denied say so where they are, under the banner.
  await page.goto('/users');
  await expect(
    page
      .getByText(/AccessDenied/)
      .filter({ visible: true })
      .first(),
  ).toBeVisible();
  await expect(page.getByRole('region', { name: 'Environment' })).toBeVisible();
  expect([...targets].sort()).toEqual([
    'https://iam.cn-north-1.amazonaws.com.cn',
    'https://sts.cn-north-1.amazonaws.com.cn',
  ]);
});
