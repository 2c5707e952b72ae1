import type { Db } from './database.ts';
import { nameKey, pathPrefixBound, selectRows, toDate } from './database.ts';
import type { UserRecord } from './users.ts';

export interface GroupRecord {
  pk: number;
  groupId: string;
  groupName: string;
  path: string;
  createDate: Date;
}

interface GroupRow {
  pk: number;
  group_id: string;
  group_name: string;
  path: string;
  create_date: number;
}

interface MemberRow {
  pk: number;
  user_id: string;
  user_name: string;
  path: string;
  create_date: number;
  password_last_used: number | null;
}

function toRecord(row: GroupRow): GroupRecord {
  return {
    pk: row.pk,
    groupId: row.group_id,
    groupName: row.group_name,
    path: row.path,
    createDate: toDate(row.create_date),
  };
}

export class GroupStore {
  private readonly insertStmt;
  private readonly byNameStmt;
  private readonly listStmt;
  private readonly updateStmt;
  private readonly deleteStmt;
  private readonly countStmt;
  private readonly addMemberStmt;
  private readonly removeMemberStmt;
  private readonly membersStmt;
  private readonly memberCountStmt;
  private readonly groupsOfUserStmt;

  constructor(db: Db) {
    this.insertStmt = db.prepare(
      `INSERT INTO groups (group_id, group_name, group_name_key, path, create_date)
       VALUES (?, ?, ?, ?, ?)`,
    );
    this.byNameStmt = selectRows<[string], GroupRow>(
      db,
      'SELECT * FROM groups WHERE group_name_key = ?',
    );
    this.listStmt = selectRows<[string, string, string, number], GroupRow>(
      db,
      `SELECT * FROM groups WHERE path >= ? AND path < ? AND group_name_key > ?
       ORDER BY group_name_key LIMIT ?`,
    );
    this.updateStmt = db.prepare(
      'UPDATE groups SET group_name = ?, group_name_key = ?, path = ? WHERE pk = ?',
    );
    this.deleteStmt = db.prepare('DELETE FROM groups WHERE pk = ?');
    this.countStmt = selectRows<[], { n: number }>(db, 'SELECT COUNT(*) AS n FROM groups');
    this.addMemberStmt = db.prepare(
      'INSERT OR IGNORE INTO group_members (group_pk, user_pk) VALUES (?, ?)',
    );
    this.removeMemberStmt = db.prepare(
      'DELETE FROM group_members WHERE group_pk = ? AND user_pk = ?',
    );
    this.membersStmt = selectRows<[number, string, number], MemberRow>(
      db,
      `SELECT u.* FROM group_members m JOIN users u ON u.pk = m.user_pk
       WHERE m.group_pk = ? AND u.user_name_key > ? ORDER BY u.user_name_key LIMIT ?`,
    );
    this.memberCountStmt = selectRows<[number], { n: number }>(
      db,
      'SELECT COUNT(*) AS n FROM group_members WHERE group_pk = ?',
    );
    this.groupsOfUserStmt = selectRows<[number], GroupRow>(
      db,
      `SELECT g.* FROM group_members m JOIN groups g ON g.pk = m.group_pk
       WHERE m.user_pk = ? ORDER BY g.group_name_key`,
    );
  }

  insert(group: Omit<GroupRecord, 'pk'>): GroupRecord {
    const info = this.insertStmt.run(
      group.groupId,
      group.groupName,
      nameKey(group.groupName),
      group.path,
      group.createDate.getTime(),
    );
    return { ...group, pk: Number(info.lastInsertRowid) };
  }

  byName(groupName: string): GroupRecord | undefined {
    const row = this.byNameStmt.get(nameKey(groupName));
    return row && toRecord(row);
  }

  list(pathPrefix: string, after: string, limit: number): GroupRecord[] {
    return this.listStmt.all(pathPrefix, pathPrefixBound(pathPrefix), after, limit).map(toRecord);
  }

  update(pk: number, groupName: string, path: string): void {
    this.updateStmt.run(groupName, nameKey(groupName), path, pk);
  }

  delete(pk: number): void {
    this.deleteStmt.run(pk);
  }

  count(): number {
    return this.countStmt.get()?.n ?? 0;
  }

  addMember(groupPk: number, userPk: number): void {
    this.addMemberStmt.run(groupPk, userPk);
  }

  removeMember(groupPk: number, userPk: number): boolean {
    return this.removeMemberStmt.run(groupPk, userPk).changes > 0;
  }

  /** A group's members by user name, after the name key `after`. */
  members(groupPk: number, after: string, limit: number): UserRecord[] {
    return this.membersStmt.all(groupPk, after, limit).map((row) => ({
      pk: row.pk,
      userId: row.user_id,
      userName: row.user_name,
      path: row.path,
      createDate: toDate(row.create_date),
      passwordLastUsed:
        row.password_last_used === null ? undefined : toDate(row.password_last_used),
    }));
  }

  memberCount(groupPk: number): number {
    return this.memberCountStmt.get(groupPk)?.n ?? 0;
  }

  groupsOfUser(userPk: number): GroupRecord[] {
    return this.groupsOfUserStmt.all(userPk).map(toRecord);
  }
}
