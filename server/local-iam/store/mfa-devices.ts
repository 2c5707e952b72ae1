import type { Db } from './database.ts';
import { optionalDate, selectRows, toDate } from './database.ts';

export interface MFADeviceRecord {
  pk: number;
  /** The device ARN, `arn:aws:iam::<account>:mfa/<path><name>`. */
  serialNumber: string;
  path: string;
  deviceName: string;
  /** The TOTP seed: needed to check codes, never returned after CreateVirtualMFADevice. */
  seed: Buffer;
  userPk?: number;
  assignedToRoot: boolean;
  enableDate?: Date;
  /** The last TOTP time step accepted, so that no code is used twice. */
  lastUsedStep?: number;
  createDate: Date;
}

interface MFADeviceRow {
  pk: number;
  serial_number: string;
  path: string;
  device_name: string;
  seed: Buffer;
  user_pk: number | null;
  assigned_to_root: number;
  enable_date: number | null;
  last_used_step: number | null;
  create_date: number;
}

function toRecord(row: MFADeviceRow): MFADeviceRecord {
  return {
    pk: row.pk,
    serialNumber: row.serial_number,
    path: row.path,
    deviceName: row.device_name,
    seed: row.seed,
    userPk: row.user_pk ?? undefined,
    assignedToRoot: row.assigned_to_root === 1,
    enableDate: optionalDate(row.enable_date),
    lastUsedStep: row.last_used_step ?? undefined,
    createDate: toDate(row.create_date),
  };
}

/** Who a device is assigned to: a user, the root user, or nobody. */
export type MFAAssignee = { userPk: number } | 'root' | undefined;

export class MFADeviceStore {
  private readonly insertStmt;
  private readonly bySerialStmt;
  private readonly allStmt;
  private readonly ofUserStmt;
  private readonly ofRootStmt;
  private readonly assignStmt;
  private readonly lastUsedStmt;
  private readonly deleteStmt;

  constructor(db: Db) {
    this.insertStmt = db.prepare(
      `INSERT INTO mfa_devices (serial_number, path, device_name, seed, create_date)
       VALUES (?, ?, ?, ?, ?)`,
    );
    this.bySerialStmt = selectRows<[string], MFADeviceRow>(
      db,
      'SELECT * FROM mfa_devices WHERE serial_number = ?',
    );
    this.allStmt = selectRows<[], MFADeviceRow>(
      db,
      'SELECT * FROM mfa_devices ORDER BY serial_number',
    );
    this.ofUserStmt = selectRows<[number], MFADeviceRow>(
      db,
      'SELECT * FROM mfa_devices WHERE user_pk = ? ORDER BY enable_date, serial_number',
    );
    this.ofRootStmt = selectRows<[], MFADeviceRow>(
      db,
      `SELECT * FROM mfa_devices WHERE assigned_to_root = 1
       ORDER BY enable_date, serial_number`,
    );
    this.assignStmt = db.prepare(
      `UPDATE mfa_devices SET user_pk = ?, assigned_to_root = ?, enable_date = ?,
         last_used_step = ? WHERE pk = ?`,
    );
    this.lastUsedStmt = db.prepare('UPDATE mfa_devices SET last_used_step = ? WHERE pk = ?');
    this.deleteStmt = db.prepare('DELETE FROM mfa_devices WHERE pk = ?');
  }

  insert(
    device: Pick<MFADeviceRecord, 'serialNumber' | 'path' | 'deviceName' | 'seed'>,
    now: Date,
  ) {
    const info = this.insertStmt.run(
      device.serialNumber,
      device.path,
      device.deviceName,
      device.seed,
      now.getTime(),
    );
    return Number(info.lastInsertRowid);
  }

  bySerialNumber(serialNumber: string): MFADeviceRecord | undefined {
    const row = this.bySerialStmt.get(serialNumber);
    return row && toRecord(row);
  }

  all(): MFADeviceRecord[] {
    return this.allStmt.all().map(toRecord);
  }

  /** Devices assigned to a user, or to the root user when `userPk` is undefined. */
  assignedTo(userPk: number | undefined): MFADeviceRecord[] {
    const rows = userPk === undefined ? this.ofRootStmt.all() : this.ofUserStmt.all(userPk);
    return rows.map(toRecord);
  }

  assign(pk: number, assignee: MFAAssignee, enableDate?: Date, lastUsedStep?: number): void {
    this.assignStmt.run(
      assignee && assignee !== 'root' ? assignee.userPk : null,
      assignee === 'root' ? 1 : 0,
      enableDate?.getTime() ?? null,
      lastUsedStep ?? null,
      pk,
    );
  }

  setLastUsedStep(pk: number, step: number): void {
    this.lastUsedStmt.run(step, pk);
  }

  delete(pk: number): void {
    this.deleteStmt.run(pk);
  }
}
