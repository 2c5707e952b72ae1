/**
 * A data directory that fills up: writes fail with ServiceFailure (500, AWS's status for it),
 * reads keep working, the server lives, and once space is freed writes work again with
 * nothing corrupted. Needs a small tmpfs, so root and `mount`; skipped otherwise.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, unlinkSync, writeSync, openSync, closeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startChild, type ChildServer } from './support/child.ts';
import { DatabaseInspector } from './support/database.ts';
import { judge } from './support/oracle.ts';
import { formBody, sendRaw, signRaw, type RawResponse } from './support/sign.ts';

const dir = mkdtempSync(join(tmpdir(), 'local-iam-full-'));

/** Mounts an 8 MiB tmpfs on `dir`; the reason it could not, if it could not. */
function mountSmallDisk(): string | undefined {
  if (process.getuid?.() !== 0) return 'not running as root';
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=8m', 'tmpfs', dir], { stdio: 'pipe' });
    return undefined;
  } catch (error) {
    return `mount failed: ${(error as Error).message.split('\n')[0]}`;
  }
}

const notMounted = mountSmallDisk();
if (notMounted) {
  console.warn(`disk-full.test.ts skipped: needs a size-limited tmpfs (${notMounted}).`);
}

let child: ChildServer | undefined;
const dataPath = join(dir, 'account.sqlite');
const fillerPath = join(dir, 'filler');

afterAll(async () => {
  await child?.stop();
  if (!notMounted) execFileSync('umount', [dir], { stdio: 'pipe' });
  rmSync(dir, { recursive: true, force: true });
});

beforeAll(async () => {
  if (notMounted) return;
  child = await startChild(dataPath);
});

async function call(fields: [string, string][]): Promise<RawResponse> {
  const body = formBody([['Version', '2010-05-08'], ...fields]);
  return sendRaw(await signRaw(child!.endpoint, body));
}

function createUser(userName: string): Promise<RawResponse> {
  // Long tag values make each write take room, so the disk runs out within a bounded storm.
  const tags = Array.from({ length: 20 }, (_, i) => [
    [`Tags.member.${i + 1}.Key`, `k${i}`],
    [`Tags.member.${i + 1}.Value`, 'v'.repeat(256)],
  ]).flat() as [string, string][];
  return call([['Action', 'CreateUser'], ['UserName', userName], ...tags]);
}

/** Writes zeros until the file system has no room left. */
function fillDisk(): void {
  const fd = openSync(fillerPath, 'w');
  const chunk = Buffer.alloc(64 * 1024);
  try {
    for (;;) writeSync(fd, chunk);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOSPC') throw error;
  } finally {
    closeSync(fd);
  }
}

describe.skipIf(notMounted !== undefined)('a full disk', () => {
  it('fails writes with ServiceFailure, keeps reads, recovers once space is freed', async () => {
    const acknowledged: string[] = [];
    for (let i = 0; i < 20; i++) {
      const userName = `before-${i}`;
      expect((await createUser(userName)).status).toBe(200);
      acknowledged.push(userName);
    }

    fillDisk();
    let failure: RawResponse | undefined;
    let failedName = '';
    // Pages SQLite already holds absorb some writes; a bounded number exhausts them.
    for (let i = 0; i < 2000 && !failure; i++) {
      const userName = `during-${i}`;
      const response = await createUser(userName);
      if (response.status === 200) acknowledged.push(userName);
      else {
        failure = response;
        failedName = userName;
      }
    }
    expect(failure, 'no write failed on a full disk').toBeDefined();
    expect(failure!.status).toBe(500);
    const verdict = judge('iam', 'CreateUser', failure!, true);
    expect(verdict.problems).toEqual([]);
    expect(verdict.code).toBe('ServiceFailure');

    const list = await call([
      ['Action', 'ListUsers'],
      ['MaxItems', '1000'],
    ]);
    expect(list.status).toBe(200);
    for (const userName of acknowledged) expect(list.text).toContain(`<UserName>${userName}<`);
    expect(list.text).not.toContain(`<UserName>${failedName}<`);
    expect(
      (
        await call([
          ['Action', 'GetUser'],
          ['UserName', 'before-0'],
        ])
      ).status,
    ).toBe(200);
    expect(child!.alive()).toBe(true);

    unlinkSync(fillerPath);
    expect((await createUser('after-0')).status).toBe(200);
    expect(
      (
        await call([
          ['Action', 'GetUser'],
          ['UserName', failedName],
        ])
      ).status,
    ).toBe(404);

    child!.kill('SIGKILL');
    await child!.exited;
    child = await startChild(dataPath);
    const inspector = new DatabaseInspector(dataPath);
    try {
      expect(inspector.integrity()).toEqual(['ok']);
      expect(inspector.violations()).toEqual([]);
      const stored = new Set(
        inspector
          .query<{ user_name: string }>('SELECT user_name FROM users')
          .map((r) => r.user_name),
      );
      expect(acknowledged.filter((name) => !stored.has(name))).toEqual([]);
      expect(stored.has('after-0')).toBe(true);
      expect(stored.has(failedName)).toBe(false);
    } finally {
      inspector.close();
    }
  }, 120_000);
});
