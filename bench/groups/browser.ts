import type { Browser, BrowserContext, Page, Request } from '@playwright/test';
import { setTimeout as sleep } from 'node:timers/promises';
import { figureOf, type Figure } from '../lib/stats.ts';
import type { CredentialHolder } from '../seed/credential-holder.ts';
import {
  BENCH_MARKS,
  installInputMarks,
  readMarks,
  takeLongTasks,
  textsSeen,
  watchForTexts,
  type MarkEntry,
} from './page-probes.ts';

/** The app's marks (src/components/user-timing.ts). */
const APP_MARKS = {
  usersFirstRows: 'iam-console:users:first-rows',
  usersAllPages: 'iam-console:users:all-pages',
  pathTreeComplete: 'iam-console:path-tree:complete',
  filterUpdated: 'iam-console:table:filter-updated',
};

/** IAM answers 100 items a page when the caller sends no MaxItems. */
const DEFAULT_PAGE_SIZE = 100;
const WAIT_MS = 60_000;
/** Calls the sign-in itself makes, once. */
const SIGN_IN_ACTIONS = new Set(['GetCallerIdentity', 'ListAccountAliases', 'GetSessionToken']);

export interface BrowserSettings {
  runs: number;
  baseUrl: string;
  root: { accessKeyId: string; secretAccessKey: string };
  users: number;
  groups: number;
  roles: number;
  holder: CredentialHolder;
  /** Filter texts typed in turn; the empty one clears the filter back to every user. */
  filters: string[];
  /** The server's request log, to split the wait between server and page. */
  server?: { takeHandlerLog(): { action: string; ms: number }[] };
}

export interface BrowserRun {
  firstRowsMs: number;
  /** Script and style files the page fetched after the click (the console's lazy chunks). */
  chunksAfterClick: { count: number; kb: number; lastArrivedMs: number };
  allPagesMs: number;
  pathTreeMs: number;
  /** Every page of users and the complete tree: the later of the two. */
  everythingMs: number;
  filter: { text: string; matches: unknown; updatedMs: number; paintedMs: number }[];
  openUser: {
    /** From the click on the user's link, through the click on its credentials tab. */
    shownMs: number;
    afterTabMs: number;
    seen: Record<string, number>;
    missing: string[];
  };
  apiCalls: Record<string, number>;
  /** From the sign-in click until every list is loaded: who was busy. */
  loadPhase: {
    longTaskCount: number;
    longTaskMs: number;
    /** The server's handling time summed over the List calls (whole ms per request). */
    serverListMs: number;
  };
}

export interface BrowserResult {
  firstRowsMs: Figure;
  /** From the click until the last lazy chunk the console needed had arrived. */
  chunksArrivedMs: Figure;
  allPagesMs: Figure;
  pathTreeMs: Figure;
  everythingMs: Figure;
  filterUpdatedMs: Figure;
  filterPaintedMs: Figure;
  openUserMs: Figure;
  credentialsTabMs: Figure;
  loadLongTaskMs: Figure;
  loadServerListMs: Figure;
  apiCalls: Record<string, number>;
  /**
   * Pages each list has at IAM's default page size: the most calls a list should take (the app
   * may ask for bigger pages and take fewer).
   */
  pagesAtDefaultSize: Record<string, number>;
  /**
   * Actions called more often than the pages justify: a List called twice a page, or a call
   * for every user (N+1).
   */
  suspectedNPlusOne: string[];
  /** Calls about single users (the rows on screen), which must stay bounded by the page size. */
  perRowCalls: Record<string, number>;
  credentialsNotShown: string[];
  runs: BrowserRun[];
}

function actionOf(request: Request): string | undefined {
  if (request.method() !== 'POST' || !new URL(request.url()).pathname.startsWith('/local-aws')) {
    return undefined;
  }
  return new URLSearchParams(request.postData() ?? '').get('Action') ?? '(none)';
}

/** Runs in the page: the app's own files fetched after `since`, from Resource Timing. */
function chunksFetchedAfter(since: number) {
  const entries = (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).filter(
    (entry) => entry.startTime >= since && /\/assets\/.*\.(js|css)$/.test(entry.name),
  );
  return {
    count: entries.length,
    kb: entries.reduce((sum, entry) => sum + entry.encodedBodySize, 0) / 1024,
    lastArrivedMs: Math.max(since, ...entries.map((entry) => entry.responseEnd)) - since,
  };
}

async function marksOf(page: Page): Promise<MarkEntry[]> {
  return page.evaluate(readMarks);
}

async function waitForMark(page: Page, name: string, matches?: (mark: MarkEntry) => boolean) {
  const deadline = Date.now() + WAIT_MS;
  while (Date.now() < deadline) {
    const found = (await marksOf(page)).filter((mark) => mark.name === name);
    const hit = matches ? found.find(matches) : found[0];
    if (hit) return hit;
    await sleep(25);
  }
  throw new Error(`The page never set the mark ${name} within ${WAIT_MS} ms.`);
}

async function signIn(page: Page, settings: BrowserSettings): Promise<void> {
  // /users sends an anonymous visitor to sign in, then back to /users.
  await page.goto(`${settings.baseUrl}/users`);
  await page.getByRole('radio', { name: /root user/i }).check();
  await page.getByLabel('Access key ID').fill(settings.root.accessKeyId);
  await page.getByLabel('Secret access key').fill(settings.root.secretAccessKey);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

async function measureFilters(page: Page, texts: string[]): Promise<BrowserRun['filter']> {
  const results: BrowserRun['filter'] = [];
  const filter = page.getByRole('searchbox', { name: 'Filter users' });
  for (const text of texts) {
    await filter.fill(text);
    const byText = (mark: MarkEntry) => (mark.detail as { value?: string } | null)?.value === text;
    const updated = await waitForMark(page, APP_MARKS.filterUpdated, byText);
    const painted = await waitForMark(page, BENCH_MARKS.filterPainted, (m) => m.detail === text);
    const typed = (await marksOf(page)).filter(
      (mark) => mark.name === BENCH_MARKS.filterInput && mark.detail === text,
    );
    const typedAt = typed[typed.length - 1]?.startTime ?? Number.NaN;
    results.push({
      text,
      matches: (updated.detail as { matches?: unknown }).matches,
      updatedMs: updated.startTime - typedAt,
      paintedMs: painted.startTime - typedAt,
    });
    await page.evaluate(() => performance.clearMarks());
  }
  return results;
}

/** Waits until no local-account request has been in flight for `quietMs`. */
async function networkQuiet(inFlight: () => number, quietMs: number, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs;
  let quietSince = Date.now();
  while (Date.now() < deadline) {
    if (inFlight() > 0) quietSince = Date.now();
    else if (Date.now() - quietSince >= quietMs) return;
    await sleep(20);
  }
}

/**
 * Opens the user from the table, then its Security credentials tab, and waits until every
 * credential the seed gave it is on screen (or the page has stopped asking for more).
 */
async function openUser(page: Page, holder: CredentialHolder, inFlight: () => number) {
  const texts = [
    ...holder.AccessKeyIds,
    holder.MfaSerialNumber,
    holder.SSHPublicKeyId,
    holder.CertificateId,
  ].filter(Boolean);
  await page.getByRole('searchbox', { name: 'Filter users' }).fill(holder.UserName);
  const link = page.getByRole('link', { name: holder.UserName, exact: true });
  await link.waitFor();
  await page.evaluate(() => performance.clearMarks());
  await page.evaluate(watchForTexts, texts);
  await link.click();
  await page.getByRole('tab', { name: 'Security credentials' }).click({ timeout: WAIT_MS });
  await page
    .getByText(holder.AccessKeyIds[0] ?? '')
    .first()
    .waitFor({ timeout: WAIT_MS });
  await networkQuiet(inFlight, 750, WAIT_MS);

  const seen = await page.evaluate(textsSeen);
  const marks = await marksOf(page);
  const at = (name: string) => marks.find((mark) => mark.name === name)?.startTime ?? NaN;
  const clicked = at(BENCH_MARKS.openUserClick);
  const lastShown = Math.max(...Object.values(seen));
  return {
    shownMs: lastShown - clicked,
    afterTabMs: lastShown - at(BENCH_MARKS.credentialsTabClick),
    seen: Object.fromEntries(Object.entries(seen).map(([text, time]) => [text, time - clicked])),
    missing: texts.filter((text) => seen[text] === undefined),
  };
}

async function oneRun(browser: Browser, settings: BrowserSettings): Promise<BrowserRun> {
  const context = await browser.newContext({ viewport: { width: 1600, height: 1000 } });
  try {
    // tsx names functions through a helper the page does not have; give the page a stand-in.
    await context.addInitScript({ content: 'globalThis.__name ??= (fn) => fn;' });
    await context.addInitScript(installInputMarks, BENCH_MARKS);
    const page = await context.newPage();

    const apiCalls: Record<string, number> = {};
    let counting = false;
    let inFlight = 0;
    page.on('request', (request) => {
      const action = actionOf(request);
      if (action === undefined) return;
      inFlight += 1;
      if (counting) apiCalls[action] = (apiCalls[action] ?? 0) + 1;
    });
    const settled = (request: Request) => {
      if (actionOf(request) !== undefined) inFlight -= 1;
    };
    page.on('requestfinished', settled);
    page.on('requestfailed', settled);

    counting = true;
    settings.server?.takeHandlerLog();
    await signIn(page, settings);
    const allPages = await waitForMark(page, APP_MARKS.usersAllPages);
    const tree = await waitForMark(page, APP_MARKS.pathTreeComplete);
    const marks = await marksOf(page);
    const at = (name: string) => marks.find((mark) => mark.name === name)?.startTime ?? NaN;
    const clicked = at(BENCH_MARKS.signInClick);
    await networkQuiet(() => inFlight, 500, WAIT_MS);
    counting = false;
    const callsToShowUsers = { ...apiCalls };
    const longTasks = await page.evaluate(takeLongTasks);
    const serverListMs = (settings.server?.takeHandlerLog() ?? [])
      .filter((entry) => /^List(Users|Groups|Roles)$/.test(entry.action))
      .reduce((sum, entry) => sum + entry.ms, 0);

    const firstRowsMs = at(APP_MARKS.usersFirstRows) - clicked;
    const chunksAfterClick = await page.evaluate(chunksFetchedAfter, clicked);
    const allPagesMs = allPages.startTime - clicked;
    const pathTreeMs = tree.startTime - clicked;
    await page.evaluate(() => performance.clearMarks());

    const filter = await measureFilters(page, settings.filters);
    const opened = await openUser(page, settings.holder, () => inFlight);
    return {
      firstRowsMs,
      chunksAfterClick,
      allPagesMs,
      pathTreeMs,
      everythingMs: Math.max(allPagesMs, pathTreeMs),
      filter,
      openUser: opened,
      apiCalls: callsToShowUsers,
      loadPhase: {
        longTaskCount: longTasks.count,
        longTaskMs: longTasks.totalMs,
        serverListMs: settings.server ? serverListMs : Number.NaN,
      },
    };
  } catch (error) {
    throw new Error(`${(error as Error).message} ${await whereThePageIs(context)}`, {
      cause: error,
    });
  } finally {
    await context.close();
  }
}

/** Where a failed run stopped: the URL and the start of the visible text, never a field value. */
async function whereThePageIs(context: BrowserContext): Promise<string> {
  const page = context.pages()[0];
  if (!page) return '(no page)';
  const text = await page
    .locator('body')
    .innerText({ timeout: 2000 })
    .catch(() => '');
  return `(at ${page.url()}: "${text.replace(/\s+/g, ' ').slice(0, 400)}")`;
}

export async function measureBrowser(
  browser: Browser,
  settings: BrowserSettings,
  log: (line: string) => void,
): Promise<BrowserResult> {
  const runs: BrowserRun[] = [];
  for (let run = 0; run < settings.runs; run += 1) {
    const result = await oneRun(browser, settings);
    log(
      `  browser run ${run + 1}: first rows ${result.firstRowsMs.toFixed(0)} ms, ` +
        `everything ${result.everythingMs.toFixed(0)} ms`,
    );
    runs.push(result);
  }

  const pagesAtDefaultSize = {
    ListUsers: Math.ceil(settings.users / DEFAULT_PAGE_SIZE),
    ListGroups: Math.ceil(settings.groups / DEFAULT_PAGE_SIZE),
    ListRoles: Math.ceil(settings.roles / DEFAULT_PAGE_SIZE),
  };
  const apiCalls = runs[runs.length - 1]?.apiCalls ?? {};
  const mostPages = Math.max(...Object.values(pagesAtDefaultSize));
  const suspectedNPlusOne = Object.entries(apiCalls)
    .filter(([action, count]) => count > (pagesAtDefaultSize[action as 'ListUsers'] ?? mostPages))
    .map(([action, count]) => `${action} ×${count}`);
  const perRowCalls = Object.fromEntries(
    Object.entries(apiCalls).filter(
      ([action]) => !(action in pagesAtDefaultSize) && !SIGN_IN_ACTIONS.has(action),
    ),
  );
  const filters = runs.flatMap((run) => run.filter.filter((entry) => entry.text !== ''));

  return {
    firstRowsMs: figureOf(runs.map((run) => run.firstRowsMs)),
    chunksArrivedMs: figureOf(runs.map((run) => run.chunksAfterClick.lastArrivedMs)),
    allPagesMs: figureOf(runs.map((run) => run.allPagesMs)),
    pathTreeMs: figureOf(runs.map((run) => run.pathTreeMs)),
    everythingMs: figureOf(runs.map((run) => run.everythingMs)),
    filterUpdatedMs: figureOf(filters.map((entry) => entry.updatedMs)),
    filterPaintedMs: figureOf(filters.map((entry) => entry.paintedMs)),
    openUserMs: figureOf(runs.map((run) => run.openUser.shownMs)),
    credentialsTabMs: figureOf(runs.map((run) => run.openUser.afterTabMs)),
    loadLongTaskMs: figureOf(runs.map((run) => run.loadPhase.longTaskMs)),
    loadServerListMs: figureOf(runs.map((run) => run.loadPhase.serverListMs)),
    apiCalls,
    pagesAtDefaultSize,
    suspectedNPlusOne,
    perRowCalls,
    credentialsNotShown: runs[runs.length - 1]?.openUser.missing ?? [],
    runs,
  };
}
