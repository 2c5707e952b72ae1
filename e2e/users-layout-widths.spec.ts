import {
  CreateAccessKeyCommand,
  CreateUserCommand,
  CreateVirtualMFADeviceCommand,
  EnableMFADeviceCommand,
  UploadSigningCertificateCommand,
  UploadSSHPublicKeyCommand,
} from '@aws-sdk/client-iam';
import { Secret, TOTP } from 'otpauth';
import type { Locator, Page } from '@playwright/test';
import { openSshRsaKey, selfSignedCertificate } from './credential-material.ts';
import { expect, rootIam, signInAsRoot, test } from './fixtures.ts';

/**
 * The part of the page a table shows: its nearest ancestor that clips it sideways. A table
 * wider than that scrolls inside it, and whatever lies past its edge is out of sight.
 */
async function visibleTableBox(table: Locator) {
  return table.evaluate((element) => {
    let box: HTMLElement | null = element.parentElement;
    while (box && getComputedStyle(box).overflowX === 'visible') box = box.parentElement;
    const rect = (box ?? element).getBoundingClientRect();
    return { left: rect.left, right: rect.right };
  });
}

/** Every button in the table lies inside the part of it on screen, and inside the window. */
async function expectActionsInside(page: Page, tableName: string, buttonCount: number) {
  const table = page.getByRole('table', { name: tableName }).filter({ visible: true }).first();
  const buttons = table.getByRole('button', { name: /^(Deactivate|Activate|Delete|Remove) / });
  await expect(buttons.filter({ visible: true })).toHaveCount(buttonCount);
  const edge = await visibleTableBox(table);
  const width = page.viewportSize()!.width;
  for (const button of await buttons.filter({ visible: true }).all()) {
    const box = (await button.boundingBox())!;
    const label = (await button.getAttribute('aria-label')) ?? '';
    expect(box.x, `${label} left`).toBeGreaterThanOrEqual(edge.left);
    expect(box.x + box.width, `${label} right`).toBeLessThanOrEqual(edge.right);
    expect(box.x + box.width, `${label} right of window`).toBeLessThanOrEqual(width);
  }
}

const UserName = 'layout-creds';

test.describe('at 800 px', () => {
  test.use({ viewport: { width: 800, height: 900 } });

  test('every credential table keeps its row actions inside it', async ({ page, baseURL }) => {
    const iam = rootIam(baseURL);
    await iam.send(new CreateUserCommand({ UserName }));
    await iam.send(new CreateAccessKeyCommand({ UserName }));
    await iam.send(new CreateAccessKeyCommand({ UserName }));
    const SSHPublicKeyBody = openSshRsaKey('layout@example').body;
    await iam.send(new UploadSSHPublicKeyCommand({ UserName, SSHPublicKeyBody }));
    const CertificateBody = await selfSignedCertificate('layout', '2b');
    await iam.send(new UploadSigningCertificateCommand({ UserName, CertificateBody }));
    const device = await iam.send(
      new CreateVirtualMFADeviceCommand({ VirtualMFADeviceName: UserName }),
    );
    const SerialNumber = device.VirtualMFADevice?.SerialNumber ?? '';
    const seed = new TextDecoder().decode(device.VirtualMFADevice?.Base32StringSeed);
    const totp = new TOTP({ secret: Secret.fromBase32(seed) });
    const now = Date.now();
    await iam.send(
      new EnableMFADeviceCommand({
        UserName,
        SerialNumber,
        AuthenticationCode1: totp.generate({ timestamp: now - 30_000 }),
        AuthenticationCode2: totp.generate({ timestamp: now }),
      }),
    );

    await signInAsRoot(page);
    await page.goto(`/users/${UserName}?tab=security-credentials`);
    await expect(page.getByRole('button', { name: /^Delete certificate / })).toBeVisible();
    // Last used and the fingerprint load after the rows, and widen their columns when they do.
    await expect(page.getByText('Loading', { exact: true }).filter({ visible: true })).toHaveCount(
      0,
    );
    await page.screenshot({ path: test.info().outputPath('credentials-800.png'), fullPage: true });
    await expectActionsInside(page, 'Access keys', 4);
    await expectActionsInside(page, 'SSH public keys for AWS CodeCommit', 2);
    await expectActionsInside(page, 'Signing certificates', 2);
    await expectActionsInside(page, 'Multi-factor authentication (MFA)', 1);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      800,
    );
  });
});
