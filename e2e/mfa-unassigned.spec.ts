import type { Page, Route } from '@playwright/test';
import {
  CreateUserCommand,
  CreateVirtualMFADeviceCommand,
  ListVirtualMFADevicesCommand,
} from '@aws-sdk/client-iam';
import { accountId, expect, rootIam, signInAsRoot, test } from './fixtures.ts';

const UserName = 'e2e-mfa-cancel';
const SerialNumber = `arn:aws:iam::${accountId}:mfa/${UserName}`;

const DELETE_DENIED_XML =
  '<ErrorResponse xmlns="https://iam.amazonaws.com/doc/2010-05-08/"><Error><Type>Sender</Type>' +
  '<Code>AccessDenied</Code><Message>not authorized to perform: iam:DeleteVirtualMFADevice' +
  '</Message></Error><RequestId>e2e-mfa-denied-0001</RequestId></ErrorResponse>';

/** Hands the IAM calls named `action` to `answer`; every other call goes through. */
async function routeAction(page: Page, action: string, answer: (route: Route) => Promise<void>) {
  await page.route('**/local-aws/', async (route) => {
    if ((route.request().postData() ?? '').includes(`Action=${action}`)) await answer(route);
    else await route.fallback();
  });
}

async function unassignedSerials(baseURL: string | undefined): Promise<string[]> {
  const { VirtualMFADevices = [] } = await rootIam(baseURL).send(
    new ListVirtualMFADevicesCommand({ AssignmentStatus: 'Unassigned' }),
  );
  return VirtualMFADevices.map((device) => device.SerialNumber ?? '');
}

/** Creates the virtual device (step 1), then cancels the dialog at the QR code (step 2). */
async function cancelAtQrCode(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Assign MFA device' }).click();
  const dialog = page.getByRole('dialog').filter({ visible: true });
  await dialog.getByRole('button', { name: 'Continue' }).click();
  await expect(dialog.getByRole('img', { name: 'QR code for the MFA device' })).toBeVisible();
  await expect(dialog.getByText('Cancel deletes it.', { exact: false })).toBeVisible();
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();
}

test.beforeEach(async ({ page, baseURL }) => {
  await rootIam(baseURL).send(new CreateUserCommand({ UserName }));
  await signInAsRoot(page);
  await page.goto(`/users/${UserName}?tab=security-credentials`);
});

test('cancel at the QR code deletes the device, says so, and shows the request', async ({
  page,
  baseURL,
}) => {
  await cancelAtQrCode(page);

  const deleted = page.getByText(`Deleted the unassigned MFA device ${SerialNumber}`);
  await expect(deleted.filter({ visible: true })).toBeVisible();
  expect(await unassignedSerials(baseURL)).not.toContain(SerialNumber);

  await page.getByRole('button', { name: 'Show as code' }).filter({ visible: true }).click();
  await expect(
    page.getByLabel('AWS CLI commands', { exact: true }).filter({ visible: true }),
  ).toHaveText(`aws iam delete-virtual-mfa-device --serial-number ${SerialNumber}`);
});

test('a failed delete shows IAM error code and request ID; Retry deletes the device', async ({
  page,
  baseURL,
}) => {
  await routeAction(page, 'DeleteVirtualMFADevice', (route) =>
    route.fulfill({
      status: 403,
      contentType: 'text/xml',
      headers: { 'x-amzn-RequestId': 'e2e-mfa-denied-0001' },
      body: DELETE_DENIED_XML,
    }),
  );
  await cancelAtQrCode(page);

  await expect(
    page
      .getByText(`Could not delete the unassigned MFA device ${SerialNumber}`)
      .filter({ visible: true }),
  ).toBeVisible();
  for (const text of [
    `Could not delete the unassigned MFA device ${SerialNumber}: AccessDenied`,
    'not authorized to perform: iam:DeleteVirtualMFADevice',
    'HTTP 403 · Request ID: e2e-mfa-denied-0001',
  ]) {
    await expect(page.getByText(text, { exact: true }).filter({ visible: true })).toBeVisible();
  }
  expect(await unassignedSerials(baseURL)).toContain(SerialNumber);

  await page.unrouteAll();
  await page.getByRole('button', { name: 'Retry' }).filter({ visible: true }).click();
  await expect(
    page.getByText(`Deleted the unassigned MFA device ${SerialNumber}`).filter({ visible: true }),
  ).toBeVisible();
  expect(await unassignedSerials(baseURL)).not.toContain(SerialNumber);
});

test('the dialog stays open while the device is being created, so its serial is not lost', async ({
  page,
  baseURL,
}) => {
  let release = () => {};
  const created = new Promise<void>((resolve) => (release = resolve));
  await routeAction(page, 'CreateVirtualMFADevice', async (route) => {
    await created;
    await route.fallback();
  });

  await page.getByRole('button', { name: 'Assign MFA device' }).click();
  const dialog = page.getByRole('dialog').filter({ visible: true });
  await dialog.getByRole('button', { name: 'Continue' }).click();
  await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeDisabled();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeVisible();

  release();
  await expect(dialog.getByRole('img', { name: 'QR code for the MFA device' })).toBeVisible();
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(
    page.getByText(`Deleted the unassigned MFA device ${SerialNumber}`).filter({ visible: true }),
  ).toBeVisible();
  expect(await unassignedSerials(baseURL)).not.toContain(SerialNumber);
});

test('a delete that fails after the administrator left the tab is still reported', async ({
  page,
}) => {
  let answer = () => {};
  const denied = new Promise<void>((resolve) => (answer = resolve));
  await routeAction(page, 'DeleteVirtualMFADevice', async (route) => {
    await denied;
    await route.fulfill({ status: 403, contentType: 'text/xml', body: DELETE_DENIED_XML });
  });
  await cancelAtQrCode(page);
  await page.getByRole('tab', { name: 'Groups' }).click();

  answer();
  await expect(
    page
      .getByText(`Could not delete the unassigned MFA device ${SerialNumber}`)
      .filter({ visible: true }),
  ).toBeVisible();
  await expect(
    page.getByText('AccessDenied: not authorized to perform', { exact: false }).first(),
  ).toBeVisible();
});

test('the dialog stays open while the device is being enabled, so no delete races it', async ({
  page,
  baseURL,
}) => {
  let release = () => {};
  const answered = new Promise<void>((resolve) => (release = resolve));
  const sent: string[] = [];
  page.on('request', (request) => {
    const action = /Action=(\w+)/.exec(request.postData() ?? '')?.[1];
    if (action) sent.push(action);
  });
  await routeAction(page, 'EnableMFADevice', async (route) => {
    await answered;
    await route.fallback();
  });

  await page.getByRole('button', { name: 'Assign MFA device' }).click();
  const dialog = page.getByRole('dialog').filter({ visible: true });
  await dialog.getByRole('button', { name: 'Continue' }).click();
  await dialog.getByLabel('MFA code 1').fill('123456');
  await dialog.getByLabel('MFA code 2').fill('654321');
  await dialog.getByRole('button', { name: 'Add MFA device' }).click();

  await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeDisabled();
  await page.keyboard.press('Escape');
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toBeVisible();
  expect(sent).not.toContain('DeleteVirtualMFADevice');

  // The made-up codes are refused; only then may Cancel delete the device.
  release();
  await expect(dialog.getByText('IAM did not accept the codes', { exact: false })).toBeVisible();
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(
    page.getByText(`Deleted the unassigned MFA device ${SerialNumber}`).filter({ visible: true }),
  ).toBeVisible();
  expect(await unassignedSerials(baseURL)).not.toContain(SerialNumber);
});

test("the browser's Back button at the QR code deletes the device and says so", async ({
  page,
  baseURL,
}) => {
  // Back must stay inside the console: the user page is reached from the list, not by URL.
  await page.goto('/users');
  await page.getByRole('link', { name: UserName, exact: true }).filter({ visible: true }).click();
  await page.getByRole('tab', { name: 'Security credentials' }).click();
  await page.getByRole('button', { name: 'Assign MFA device' }).click();
  const dialog = page.getByRole('dialog').filter({ visible: true });
  await dialog.getByRole('button', { name: 'Continue' }).click();
  await expect(dialog.getByRole('img', { name: 'QR code for the MFA device' })).toBeVisible();
  expect(await unassignedSerials(baseURL)).toContain(SerialNumber);

  await page.goBack();
  await expect(page).toHaveURL(/\/users$/);
  await expect(
    page.getByText(`Deleted the unassigned MFA device ${SerialNumber}`).filter({ visible: true }),
  ).toBeVisible();
  expect(await unassignedSerials(baseURL)).not.toContain(SerialNumber);
});

test('a device name already taken says an unassigned device may be left over', async ({
  page,
  baseURL,
}) => {
  await rootIam(baseURL).send(
    new CreateVirtualMFADeviceCommand({ VirtualMFADeviceName: UserName }),
  );

  await page.getByRole('button', { name: 'Assign MFA device' }).click();
  const dialog = page.getByRole('dialog').filter({ visible: true });
  await dialog.getByRole('button', { name: 'Continue' }).click();

  await expect(dialog.getByText('Could not create the device: EntityAlreadyExists')).toBeVisible();
  await expect(
    dialog.getByText('It may be an unassigned device left from an earlier attempt', {
      exact: false,
    }),
  ).toBeVisible();
  await expect(
    dialog.getByText('aws iam list-virtual-mfa-devices --assignment-status Unassigned'),
  ).toBeVisible();
});
