/**
 * The pieces of the AWS console's "Switch role": colours, the role ARN from the form's fields,
 * the session name, and the roles used recently in this browser session.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_use_switch-role-console.html
 */
export const ROLE_COLORS = [
  { id: 'red', label: 'Red', background: '#d13212', text: '#ffffff' },
  { id: 'orange', label: 'Orange', background: '#ec7211', text: '#000000' },
  { id: 'yellow', label: 'Yellow', background: '#f2c94c', text: '#000000' },
  { id: 'green', label: 'Green', background: '#1d8102', text: '#ffffff' },
  { id: 'blue', label: 'Blue', background: '#0972d3', text: '#ffffff' },
] as const;

export type RoleColor = (typeof ROLE_COLORS)[number]['id'];

export function roleColor(id: string | undefined) {
  return ROLE_COLORS.find((color) => color.id === id) ?? ROLE_COLORS[4];
}

/** `team/Deploy`, `/team/Deploy` and `Deploy` → the Path and RoleName that make the ARN. */
export function splitRoleName(value: string): { Path: string; RoleName: string } {
  // A trailing slash leaves the name empty ("team/" is a path, not a role called team).
  const trimmed = value.trim().replace(/^\/+/, '');
  const lastSlash = trimmed.lastIndexOf('/');
  const RoleName = trimmed.slice(lastSlash + 1);
  return { Path: lastSlash < 0 ? '/' : `/${trimmed.slice(0, lastSlash)}/`, RoleName };
}

/**
 * The display-name field's hint. Left empty, the bar shows "<role> @ <account>", as AWS does;
 * before both are typed, the hint says that in words rather than showing a lone "@".
 */
export function displayNameHint(roleName: string, account: string): string {
  const role = splitRoleName(roleName).RoleName;
  const shown =
    role !== '' && account.trim() !== ''
      ? `"${role} @ ${account.trim()}"`
      : 'the role name @ the account';
  return `Shown in the top bar. When left empty, the top bar shows ${shown}.`;
}

export function validateRoleNameWithPath(value: string): string | undefined {
  const { Path, RoleName } = splitRoleName(value);
  if (RoleName === '') return 'Enter the role name, with its path if it has one (team/Deploy).';
  if (!/^[\w+=,.@-]{1,64}$/.test(RoleName)) {
    return 'A role name has up to 64 letters, digits and + = , . @ _ -.';
  }
  if (Path.length > 512 || !/^[\x21-\x7E]+$/.test(Path)) {
    return 'The path can contain only printable ASCII characters, without spaces.';
  }
  return undefined;
}

export function buildRoleArn(partition: string, AccountId: string, roleNameWithPath: string) {
  const { Path, RoleName } = splitRoleName(roleNameWithPath);
  return `arn:${partition}:iam::${AccountId}:role${Path}${RoleName}`;
}

/**
 * RoleSessionName is 2–64 characters of [\w+=,.@-]: the user name fits, except a
 * one-character one, which gets a suffix.
 * https://docs.aws.amazon.com/STS/latest/APIReference/API_AssumeRole.html
 */
export function roleSessionName(UserName: string): string {
  const name = UserName.slice(0, 64);
  return name.length >= 2 ? name : `${name}-console`;
}

/** A role the user switched to, without any credential: only what refills the form. */
export interface RecentRole {
  account: string;
  roleName: string;
  displayName: string;
  color: RoleColor;
}

const RECENT_KEY = 'iam-console.recent-roles';
export const MAX_RECENT_ROLES = 5;

export function readRecentRoles(storage: Storage = window.sessionStorage): RecentRole[] {
  try {
    const parsed: unknown = JSON.parse(storage.getItem(RECENT_KEY) ?? '[]');
    if (!Array.isArray(parsed)) return [];
    return parsed
      .filter(
        (entry): entry is RecentRole =>
          typeof entry?.account === 'string' &&
          typeof entry?.roleName === 'string' &&
          typeof entry?.displayName === 'string',
      )
      .map((entry) => ({ ...entry, color: roleColor(entry.color).id }))
      .slice(0, MAX_RECENT_ROLES);
  } catch {
    return [];
  }
}

/** Puts the role first, dropping an older entry for the same account and role. */
export function rememberRole(role: RecentRole, storage: Storage = window.sessionStorage) {
  const same = (other: RecentRole) =>
    other.account === role.account && other.roleName === role.roleName;
  const next = [
    {
      account: role.account,
      roleName: role.roleName,
      displayName: role.displayName,
      color: role.color,
    },
    ...readRecentRoles(storage).filter((other) => !same(other)),
  ].slice(0, MAX_RECENT_ROLES);
  storage.setItem(RECENT_KEY, JSON.stringify(next));
}

export function switchRoleLink(role: RecentRole): string {
  const params = new URLSearchParams({
    account: role.account,
    roleName: role.roleName,
    displayName: role.displayName,
    color: role.color,
  });
  return `/switchrole?${params.toString()}`;
}
