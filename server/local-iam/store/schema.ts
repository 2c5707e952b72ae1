/**
 * The local account's tables. Every IAM entity has an integer key that other tables reference,
 * so later entities (policies, MFA devices, SSH keys, signing certificates, sessions) attach
 * to users, groups and roles the same way access keys and login profiles do here.
 * Name uniqueness is case-insensitive in IAM, so each name has a lower-cased `*_key` column
 * that is unique and sorts listings, beside the name as it was given.
 */
export const SCHEMA_VERSION = 2;

export const SCHEMA = `
CREATE TABLE IF NOT EXISTS account (
  singleton INTEGER PRIMARY KEY CHECK (singleton = 1),
  account_id TEXT NOT NULL,
  root_access_key_id TEXT NOT NULL,
  create_date INTEGER NOT NULL
);

CREATE TABLE IF NOT EXISTS account_aliases (
  account_alias TEXT PRIMARY KEY
);

CREATE TABLE IF NOT EXISTS users (
  pk INTEGER PRIMARY KEY,
  user_id TEXT NOT NULL UNIQUE,
  user_name TEXT NOT NULL,
  user_name_key TEXT NOT NULL UNIQUE,
  path TEXT NOT NULL,
  create_date INTEGER NOT NULL,
  password_last_used INTEGER
);
CREATE INDEX IF NOT EXISTS users_by_path ON users (path, user_name_key);

CREATE TABLE IF NOT EXISTS groups (
  pk INTEGER PRIMARY KEY,
  group_id TEXT NOT NULL UNIQUE,
  group_name TEXT NOT NULL,
  group_name_key TEXT NOT NULL UNIQUE,
  path TEXT NOT NULL,
  create_date INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS groups_by_path ON groups (path, group_name_key);

CREATE TABLE IF NOT EXISTS group_members (
  group_pk INTEGER NOT NULL REFERENCES groups (pk) ON DELETE CASCADE,
  user_pk INTEGER NOT NULL REFERENCES users (pk) ON DELETE CASCADE,
  PRIMARY KEY (group_pk, user_pk)
);
CREATE INDEX IF NOT EXISTS group_members_by_user ON group_members (user_pk);

CREATE TABLE IF NOT EXISTS roles (
  pk INTEGER PRIMARY KEY,
  role_id TEXT NOT NULL UNIQUE,
  role_name TEXT NOT NULL,
  role_name_key TEXT NOT NULL UNIQUE,
  path TEXT NOT NULL,
  assume_role_policy_document TEXT NOT NULL,
  description TEXT,
  max_session_duration INTEGER NOT NULL,
  create_date INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS roles_by_path ON roles (path, role_name_key);

-- The principals of a role's trust policy that name a user or role of the account, each with
-- the unique ID that entity had when the policy was stored (schema 2).
CREATE TABLE IF NOT EXISTS role_trust_principals (
  role_pk INTEGER NOT NULL REFERENCES roles (pk) ON DELETE CASCADE,
  principal_arn TEXT NOT NULL,
  unique_id TEXT NOT NULL,
  PRIMARY KEY (role_pk, principal_arn)
);

-- Tags for any taggable entity; entity_type is 'user', 'role' (and later 'policy', ...).
CREATE TABLE IF NOT EXISTS tags (
  entity_type TEXT NOT NULL,
  entity_pk INTEGER NOT NULL,
  tag_key_lower TEXT NOT NULL,
  tag_key TEXT NOT NULL,
  tag_value TEXT NOT NULL,
  PRIMARY KEY (entity_type, entity_pk, tag_key_lower)
);

-- user_pk is NULL for the root user's own access keys.
CREATE TABLE IF NOT EXISTS access_keys (
  access_key_id TEXT PRIMARY KEY,
  secret_access_key TEXT NOT NULL,
  user_pk INTEGER REFERENCES users (pk) ON DELETE CASCADE,
  status TEXT NOT NULL CHECK (status IN ('Active', 'Inactive')),
  create_date INTEGER NOT NULL,
  last_used_date INTEGER,
  last_used_service TEXT,
  last_used_region TEXT
);
CREATE INDEX IF NOT EXISTS access_keys_by_user ON access_keys (user_pk);

CREATE TABLE IF NOT EXISTS login_profiles (
  user_pk INTEGER PRIMARY KEY REFERENCES users (pk) ON DELETE CASCADE,
  password_hash TEXT NOT NULL,
  password_reset_required INTEGER NOT NULL,
  create_date INTEGER NOT NULL
);

-- Engineer C: credentials and sessions.
-- An MFA device is assigned to a user (user_pk), to the root user (assigned_to_root), or to
-- nobody. No cascade from users: DeleteUser refuses while a device is assigned.
CREATE TABLE IF NOT EXISTS mfa_devices (
  pk INTEGER PRIMARY KEY,
  serial_number TEXT NOT NULL UNIQUE,
  path TEXT NOT NULL,
  device_name TEXT NOT NULL,
  seed BLOB NOT NULL,
  user_pk INTEGER REFERENCES users (pk),
  assigned_to_root INTEGER NOT NULL DEFAULT 0,
  enable_date INTEGER,
  last_used_step INTEGER,
  create_date INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS mfa_devices_by_user ON mfa_devices (user_pk);

CREATE TABLE IF NOT EXISTS ssh_public_keys (
  ssh_public_key_id TEXT PRIMARY KEY,
  user_pk INTEGER NOT NULL REFERENCES users (pk),
  fingerprint TEXT NOT NULL,
  ssh_body TEXT NOT NULL,
  pem_body TEXT NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('Active', 'Inactive')),
  upload_date INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS ssh_public_keys_by_user ON ssh_public_keys (user_pk);

-- user_pk is NULL for the root user's certificates.
CREATE TABLE IF NOT EXISTS signing_certificates (
  certificate_id TEXT PRIMARY KEY,
  user_pk INTEGER REFERENCES users (pk),
  certificate_body TEXT NOT NULL,
  fingerprint TEXT NOT NULL UNIQUE,
  status TEXT NOT NULL CHECK (status IN ('Active', 'Inactive')),
  upload_date INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS signing_certificates_by_user ON signing_certificates (user_pk);

-- Temporary (ASIA) credentials. Only a hash of the session token is kept: the token is shown
-- once, like a secret. Sessions end with the user or role they act as.
CREATE TABLE IF NOT EXISTS sts_sessions (
  access_key_id TEXT PRIMARY KEY,
  secret_access_key TEXT NOT NULL,
  session_token_sha256 TEXT NOT NULL,
  source TEXT NOT NULL CHECK (source IN ('GetSessionToken', 'AssumeRole', 'ConsoleSignIn')),
  user_pk INTEGER REFERENCES users (pk) ON DELETE CASCADE,
  role_pk INTEGER REFERENCES roles (pk) ON DELETE CASCADE,
  role_session_name TEXT,
  role_chained INTEGER NOT NULL DEFAULT 0,
  mfa_authenticated_at INTEGER,
  issued_at INTEGER NOT NULL,
  expiration INTEGER NOT NULL
);
-- Expired sessions are purged each time one is issued: without it that purge read every row.
CREATE INDEX IF NOT EXISTS sts_sessions_by_expiration ON sts_sessions (expiration);

CREATE TABLE IF NOT EXISTS role_deletion_tasks (
  deletion_task_id TEXT PRIMARY KEY,
  status TEXT NOT NULL,
  create_date INTEGER NOT NULL
);

-- Customer managed policies; names are unique regardless of case, as for users.
CREATE TABLE IF NOT EXISTS policies (
  pk INTEGER PRIMARY KEY,
  policy_id TEXT NOT NULL UNIQUE,
  policy_name TEXT NOT NULL,
  policy_name_key TEXT NOT NULL UNIQUE,
  path TEXT NOT NULL,
  description TEXT,
  default_version INTEGER NOT NULL,
  next_version INTEGER NOT NULL,
  create_date INTEGER NOT NULL,
  update_date INTEGER
);

CREATE TABLE IF NOT EXISTS policy_versions (
  policy_pk INTEGER NOT NULL REFERENCES policies (pk) ON DELETE CASCADE,
  version_number INTEGER NOT NULL,
  document TEXT NOT NULL,
  create_date INTEGER NOT NULL,
  PRIMARY KEY (policy_pk, version_number)
);

-- Managed policies attached to a 'user', 'group' or 'role', by policy ARN.
CREATE TABLE IF NOT EXISTS attached_policies (
  entity_type TEXT NOT NULL CHECK (entity_type IN ('user', 'group', 'role')),
  entity_pk INTEGER NOT NULL,
  policy_arn TEXT NOT NULL,
  PRIMARY KEY (entity_type, entity_pk, policy_arn)
);
CREATE INDEX IF NOT EXISTS attached_policies_by_arn ON attached_policies (policy_arn);

CREATE TABLE IF NOT EXISTS inline_policies (
  entity_type TEXT NOT NULL CHECK (entity_type IN ('user', 'group', 'role')),
  entity_pk INTEGER NOT NULL,
  policy_name_key TEXT NOT NULL,
  policy_name TEXT NOT NULL,
  document TEXT NOT NULL,
  PRIMARY KEY (entity_type, entity_pk, policy_name_key)
);

CREATE TABLE IF NOT EXISTS account_password_policy (
  singleton INTEGER PRIMARY KEY CHECK (singleton = 1),
  policy TEXT NOT NULL
);

-- Earlier password hashes, for PasswordReusePrevention.
CREATE TABLE IF NOT EXISTS password_history (
  user_pk INTEGER NOT NULL REFERENCES users (pk) ON DELETE CASCADE,
  password_hash TEXT NOT NULL,
  set_date INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS password_history_by_user ON password_history (user_pk);
`;

/** Tables in the order a wipe must drop them (children first). */
export const TABLES = [
  'password_history',
  'account_password_policy',
  'inline_policies',
  'attached_policies',
  'policy_versions',
  'policies',
  'role_deletion_tasks',
  'sts_sessions',
  'signing_certificates',
  'ssh_public_keys',
  'mfa_devices',
  'login_profiles',
  'access_keys',
  'tags',
  'group_members',
  'role_trust_principals',
  'roles',
  'groups',
  'users',
  'account_aliases',
  'account',
];
