/**
 * SIGKILL in the middle of a write storm, three times over one data file: after each restart
 * every write that was acknowledged is there, none that was refused is, quotas hold and
 * SQLite's integrity check passes.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startChild, type ChildServer } from './support/child.ts';
import { DatabaseInspector } from './support/database.ts';
import { formBody, sendRaw, signRaw } from './support/sign.ts';

const CYCLES = 3;
const WORKERS = 16;

let dir: string;
let dataPath: string;
let child: ChildServer | undefined;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'local-iam-crash-'));
  dataPath = join(dir, 'account.sqlite');
});
afterAll(async () => {
  await child?.stop();
  rmSync(dir, { recursive: true, force: true });
});

async function call(endpoint: string, fields: [string, string][]): Promise<number> {
  const body = formBody([['Version', '2010-05-08'], ...fields]);
  return (await sendRaw(await signRaw(endpoint, body))).status;
}

interface Ledger {
  acknowledged: Set<string>;
  refused: Set<string>;
  /** Sent when the server died: either outcome is right. */
  unknown: Set<string>;
}

/**
 * Workers create users with unique names, and each also asks for a case variant of a name
 * already created (refused: names are unique regardless of case) and for a third access key
 * (refused: two a user). Resolves once the server is killed.
 */
async function storm(endpoint: string, cycle: number, killAfter: number, ledger: Ledger) {
  let acknowledged = 0;
  let serial = 0;
  let killed = false;

  async function worker(id: number): Promise<void> {
    while (!killed) {
      const userName = `crash-${cycle}-${id}-${serial++}`;
      try {
        const status = await call(endpoint, [
          ['Action', 'CreateUser'],
          ['UserName', userName],
          ['Path', '/crash/'],
        ]);
        if (status !== 200) throw new Error(`CreateUser answered ${status}`);
        ledger.acknowledged.add(userName);
        const duplicate = await call(endpoint, [
          ['Action', 'CreateUser'],
          ['UserName', userName.toUpperCase()],
        ]);
        expect(duplicate).toBe(409);
        ledger.refused.add(userName.toUpperCase());
        const thirdKey = await call(endpoint, [
          ['Action', 'CreateAccessKey'],
          ['UserName', 'keyholder'],
        ]);
        expect(thirdKey).toBe(409);
      } catch (error) {
        if (!killed) throw error;
        ledger.unknown.add(userName);
      }
      if (++acknowledged === killAfter && !killed) {
        killed = true;
        child!.kill('SIGKILL');
      }
    }
  }

  await Promise.all(Array.from({ length: WORKERS }, (_, id) => worker(id)));
}

describe('SIGKILL during a write storm', () => {
  it(`loses no acknowledged write and keeps no refused one, ${CYCLES} times`, async () => {
    const ledger: Ledger = { acknowledged: new Set(), refused: new Set(), unknown: new Set() };
    child = await startChild(dataPath);
    for (const _ of [1, 2]) {
      await call(child.endpoint, [
        ['Action', 'CreateUser'],
        ['UserName', 'keyholder'],
      ]);
      await call(child.endpoint, [
        ['Action', 'CreateAccessKey'],
        ['UserName', 'keyholder'],
      ]);
    }

    for (let cycle = 0; cycle < CYCLES; cycle++) {
      await storm(child.endpoint, cycle, 100 + cycle * 50, ledger);
      const { signal } = await child.exited;
      expect(signal).toBe('SIGKILL');
      child = await startChild(dataPath);

      const inspector = new DatabaseInspector(dataPath);
      try {
        expect(inspector.integrity()).toEqual(['ok']);
        expect(inspector.violations()).toEqual([]);
        const stored = new Set(
          inspector
            .query<{ user_name: string }>("SELECT user_name FROM users WHERE path = '/crash/'")
            .map((row) => row.user_name),
        );
        const lost = [...ledger.acknowledged].filter((name) => !stored.has(name));
        expect(lost).toEqual([]);
        const kept = [...ledger.refused].filter((name) => stored.has(name));
        expect(kept).toEqual([]);
        const unexplained = [...stored].filter(
          (name) => !ledger.acknowledged.has(name) && !ledger.unknown.has(name),
        );
        expect(unexplained).toEqual([]);
        const keys = inspector.query<{ n: number }>(
          `SELECT COUNT(*) AS n FROM access_keys a JOIN users u ON u.pk = a.user_pk
           WHERE u.user_name = 'keyholder'`,
        );
        expect(keys[0]?.n).toBe(2);
      } finally {
        inspector.close();
      }
    }
    expect(ledger.acknowledged.size).toBeGreaterThanOrEqual(100 + 150 + 200);
  }, 120_000);
});
