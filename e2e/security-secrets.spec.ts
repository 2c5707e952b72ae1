import { expect, signInAsRoot, test } from './fixtures.ts';
import { SecretsWatch } from './security-secrets-watch.ts';

// The watch every test runs under must be able to fail: plant a secret in each place it checks.
test('the secrets watch finds a secret in every place it checks', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ baseURL });
  const watch = new SecretsWatch(context);
  await watch.start();
  const page = await context.newPage();
  await page.goto('/signin');

  // A password the page sends is a secret from then on, whatever the answer.
  const planted = 'Planted-Example-Pass-77';
  await page.evaluate(async (password) => {
    const response = await fetch('/local-aws/_console-signin', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ accountIdOrAlias: '1', userName: 'nobody', password }),
    });
    await response.text();
  }, planted);
  expect(watch.has(planted)).toBe(true);
  expect(await watch.leaks()).toEqual([]);

  await page.evaluate(async (secret) => {
    localStorage.setItem('planted', secret);
    sessionStorage.setItem('planted', secret);
    document.cookie = `planted=${encodeURIComponent(secret)}`;
    history.pushState({ secret }, '', `/signin?planted=${encodeURIComponent(secret)}`);
    console.info(`planted ${secret}`);
    await new Promise<void>((resolve) => {
      const open = indexedDB.open('planted-db');
      open.onupgradeneeded = () => open.result.createObjectStore('rows', { autoIncrement: true });
      open.onsuccess = () => {
        const put = open.result.transaction('rows', 'readwrite').objectStore('rows').put(secret);
        put.onsuccess = () => {
          open.result.close();
          resolve();
        };
      };
    });
  }, planted);

  const leaks = await watch.leaks();
  for (const place of [
    'visited URL',
    'browser console output',
    'a cookie',
    'localStorage',
    'document.cookie',
    'IndexedDB',
    'history',
    'sessionStorage',
  ]) {
    expect(
      leaks.some((leak) => leak.startsWith(place)),
      place,
    ).toBe(true);
  }
  expect(leaks.join('\n')).not.toContain(planted);
  await context.close();
});

test("a new user's password and secret key stay out of storage, even sessionStorage", async ({
  page,
  secretsWatch,
}) => {
  await signInAsRoot(page);
  await page.goto('/users/create');
  await page.getByLabel('User name').fill('secrets-check-user');
  await page.getByRole('checkbox', { name: /provide console access/i }).check();
  await page.getByRole('checkbox', { name: /create an access key/i }).check();
  for (let step = 0; step < 3; step += 1) {
    await page.getByRole('button', { name: 'Next', exact: true }).click();
  }
  await page.getByRole('button', { name: 'Create user' }).click();

  await page.getByRole('button', { name: 'Show Secret access key' }).click();
  const secretAccessKey = await page.getByLabel('Secret access key', { exact: true }).innerText();
  expect(secretAccessKey).toHaveLength(40);
  // The auto fixture checks these at the end; here, that it collected them in the first place.
  expect(secretsWatch.has(secretAccessKey)).toBe(true);
  const stored = await page.evaluate(() => JSON.stringify({ ...sessionStorage }));
  expect(stored).not.toContain(secretAccessKey);

  // Moving on and coming back does not bring the secret back from anywhere.
  await page.goto('/users/secrets-check-user');
  await page.goBack();
  await expect(page.getByText(secretAccessKey)).toHaveCount(0);
  expect(await secretsWatch.leaks()).toEqual([]);
});
