import type { Page } from '@playwright/test';
import { expect, signInAsRoot, test } from './fixtures.ts';

interface Violation {
  page: string;
  directive: string;
  blocked: string;
}

/**
 * Collects every CSP violation the browser reports on any page of this tab: the DOM's
 * securitypolicyviolation events (registered before any page script runs) and the console lines
 * Chromium writes when it refuses a resource.
 */
async function watchViolations(page: Page): Promise<Violation[]> {
  const violations: Violation[] = [];
  await page.exposeFunction('reportCspViolation', (violation: Violation) => {
    violations.push(violation);
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const report = (window as unknown as { reportCspViolation: (v: Violation) => void })
        .reportCspViolation;
      report({
        page: location.pathname,
        directive: event.effectiveDirective,
        blocked: event.blockedURI,
      });
    });
  });
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) {
      violations.push({ page: page.url(), directive: 'console', blocked: message.text() });
    }
  });
  return violations;
}

async function visit(page: Page, path: string, heading: RegExp | string) {
  await page.goto(path);
  await expect(page.getByRole('heading', { name: heading }).first()).toBeVisible();
  // Lazy chunks, styles and queries of the page have loaded by the time its data shows.
  await page.waitForLoadState('networkidle');
}

test('no page of the console breaks its Content-Security-Policy', async ({ page, request }) => {
  const violations = await watchViolations(page);

  // The policy the server sends with the app: own origin only, no inline scripts.
  const csp = (await request.get('/signin')).headers()['content-security-policy'] ?? '';
  expect(csp).toContain("script-src 'self'");
  expect(csp).toContain("frame-ancestors 'none'");
  expect(csp).not.toContain('unsafe-inline');

  await visit(page, '/signin', 'Sign in');
  await signInAsRoot(page);
  await visit(page, '/', /IAM dashboard/);
  await visit(page, '/users', /Users/);
  await visit(page, '/users/techsquawks-user', 'techsquawks-user');
  await visit(page, '/users/create', /user/i);
  await visit(page, '/groups', /groups/i);
  await visit(page, '/groups/Admins', 'Admins');
  await visit(page, '/roles', /Roles/);
  await visit(page, '/roles/deploy-pipeline', 'deploy-pipeline');

  expect(violations).toEqual([]);
});

test('the check can fail: an inline script is reported', async ({ page }) => {
  const violations = await watchViolations(page);
  await visit(page, '/signin', 'Sign in');

  await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'window.inlineRan = true';
    document.body.append(script);
  });

  await expect.poll(() => violations.length).toBeGreaterThan(0);
  expect(violations[0]?.directive).toMatch(/script-src|console/);
  expect(await page.evaluate(() => 'inlineRan' in window)).toBe(false);
});
