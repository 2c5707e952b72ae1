import { selectRows } from './database.ts';
import type { Db } from './database.ts';

export type DeletionTaskStatus = 'SUCCEEDED' | 'IN_PROGRESS' | 'FAILED' | 'NOT_STARTED';

/** DeleteServiceLinkedRole's tasks; this account deletes at once, so each one has succeeded. */
export class RoleDeletionTaskStore {
  private readonly insertStmt;
  private readonly statusStmt;

  constructor(db: Db) {
    this.insertStmt = db.prepare(
      'INSERT INTO role_deletion_tasks (deletion_task_id, status, create_date) VALUES (?, ?, ?)',
    );
    this.statusStmt = selectRows<[string], { status: DeletionTaskStatus }>(
      db,
      'SELECT status FROM role_deletion_tasks WHERE deletion_task_id = ?',
    );
  }

  insert(deletionTaskId: string, status: DeletionTaskStatus, now: Date): void {
    this.insertStmt.run(deletionTaskId, status, now.getTime());
  }

  status(deletionTaskId: string): DeletionTaskStatus | undefined {
    return this.statusStmt.get(deletionTaskId)?.status;
  }
}
