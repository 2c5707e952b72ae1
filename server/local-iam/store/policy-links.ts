import type { Db } from './database.ts';
import { nameKey, selectRows } from './database.ts';

/** The identities policies attach to or are embedded in. */
export type PolicyOwner = 'user' | 'group' | 'role';

export interface InlinePolicyRecord {
  policyName: string;
  /** The document as the caller sent it (decoded JSON text). */
  document: string;
}

/**
 * Managed policy attachments, by policy ARN (AWS managed and customer managed alike: neither
 * can be renamed or moved), and inline policies, by owner.
 */
export class PolicyLinkStore {
  private readonly attachStmt;
  private readonly detachStmt;
  private readonly attachedStmt;
  private readonly attachedArnsStmt;
  private readonly attachmentCountStmt;
  private readonly attachedNamesStmt;
  private readonly putInlineStmt;
  private readonly inlineStmt;
  private readonly inlineListStmt;
  private readonly deleteInlineStmt;
  private readonly inlineCountStmt;

  constructor(db: Db) {
    this.attachStmt = db.prepare(
      `INSERT OR IGNORE INTO attached_policies (entity_type, entity_pk, policy_arn)
       VALUES (?, ?, ?)`,
    );
    this.detachStmt = db.prepare(
      'DELETE FROM attached_policies WHERE entity_type = ? AND entity_pk = ? AND policy_arn = ?',
    );
    this.attachedStmt = selectRows<[string, number], { policy_arn: string }>(
      db,
      `SELECT policy_arn FROM attached_policies WHERE entity_type = ? AND entity_pk = ?
       ORDER BY policy_arn`,
    );
    this.attachedArnsStmt = selectRows<[], { policy_arn: string; n: number }>(
      db,
      'SELECT policy_arn, COUNT(*) AS n FROM attached_policies GROUP BY policy_arn',
    );
    this.attachmentCountStmt = selectRows<[string], { n: number }>(
      db,
      'SELECT COUNT(*) AS n FROM attached_policies WHERE policy_arn = ?',
    );
    this.attachedNamesStmt = selectRows<[string, string, string], AttachedNameRow>(
      db,
      `SELECT 'user' AS entity_type, u.user_name AS name FROM attached_policies a
         JOIN users u ON a.entity_type = 'user' AND u.pk = a.entity_pk WHERE a.policy_arn = ?
       UNION ALL
       SELECT 'group', g.group_name FROM attached_policies a
         JOIN groups g ON a.entity_type = 'group' AND g.pk = a.entity_pk WHERE a.policy_arn = ?
       UNION ALL
       SELECT 'role', r.role_name FROM attached_policies a
         JOIN roles r ON a.entity_type = 'role' AND r.pk = a.entity_pk WHERE a.policy_arn = ?`,
    );
    this.putInlineStmt = db.prepare(
      `INSERT INTO inline_policies (entity_type, entity_pk, policy_name_key, policy_name, document)
       VALUES (?, ?, ?, ?, ?)
       ON CONFLICT (entity_type, entity_pk, policy_name_key)
       DO UPDATE SET policy_name = excluded.policy_name, document = excluded.document`,
    );
    this.inlineStmt = selectRows<[string, number, string], InlineRow>(
      db,
      `SELECT policy_name, document FROM inline_policies
       WHERE entity_type = ? AND entity_pk = ? AND policy_name_key = ?`,
    );
    this.inlineListStmt = selectRows<[string, number], InlineRow>(
      db,
      `SELECT policy_name, document FROM inline_policies WHERE entity_type = ? AND entity_pk = ?
       ORDER BY policy_name_key`,
    );
    this.deleteInlineStmt = db.prepare(
      `DELETE FROM inline_policies
       WHERE entity_type = ? AND entity_pk = ? AND policy_name_key = ?`,
    );
    this.inlineCountStmt = selectRows<[string], { n: number }>(
      db,
      'SELECT COUNT(*) AS n FROM inline_policies WHERE entity_type = ?',
    );
  }

  attach(owner: PolicyOwner, pk: number, policyArn: string): void {
    this.attachStmt.run(owner, pk, policyArn);
  }

  detach(owner: PolicyOwner, pk: number, policyArn: string): boolean {
    return this.detachStmt.run(owner, pk, policyArn).changes > 0;
  }

  /** The ARNs of the managed policies attached to one user, group or role, sorted. */
  attached(owner: PolicyOwner, pk: number): string[] {
    return this.attachedStmt.all(owner, pk).map((row) => row.policy_arn);
  }

  /** The names of the users, groups and roles a policy is attached to. */
  attachedNames(policyArn: string): { entityType: PolicyOwner; name: string }[] {
    return this.attachedNamesStmt
      .all(policyArn, policyArn, policyArn)
      .map((row) => ({ entityType: row.entity_type, name: row.name }));
  }

  attachmentCount(policyArn: string): number {
    return this.attachmentCountStmt.get(policyArn)?.n ?? 0;
  }

  /** Every attached policy ARN with its attachment count. */
  attachmentCounts(): Map<string, number> {
    return new Map(this.attachedArnsStmt.all().map((row) => [row.policy_arn, row.n]));
  }

  putInline(owner: PolicyOwner, pk: number, policy: InlinePolicyRecord): void {
    this.putInlineStmt.run(
      owner,
      pk,
      nameKey(policy.policyName),
      policy.policyName,
      policy.document,
    );
  }

  inline(owner: PolicyOwner, pk: number, policyName: string): InlinePolicyRecord | undefined {
    const row = this.inlineStmt.get(owner, pk, nameKey(policyName));
    return row && { policyName: row.policy_name, document: row.document };
  }

  /** One owner's inline policies by name. */
  inlineList(owner: PolicyOwner, pk: number): InlinePolicyRecord[] {
    return this.inlineListStmt
      .all(owner, pk)
      .map((row) => ({ policyName: row.policy_name, document: row.document }));
  }

  deleteInline(owner: PolicyOwner, pk: number, policyName: string): boolean {
    return this.deleteInlineStmt.run(owner, pk, nameKey(policyName)).changes > 0;
  }

  /** Inline policies held by all users (or groups, or roles) of the account. */
  inlineCount(owner: PolicyOwner): number {
    return this.inlineCountStmt.get(owner)?.n ?? 0;
  }
}

interface AttachedNameRow {
  entity_type: PolicyOwner;
  name: string;
}

interface InlineRow {
  policy_name: string;
  document: string;
}
