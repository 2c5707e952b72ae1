import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MAX_BODY_BYTES } from '../../http/body.ts';
import { TEST_ROOT_KEY } from '../../test/harness.ts';
import { startChild, type ChildServer } from './child.ts';
import { DatabaseInspector } from './database.ts';
import { createFixtures, type Fixtures } from './fixtures.ts';
import type { HostileRequest } from './hostile-requests.ts';
import { judge } from './oracle.ts';
import { sendRaw, signRaw } from './sign.ts';

const SLOWEST_KEPT = 5;

/** Answers that change nothing, even when they succeed (STS's GetSessionToken writes a session). */
function isReadOnly(action: string): boolean {
  return /^(Get|List)/.test(action) && action !== 'GetSessionToken';
}

export interface Figures {
  cases: number;
  byStatus: Record<string, number>;
  byCode: Record<string, number>;
  /** Distinct problems found, each with the first request that showed it. */
  problems: Map<string, string>;
  /** The slowest answers (milliseconds, request), slowest first. */
  slowest: [number, string][];
}

/**
 * A child server on a fresh SQLite file with the fixtures made, and a read-only view of the
 * file: each request is checked for its answer, for writes it must not leave, and for the
 * invariants no request may break.
 */
export class FuzzTarget {
  readonly figures: Figures = {
    cases: 0,
    byStatus: {},
    byCode: {},
    problems: new Map(),
    slowest: [],
  };

  private constructor(
    private readonly dir: string,
    readonly child: ChildServer,
    readonly fixtures: Fixtures,
    private readonly inspector: DatabaseInspector,
  ) {}

  static async start(): Promise<FuzzTarget> {
    const dir = mkdtempSync(join(tmpdir(), 'local-iam-fuzz-'));
    const dataPath = join(dir, 'account.sqlite');
    const child = await startChild(dataPath);
    try {
      const fixtures = await createFixtures(child.endpoint);
      return new FuzzTarget(dir, child, fixtures, new DatabaseInspector(dataPath));
    } catch (error) {
      await child.stop();
      rmSync(dir, { recursive: true, force: true });
      throw error;
    }
  }

  /** Sends one request; returns what is wrong with the outcome (empty when nothing is). */
  async check(request: HostileRequest): Promise<string[]> {
    const { model } = request;
    const before = this.inspector.snapshot();
    const url = this.child.endpoint + (request.query ? `?${request.query}` : '');
    const credentials = request.signer === 'root' ? TEST_ROOT_KEY : this.fixtures.userKey;
    const signed = await signRaw(url, request.body, { service: model.service, credentials });

    const problems: string[] = [];
    let status = 0;
    const started = performance.now();
    try {
      const response = await sendRaw(signed);
      this.recordDuration(performance.now() - started, request);
      status = response.status;
      const verdict = judge(model.service, model.action, response);
      problems.push(...verdict.problems);
      this.count('byCode', verdict.code ?? 'OK');
      const tooLarge = Buffer.byteLength(request.body) > MAX_BODY_BYTES;
      const expected = tooLarge ? 'RequestEntityTooLarge' : request.expectedCode;
      if (expected !== undefined && verdict.code !== expected) {
        problems.push(`expected ${expected}, got ${verdict.code ?? status}`);
      }
    } catch (error) {
      problems.push(`no answer: ${(error as Error).message}`);
    }
    this.count('byStatus', String(status));

    const changed = this.inspector.snapshot() !== before;
    if (changed && (status !== 200 || isReadOnly(model.action))) {
      problems.push(`state changed by a ${status === 200 ? 'read' : 'refused request'}`);
    }
    problems.push(...this.inspector.violations());
    if (!this.child.alive()) problems.push(`server died:\n${this.child.stderr()}`);

    this.figures.cases++;
    for (const problem of problems) {
      const kind = `${model.action}: ${problem.replace(/\d{3,}/g, 'N').slice(0, 160)}`;
      if (!this.figures.problems.has(kind)) this.figures.problems.set(kind, describe(request));
    }
    return problems;
  }

  private recordDuration(ms: number, request: HostileRequest): void {
    const slowest = this.figures.slowest;
    if (slowest.length >= SLOWEST_KEPT && ms <= slowest[slowest.length - 1]![0]) return;
    slowest.push([Math.round(ms), describe(request)]);
    slowest.sort(([a], [b]) => b - a);
    slowest.length = Math.min(slowest.length, SLOWEST_KEPT);
  }

  integrity(): string[] {
    return this.inspector.integrity();
  }

  private count(table: 'byStatus' | 'byCode', key: string): void {
    this.figures[table][key] = (this.figures[table][key] ?? 0) + 1;
  }

  async stop(): Promise<void> {
    this.inspector.close();
    await this.child.stop();
    rmSync(this.dir, { recursive: true, force: true });
  }
}

/** The request, shortened: bodies run to hundreds of kilobytes. */
export function describe(request: HostileRequest): string {
  const clip = (text: string) =>
    text.length > 600 ? `${text.slice(0, 600)}…(${text.length})` : text;
  return (
    `${request.model.service}:${request.model.action} as ${request.signer} ` +
    `[${request.mutations.join(' ')}] body=${clip(request.body)}` +
    (request.query ? ` query=${clip(request.query)}` : '')
  );
}
