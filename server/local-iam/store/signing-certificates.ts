import type { Db } from './database.ts';
import { selectRows, toDate } from './database.ts';
import type { CredentialStatus } from './ssh-public-keys.ts';

export interface SigningCertificateRecord {
  certificateId: string;
  /** Undefined for the root user's certificates. */
  userPk?: number;
  certificateBody: string;
  fingerprint: string;
  status: CredentialStatus;
  uploadDate: Date;
}

interface SigningCertificateRow {
  certificate_id: string;
  user_pk: number | null;
  certificate_body: string;
  fingerprint: string;
  status: CredentialStatus;
  upload_date: number;
}

function toRecord(row: SigningCertificateRow): SigningCertificateRecord {
  return {
    certificateId: row.certificate_id,
    userPk: row.user_pk ?? undefined,
    certificateBody: row.certificate_body,
    fingerprint: row.fingerprint,
    status: row.status,
    uploadDate: toDate(row.upload_date),
  };
}

export class SigningCertificateStore {
  private readonly insertStmt;
  private readonly byIdStmt;
  private readonly byFingerprintStmt;
  private readonly ofUserStmt;
  private readonly ofRootStmt;
  private readonly statusStmt;
  private readonly deleteStmt;

  constructor(db: Db) {
    this.insertStmt = db.prepare(
      `INSERT INTO signing_certificates (certificate_id, user_pk, certificate_body, fingerprint,
         status, upload_date) VALUES (?, ?, ?, ?, ?, ?)`,
    );
    this.byIdStmt = selectRows<[string], SigningCertificateRow>(
      db,
      'SELECT * FROM signing_certificates WHERE certificate_id = ?',
    );
    this.byFingerprintStmt = selectRows<[string], SigningCertificateRow>(
      db,
      'SELECT * FROM signing_certificates WHERE fingerprint = ?',
    );
    this.ofUserStmt = selectRows<[number], SigningCertificateRow>(
      db,
      `SELECT * FROM signing_certificates WHERE user_pk = ?
       ORDER BY upload_date, certificate_id`,
    );
    this.ofRootStmt = selectRows<[], SigningCertificateRow>(
      db,
      `SELECT * FROM signing_certificates WHERE user_pk IS NULL
       ORDER BY upload_date, certificate_id`,
    );
    this.statusStmt = db.prepare(
      'UPDATE signing_certificates SET status = ? WHERE certificate_id = ?',
    );
    this.deleteStmt = db.prepare('DELETE FROM signing_certificates WHERE certificate_id = ?');
  }

  insert(certificate: SigningCertificateRecord): void {
    this.insertStmt.run(
      certificate.certificateId,
      certificate.userPk ?? null,
      certificate.certificateBody,
      certificate.fingerprint,
      certificate.status,
      certificate.uploadDate.getTime(),
    );
  }

  byId(certificateId: string): SigningCertificateRecord | undefined {
    const row = this.byIdStmt.get(certificateId);
    return row && toRecord(row);
  }

  byFingerprint(fingerprint: string): SigningCertificateRecord | undefined {
    const row = this.byFingerprintStmt.get(fingerprint);
    return row && toRecord(row);
  }

  /** A user's certificates, or the root user's when `userPk` is undefined, oldest first. */
  ofOwner(userPk: number | undefined): SigningCertificateRecord[] {
    const rows = userPk === undefined ? this.ofRootStmt.all() : this.ofUserStmt.all(userPk);
    return rows.map(toRecord);
  }

  setStatus(certificateId: string, status: CredentialStatus): void {
    this.statusStmt.run(status, certificateId);
  }

  delete(certificateId: string): void {
    this.deleteStmt.run(certificateId);
  }
}
