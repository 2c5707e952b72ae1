import { AccessKeyStore } from './access-keys.ts';
import { AccountStore } from './account.ts';
import { openDatabase, wipeDatabase, type Db } from './database.ts';
import { GroupStore } from './groups.ts';
import { LoginProfileStore } from './login-profiles.ts';
import { MFADeviceStore } from './mfa-devices.ts';
import { PasswordPolicyStore } from './password-policy.ts';
import { PolicyStore } from './policies.ts';
import { PolicyLinkStore } from './policy-links.ts';
import { RoleDeletionTaskStore } from './role-deletion-tasks.ts';
import { RoleStore } from './roles.ts';
import { SessionStore } from './sessions.ts';
import { SigningCertificateStore } from './signing-certificates.ts';
import { SSHPublicKeyStore } from './ssh-public-keys.ts';
import { TagStore } from './tags.ts';
import { TrustPrincipalStore } from './trust-principals.ts';
import { UserStore } from './users.ts';

/** The account's state: one SQLite database, one repository of prepared statements a table. */
export class Store {
  readonly account: AccountStore;
  readonly users: UserStore;
  readonly groups: GroupStore;
  readonly roles: RoleStore;
  readonly trustPrincipals: TrustPrincipalStore;
  readonly tags: TagStore;
  readonly accessKeys: AccessKeyStore;
  readonly loginProfiles: LoginProfileStore;
  readonly mfaDevices: MFADeviceStore;
  readonly sshPublicKeys: SSHPublicKeyStore;
  readonly signingCertificates: SigningCertificateStore;
  readonly sessions: SessionStore;
  readonly roleDeletionTasks: RoleDeletionTaskStore;
  readonly policies: PolicyStore;
  readonly policyLinks: PolicyLinkStore;
  readonly passwordPolicy: PasswordPolicyStore;

  private constructor(private readonly db: Db) {
    this.account = new AccountStore(db);
    this.users = new UserStore(db);
    this.groups = new GroupStore(db);
    this.roles = new RoleStore(db);
    this.trustPrincipals = new TrustPrincipalStore(db);
    this.tags = new TagStore(db);
    this.accessKeys = new AccessKeyStore(db);
    this.loginProfiles = new LoginProfileStore(db);
    this.mfaDevices = new MFADeviceStore(db);
    this.sshPublicKeys = new SSHPublicKeyStore(db);
    this.signingCertificates = new SigningCertificateStore(db);
    this.sessions = new SessionStore(db);
    this.roleDeletionTasks = new RoleDeletionTaskStore(db);
    this.policies = new PolicyStore(db);
    this.policyLinks = new PolicyLinkStore(db);
    this.passwordPolicy = new PasswordPolicyStore(db);
  }

  static open(dataPath: string): Store {
    return new Store(openDatabase(dataPath));
  }

  /**
   * Runs `write` in one transaction: all of it is stored, or none of it. IMMEDIATE takes the
   * write lock at the start, so another process on the same file waits (busy_timeout) instead
   * of failing with SQLITE_BUSY when it turns a read into a write.
   * https://www.sqlite.org/lang_transaction.html
   */
  transaction<T>(write: () => T): T {
    return this.db.transaction(write).immediate();
  }

  wipe(): void {
    wipeDatabase(this.db);
  }

  close(): void {
    this.db.close();
  }
}
