import type { Db } from './database.ts';
import { nameKey, optionalDate, pathPrefixBound, selectRows, toDate } from './database.ts';

/** A customer managed policy; its documents live in `policy_versions`. */
export interface PolicyRecord {
  pk: number;
  policyId: string;
  policyName: string;
  path: string;
  description?: string;
  /** `v3`: the version IAM evaluates. */
  defaultVersionId: string;
  /** IAM never reuses a version number, even after DeletePolicyVersion. */
  nextVersionNumber: number;
  createDate: Date;
  updateDate: Date;
}

export interface PolicyVersionRecord {
  policyPk: number;
  versionId: string;
  /** The document as the caller sent it (decoded JSON text). */
  document: string;
  createDate: Date;
}

interface PolicyRow {
  pk: number;
  policy_id: string;
  policy_name: string;
  path: string;
  description: string | null;
  default_version: number;
  next_version: number;
  create_date: number;
  update_date: number | null;
}

interface VersionRow {
  policy_pk: number;
  version_number: number;
  document: string;
  create_date: number;
}

function toRecord(row: PolicyRow): PolicyRecord {
  const createDate = toDate(row.create_date);
  return {
    pk: row.pk,
    policyId: row.policy_id,
    policyName: row.policy_name,
    path: row.path,
    description: row.description ?? undefined,
    defaultVersionId: `v${row.default_version}`,
    nextVersionNumber: row.next_version,
    createDate,
    updateDate: optionalDate(row.update_date) ?? createDate,
  };
}

function toVersion(row: VersionRow): PolicyVersionRecord {
  return {
    policyPk: row.policy_pk,
    versionId: `v${row.version_number}`,
    document: row.document,
    createDate: toDate(row.create_date),
  };
}

/** `v12` → 12; undefined for anything IAM would not have issued. */
export function versionNumber(versionId: string): number | undefined {
  const match = /^v([1-9]\d{0,8})$/.exec(versionId);
  return match ? Number(match[1]) : undefined;
}

export class PolicyStore {
  private readonly insertStmt;
  private readonly byNameStmt;
  private readonly byPkStmt;
  private readonly listStmt;
  private readonly deleteStmt;
  private readonly countStmt;
  private readonly setDefaultStmt;
  private readonly bumpStmt;
  private readonly insertVersionStmt;
  private readonly versionsStmt;
  private readonly versionStmt;
  private readonly deleteVersionStmt;

  constructor(db: Db) {
    this.insertStmt = db.prepare(
      `INSERT INTO policies (policy_id, policy_name, policy_name_key, path, description,
         default_version, next_version, create_date, update_date)
       VALUES (?, ?, ?, ?, ?, 1, 2, ?, ?)`,
    );
    this.byNameStmt = selectRows<[string], PolicyRow>(
      db,
      'SELECT * FROM policies WHERE policy_name_key = ?',
    );
    this.byPkStmt = selectRows<[number], PolicyRow>(db, 'SELECT * FROM policies WHERE pk = ?');
    this.listStmt = selectRows<[string, string], PolicyRow>(
      db,
      'SELECT * FROM policies WHERE path >= ? AND path < ? ORDER BY policy_name_key',
    );
    this.deleteStmt = db.prepare('DELETE FROM policies WHERE pk = ?');
    this.countStmt = selectRows<[], { n: number }>(db, 'SELECT COUNT(*) AS n FROM policies');
    this.setDefaultStmt = db.prepare(
      'UPDATE policies SET default_version = ?, update_date = ? WHERE pk = ?',
    );
    this.bumpStmt = db.prepare('UPDATE policies SET next_version = ? WHERE pk = ?');
    this.insertVersionStmt = db.prepare(
      `INSERT INTO policy_versions (policy_pk, version_number, document, create_date)
       VALUES (?, ?, ?, ?)`,
    );
    this.versionsStmt = selectRows<[number], VersionRow>(
      db,
      'SELECT * FROM policy_versions WHERE policy_pk = ? ORDER BY version_number',
    );
    this.versionStmt = selectRows<[number, number], VersionRow>(
      db,
      'SELECT * FROM policy_versions WHERE policy_pk = ? AND version_number = ?',
    );
    this.deleteVersionStmt = db.prepare(
      'DELETE FROM policy_versions WHERE policy_pk = ? AND version_number = ?',
    );
  }

  /** Creates the policy with its first version, `v1`, as the default. */
  insert(
    policy: Pick<PolicyRecord, 'policyId' | 'policyName' | 'path' | 'description' | 'createDate'>,
    document: string,
  ): PolicyRecord {
    const created = policy.createDate.getTime();
    const info = this.insertStmt.run(
      policy.policyId,
      policy.policyName,
      nameKey(policy.policyName),
      policy.path,
      policy.description ?? null,
      created,
      created,
    );
    const pk = Number(info.lastInsertRowid);
    this.insertVersionStmt.run(pk, 1, document, created);
    return this.byPk(pk) as PolicyRecord;
  }

  byName(policyName: string): PolicyRecord | undefined {
    const row = this.byNameStmt.get(nameKey(policyName));
    return row && toRecord(row);
  }

  byPk(pk: number): PolicyRecord | undefined {
    const row = this.byPkStmt.get(pk);
    return row && toRecord(row);
  }

  /** Policies whose path starts with `pathPrefix`, by name. */
  list(pathPrefix: string): PolicyRecord[] {
    return this.listStmt.all(pathPrefix, pathPrefixBound(pathPrefix)).map(toRecord);
  }

  delete(pk: number): void {
    this.deleteStmt.run(pk);
  }

  count(): number {
    return this.countStmt.get()?.n ?? 0;
  }

  versions(policyPk: number): PolicyVersionRecord[] {
    return this.versionsStmt.all(policyPk).map(toVersion);
  }

  version(policyPk: number, versionId: string): PolicyVersionRecord | undefined {
    const number = versionNumber(versionId);
    const row = number === undefined ? undefined : this.versionStmt.get(policyPk, number);
    return row && toVersion(row);
  }

  /** Adds the next version number and returns its ID. */
  addVersion(policy: PolicyRecord, document: string, createDate: Date): string {
    const number = policy.nextVersionNumber;
    this.insertVersionStmt.run(policy.pk, number, document, createDate.getTime());
    this.bumpStmt.run(number + 1, policy.pk);
    return `v${number}`;
  }

  setDefaultVersion(policyPk: number, versionId: string, updateDate: Date): void {
    this.setDefaultStmt.run(versionNumber(versionId), updateDate.getTime(), policyPk);
  }

  deleteVersion(policyPk: number, versionId: string): void {
    this.deleteVersionStmt.run(policyPk, versionNumber(versionId));
  }
}
