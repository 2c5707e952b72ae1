import type { Db } from './database.ts';
import { selectRows, toDate } from './database.ts';

export type CredentialStatus = 'Active' | 'Inactive';

export interface SSHPublicKeyRecord {
  sshPublicKeyId: string;
  userPk: number;
  fingerprint: string;
  /** `ssh-rsa AAAA…` without comment, for Encoding SSH. */
  sshBody: string;
  /** SubjectPublicKeyInfo PEM, for Encoding PEM. */
  pemBody: string;
  status: CredentialStatus;
  uploadDate: Date;
}

interface SSHPublicKeyRow {
  ssh_public_key_id: string;
  user_pk: number;
  fingerprint: string;
  ssh_body: string;
  pem_body: string;
  status: CredentialStatus;
  upload_date: number;
}

function toRecord(row: SSHPublicKeyRow): SSHPublicKeyRecord {
  return {
    sshPublicKeyId: row.ssh_public_key_id,
    userPk: row.user_pk,
    fingerprint: row.fingerprint,
    sshBody: row.ssh_body,
    pemBody: row.pem_body,
    status: row.status,
    uploadDate: toDate(row.upload_date),
  };
}

export class SSHPublicKeyStore {
  private readonly insertStmt;
  private readonly byIdStmt;
  private readonly ofUserStmt;
  private readonly statusStmt;
  private readonly deleteStmt;

  constructor(db: Db) {
    this.insertStmt = db.prepare(
      `INSERT INTO ssh_public_keys (ssh_public_key_id, user_pk, fingerprint, ssh_body, pem_body,
         status, upload_date) VALUES (?, ?, ?, ?, ?, ?, ?)`,
    );
    this.byIdStmt = selectRows<[string], SSHPublicKeyRow>(
      db,
      'SELECT * FROM ssh_public_keys WHERE ssh_public_key_id = ?',
    );
    this.ofUserStmt = selectRows<[number], SSHPublicKeyRow>(
      db,
      'SELECT * FROM ssh_public_keys WHERE user_pk = ? ORDER BY ssh_public_key_id',
    );
    this.statusStmt = db.prepare(
      'UPDATE ssh_public_keys SET status = ? WHERE ssh_public_key_id = ?',
    );
    this.deleteStmt = db.prepare('DELETE FROM ssh_public_keys WHERE ssh_public_key_id = ?');
  }

  insert(key: SSHPublicKeyRecord): void {
    this.insertStmt.run(
      key.sshPublicKeyId,
      key.userPk,
      key.fingerprint,
      key.sshBody,
      key.pemBody,
      key.status,
      key.uploadDate.getTime(),
    );
  }

  byId(sshPublicKeyId: string): SSHPublicKeyRecord | undefined {
    const row = this.byIdStmt.get(sshPublicKeyId);
    return row && toRecord(row);
  }

  ofUser(userPk: number): SSHPublicKeyRecord[] {
    return this.ofUserStmt.all(userPk).map(toRecord);
  }

  setStatus(sshPublicKeyId: string, status: CredentialStatus): void {
    this.statusStmt.run(status, sshPublicKeyId);
  }

  delete(sshPublicKeyId: string): void {
    this.deleteStmt.run(sshPublicKeyId);
  }
}
