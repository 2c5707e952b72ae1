import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { MAX_ACCESS_KEYS } from '../../operations/access-keys.ts';
import { MAX_ATTACHED_POLICIES } from '../../operations/attached-policies.ts';
import { MAX_GROUPS_PER_USER } from '../../operations/groups.ts';
import { MAX_MFA_DEVICES } from '../../operations/mfa-devices.ts';
import { MAX_POLICY_VERSIONS } from '../../operations/policy-versions.ts';
import { MAX_SIGNING_CERTIFICATES } from '../../operations/signing-certificates.ts';
import { MAX_SSH_PUBLIC_KEYS } from '../../operations/ssh-public-keys.ts';
import { MAX_TAGS } from '../../operations/tags.ts';
import { TABLES } from '../../store/schema.ts';

/**
 * Written by requests that fail later on purpose: authentication records a key's last use
 * before the operation runs, as IAM's GetAccessKeyLastUsed reports attempts with a good
 * signature; and issuing a session purges expired ones.
 */
const VOLATILE_COLUMNS: Record<string, string[]> = {
  access_keys: ['last_used_date', 'last_used_service', 'last_used_region'],
};

/** Rows that break a quota or point at nothing; each query returns one row a breach. */
const INVARIANTS: Record<string, string> = {
  'access keys over quota': `SELECT user_pk FROM access_keys GROUP BY user_pk
    HAVING COUNT(*) > ${MAX_ACCESS_KEYS}`,
  'groups a user over quota': `SELECT user_pk FROM group_members GROUP BY user_pk
    HAVING COUNT(*) > ${MAX_GROUPS_PER_USER}`,
  'tags over quota': `SELECT entity_type, entity_pk FROM tags GROUP BY entity_type, entity_pk
    HAVING COUNT(*) > ${MAX_TAGS}`,
  'MFA devices over quota': `SELECT user_pk FROM mfa_devices WHERE user_pk IS NOT NULL
    GROUP BY user_pk HAVING COUNT(*) > ${MAX_MFA_DEVICES}`,
  'SSH keys over quota': `SELECT user_pk FROM ssh_public_keys GROUP BY user_pk
    HAVING COUNT(*) > ${MAX_SSH_PUBLIC_KEYS}`,
  'signing certificates over quota': `SELECT user_pk FROM signing_certificates
    GROUP BY user_pk HAVING COUNT(*) > ${MAX_SIGNING_CERTIFICATES}`,
  'policy versions over quota': `SELECT policy_pk FROM policy_versions GROUP BY policy_pk
    HAVING COUNT(*) > ${MAX_POLICY_VERSIONS}`,
  'attached policies over quota': `SELECT entity_type, entity_pk FROM attached_policies
    GROUP BY entity_type, entity_pk HAVING COUNT(*) > ${MAX_ATTACHED_POLICIES}`,
  'tags of nothing': `SELECT entity_type, entity_pk FROM tags t WHERE NOT EXISTS (
    SELECT 1 FROM users WHERE t.entity_type = 'user' AND pk = t.entity_pk
    UNION ALL SELECT 1 FROM roles WHERE t.entity_type = 'role' AND pk = t.entity_pk
    UNION ALL SELECT 1 FROM policies WHERE t.entity_type = 'policy' AND pk = t.entity_pk
    UNION ALL SELECT 1 FROM mfa_devices WHERE t.entity_type = 'mfa' AND pk = t.entity_pk)`,
  'policies of nothing': `SELECT entity_type, entity_pk FROM (
      SELECT entity_type, entity_pk FROM attached_policies
      UNION ALL SELECT entity_type, entity_pk FROM inline_policies) p
    WHERE NOT EXISTS (
      SELECT 1 FROM users WHERE p.entity_type = 'user' AND pk = p.entity_pk
      UNION ALL SELECT 1 FROM groups WHERE p.entity_type = 'group' AND pk = p.entity_pk
      UNION ALL SELECT 1 FROM roles WHERE p.entity_type = 'role' AND pk = p.entity_pk)`,
  'attachments of a deleted customer policy': `SELECT policy_arn FROM attached_policies a
    WHERE policy_arn NOT LIKE 'arn:aws:iam::aws:policy/%' AND NOT EXISTS (
      SELECT 1 FROM policies p WHERE a.policy_arn LIKE '%:policy' || p.path || p.policy_name)`,
  'policies without their default version': `SELECT pk FROM policies p WHERE NOT EXISTS (
    SELECT 1 FROM policy_versions v
    WHERE v.policy_pk = p.pk AND v.version_number = p.default_version)`,
  'more than one account': 'SELECT COUNT(*) FROM account HAVING COUNT(*) <> 1',
};

/**
 * A second, read-only connection to a local account's SQLite file, to compare its state
 * before and after a request and to check what no request may leave behind.
 */
export class DatabaseInspector {
  private readonly db: Database.Database;

  constructor(dataPath: string) {
    this.db = new Database(dataPath, { readonly: true, fileMustExist: true });
    this.db.pragma('busy_timeout = 5000');
  }

  /** A digest of every row of every table, volatile columns left out. */
  snapshot(): string {
    const hash = createHash('sha256');
    for (const table of TABLES) {
      const volatile = VOLATILE_COLUMNS[table] ?? [];
      const rows = this.db.prepare(`SELECT * FROM ${table}`).all() as Record<string, unknown>[];
      const lines = rows.map((row) =>
        JSON.stringify(Object.entries(row).filter(([column]) => !volatile.includes(column))),
      );
      hash.update(`${table}\n${lines.sort().join('\n')}\n`);
    }
    return hash.digest('hex');
  }

  /** Row counts a table, for reports and for telling which table a request changed. */
  counts(): Record<string, number> {
    const counts: Record<string, number> = {};
    for (const table of TABLES) {
      const row = this.db.prepare(`SELECT COUNT(*) AS n FROM ${table}`).get() as { n: number };
      counts[table] = row.n;
    }
    return counts;
  }

  /** One line a broken invariant (quota, orphan, foreign key); empty when all hold. */
  violations(): string[] {
    const found: string[] = [];
    for (const [name, sql] of Object.entries(INVARIANTS)) {
      const rows = this.db.prepare(sql).all();
      if (rows.length > 0) found.push(`${name}: ${JSON.stringify(rows.slice(0, 3))}`);
    }
    const orphans = this.db.pragma('foreign_key_check') as unknown[];
    if (orphans.length > 0) found.push(`foreign keys: ${JSON.stringify(orphans.slice(0, 3))}`);
    return found;
  }

  /** `PRAGMA integrity_check`: ['ok'] for a sound file. */
  integrity(): string[] {
    const rows = this.db.pragma('integrity_check') as { integrity_check: string }[];
    return rows.map((row) => row.integrity_check);
  }

  query<T>(sql: string, ...params: unknown[]): T[] {
    return this.db.prepare(sql).all(...params) as T[];
  }

  close(): void {
    this.db.close();
  }
}
