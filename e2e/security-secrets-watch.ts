import type { BrowserContext, Page, Request, Response } from '@playwright/test';

/**
 * Watches one browser context through a test: which secrets the console received or sent (secret
 * access keys, session tokens, MFA seeds, passwords), which URLs it visited, what history state
 * it pushed and what it printed to the console. At the end, `leaks()` says where any of those
 * secrets ended up outside the tab's memory.
 */
export class SecretsWatch {
  private readonly secrets = new Set<string>();
  private readonly consoleLines: string[] = [];
  private readonly visitedUrls: string[] = [];
  private readonly pending: Promise<void>[] = [];
  /** Origins whose pages the console itself was loaded from. */
  private readonly appOrigins = new Set<string>();

  constructor(private readonly context: BrowserContext) {}

  async start(): Promise<void> {
    // Every history entry's URL and state: react-router keeps navigation state in history.state.
    await this.context.addInitScript(() => {
      const log: string[] = [];
      Object.defineProperty(window, '__historyLog', { value: log });
      for (const method of ['pushState', 'replaceState'] as const) {
        const original = history[method].bind(history);
        history[method] = (state: unknown, unused: string, url?: string | URL | null) => {
          log.push(JSON.stringify({ state, url: url == null ? null : String(url) }));
          original(state, unused, url);
        };
      }
    });
    this.context.on('console', (message) => this.consoleLines.push(message.text()));
    this.context.on('weberror', (error) => this.consoleLines.push(String(error.error())));
    this.context.on('request', (request) => this.readRequest(request));
    this.context.on('response', (response) => {
      this.pending.push(this.readResponse(response));
    });
    this.context.on('page', (page) => this.watchPage(page));
    for (const page of this.context.pages()) this.watchPage(page);
  }

  /** Secrets seen so far; tests may add ones they typed themselves. */
  add(secret: string | undefined): void {
    // Short values (an MFA code, "true") would match by chance and are not secrets here.
    if (secret && secret.length >= 8) this.secrets.add(secret);
  }

  /** Whether the watch collected this secret from what the console sent or received. */
  has(secret: string): boolean {
    return this.secrets.has(secret);
  }

  /** Where each secret was found, with the secret shortened so the report does not repeat it. */
  async leaks(): Promise<string[]> {
    await Promise.allSettled(this.pending);
    if (this.secrets.size === 0) return [];

    const found: string[] = [];
    const check = (where: string, text: string, allowed: ReadonlySet<string> = new Set()) => {
      for (const secret of this.secrets) {
        if (allowed.has(secret)) continue;
        if (text.includes(secret) || text.includes(encodeURIComponent(secret))) {
          found.push(`${where} holds a secret starting ${secret.slice(0, 4)}…`);
        }
      }
    };

    this.visitedUrls.forEach((url) => check(`visited URL ${url.slice(0, 60)}`, url));
    this.consoleLines.forEach((line) => check('browser console output', line));

    const cookies = await this.context.cookies().catch(() => []);
    check('a cookie', JSON.stringify(cookies));

    const snapshots: StorageSnapshot[] = [];
    for (const page of this.context.pages()) {
      const storage = await readStorage(page);
      if (storage) snapshots.push(storage);
    }
    // Origins the test left (an alias sign-in URL's host, say) still hold their localStorage,
    // IndexedDB and cookies; a fresh tab there reads them (sessionStorage belongs to the tab).
    const open = new Set(snapshots.map((snapshot) => snapshot.origin));
    const left = new Set(
      this.visitedUrls.filter((url) => url.startsWith('http')).map((url) => new URL(url).origin),
    );
    for (const origin of left) {
      if (open.has(origin) || !this.appOrigins.has(origin)) continue;
      const page = await this.context.newPage();
      await page.goto(`${origin}/signin`).catch(() => undefined);
      const storage = await readStorage(page);
      if (storage) snapshots.push(storage);
      await page.close();
    }

    for (const storage of snapshots) {
      const origin = storage.origin;
      check(`localStorage of ${origin}`, storage.localStorage);
      check(`document.cookie of ${origin}`, storage.cookie);
      check(`IndexedDB of ${origin}`, storage.indexedDb);
      check(`Cache Storage of ${origin}`, storage.cacheNames);
      check(`history of ${origin}`, storage.history);
      // The signed-in credentials belong in sessionStorage by design; no other secret does.
      check(`sessionStorage of ${origin}`, storage.sessionStorage, storage.sessionCredentials);
    }
    return [...new Set(found)];
  }

  private watchPage(page: Page): void {
    page.on('framenavigated', (frame) => {
      if (frame !== page.mainFrame()) return;
      this.visitedUrls.push(frame.url());
      if (frame.url().startsWith('http')) this.appOrigins.add(new URL(frame.url()).origin);
    });
  }

  private readRequest(request: Request): void {
    this.visitedUrls.push(request.url());
    const body = request.postData();
    if (!body || !isConsoleApi(request.url())) return;

    if (body.trimStart().startsWith('{')) {
      collectJsonSecrets(safeJson(body), (value) => this.add(value));
      return;
    }
    const params = new URLSearchParams(body);
    for (const name of ['Password', 'NewPassword', 'OldPassword', 'PrivateKey']) {
      this.add(params.get(name) ?? undefined);
    }
  }

  private async readResponse(response: Response): Promise<void> {
    if (!isConsoleApi(response.url())) return;
    // A body the page never reads never finishes loading: wait for it a bounded time only.
    const body = await Promise.race([
      response.text().catch(() => ''),
      new Promise<string>((resolve) => setTimeout(() => resolve(''), BODY_WAIT_MS)),
    ]);

    if (body.trimStart().startsWith('{')) {
      collectJsonSecrets(safeJson(body), (value) => this.add(value));
      return;
    }
    const secretElement = /<(SecretAccessKey|SessionToken|Base32StringSeed)>([^<]+)<\//g;
    for (const match of body.matchAll(secretElement)) this.add(match[2]);
  }
}

const BODY_WAIT_MS = 5_000;

function isConsoleApi(url: string): boolean {
  const { pathname } = new URL(url);
  return pathname.startsWith('/local-aws') || pathname.startsWith('/relay');
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

const SECRET_KEY = /password|secret|token|seed/i;

function collectJsonSecrets(value: unknown, add: (secret: string) => void, key = ''): void {
  if (typeof value === 'string') {
    if (SECRET_KEY.test(key)) add(value);
    return;
  }
  if (typeof value !== 'object' || value === null) return;
  for (const [childKey, child] of Object.entries(value)) collectJsonSecrets(child, add, childKey);
}

interface StorageSnapshot {
  origin: string;
  localStorage: string;
  sessionStorage: string;
  sessionCredentials: Set<string>;
  cookie: string;
  indexedDb: string;
  cacheNames: string;
  history: string;
}

async function readStorage(page: Page): Promise<StorageSnapshot | undefined> {
  if (page.isClosed() || !page.url().startsWith('http')) return undefined;
  const snapshot = await page
    .evaluate(async () => {
      const dump = (storage: Storage) =>
        JSON.stringify(Object.entries({ ...storage }).map(([key, value]) => [key, value]));

      const databases = await indexedDB.databases();
      const indexedDb: unknown[] = [];
      for (const { name } of databases) {
        if (!name) continue;
        const db = await new Promise<IDBDatabase>((resolve, reject) => {
          const open = indexedDB.open(name);
          open.onsuccess = () => resolve(open.result);
          open.onerror = () => reject(open.error);
        });
        for (const storeName of Array.from(db.objectStoreNames)) {
          const rows = await new Promise<unknown[]>((resolve, reject) => {
            const all = db.transaction(storeName).objectStore(storeName).getAll();
            all.onsuccess = () => resolve(all.result as unknown[]);
            all.onerror = () => reject(all.error);
          });
          indexedDb.push({ name, storeName, rows });
        }
        db.close();
      }

      // The session's own credentials, which may stay in sessionStorage while signed in.
      const credentials: string[] = [];
      const walk = (value: unknown, key = '') => {
        if (typeof value === 'string' && /^(SecretAccessKey|SessionToken)$/.test(key)) {
          credentials.push(value);
        } else if (typeof value === 'object' && value !== null) {
          for (const [childKey, child] of Object.entries(value)) walk(child, childKey);
        }
      };
      const stored = sessionStorage.getItem('iam-console.session');
      if (stored) walk(JSON.parse(stored));

      const historyLog = (window as unknown as { __historyLog?: string[] }).__historyLog ?? [];
      return {
        origin: location.origin,
        localStorage: dump(localStorage),
        sessionStorage: dump(sessionStorage),
        sessionCredentials: credentials,
        cookie: document.cookie,
        indexedDb: JSON.stringify({ names: databases.map((db) => db.name), indexedDb }),
        cacheNames: JSON.stringify('caches' in window ? await caches.keys() : []),
        history: JSON.stringify({ state: history.state, log: historyLog, url: location.href }),
      };
    })
    .catch(() => undefined);
  return snapshot && { ...snapshot, sessionCredentials: new Set(snapshot.sessionCredentials) };
}
