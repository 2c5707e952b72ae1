import { selectRows } from './database.ts';
import type { Db } from './database.ts';

export type TaggedEntity = 'user' | 'role' | 'mfa' | 'policy';

export type Tag = {
  Key: string;
  Value: string;
};

export class TagStore {
  private readonly listStmt;
  private readonly upsertStmt;
  private readonly removeStmt;
  private readonly removeAllStmt;
  private readonly countStmt;

  constructor(db: Db) {
    this.listStmt = selectRows<[string, number], { tag_key: string; tag_value: string }>(
      db,
      `SELECT tag_key, tag_value FROM tags WHERE entity_type = ? AND entity_pk = ?
       ORDER BY tag_key_lower`,
    );
    // Tag keys are case-insensitive: a new casing replaces the old key along with its value.
    // https://docs.aws.amazon.com/IAM/latest/UserGuide/id_tags.html#id_tags_rules_creating
    this.upsertStmt = db.prepare(
      `INSERT INTO tags (entity_type, entity_pk, tag_key_lower, tag_key, tag_value)
       VALUES (?, ?, ?, ?, ?)
       ON CONFLICT (entity_type, entity_pk, tag_key_lower)
       DO UPDATE SET tag_key = excluded.tag_key, tag_value = excluded.tag_value`,
    );
    this.removeStmt = db.prepare(
      'DELETE FROM tags WHERE entity_type = ? AND entity_pk = ? AND tag_key_lower = ?',
    );
    this.removeAllStmt = db.prepare('DELETE FROM tags WHERE entity_type = ? AND entity_pk = ?');
    this.countStmt = selectRows<[string, number], { n: number }>(
      db,
      'SELECT COUNT(*) AS n FROM tags WHERE entity_type = ? AND entity_pk = ?',
    );
  }

  list(entity: TaggedEntity, pk: number): Tag[] {
    return this.listStmt.all(entity, pk).map((row) => ({ Key: row.tag_key, Value: row.tag_value }));
  }

  /** Keys that already exist, compared without case, among `keys`. */
  existingKeys(entity: TaggedEntity, pk: number, keys: string[]): Set<string> {
    const existing = new Set(this.list(entity, pk).map((tag) => tag.Key.toLowerCase()));
    return new Set(keys.map((key) => key.toLowerCase()).filter((key) => existing.has(key)));
  }

  put(entity: TaggedEntity, pk: number, tags: Tag[]): void {
    for (const tag of tags) {
      this.upsertStmt.run(entity, pk, tag.Key.toLowerCase(), tag.Key, tag.Value);
    }
  }

  remove(entity: TaggedEntity, pk: number, keys: string[]): void {
    for (const key of keys) this.removeStmt.run(entity, pk, key.toLowerCase());
  }

  removeAll(entity: TaggedEntity, pk: number): void {
    this.removeAllStmt.run(entity, pk);
  }

  count(entity: TaggedEntity, pk: number): number {
    return this.countStmt.get(entity, pk)?.n ?? 0;
  }
}
