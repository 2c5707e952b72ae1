/**
 * The full account of the issue, at AWS's default quotas: 5,000 users over a few hundred paths,
 * 300 groups and 1,000 roles. Deterministic, so every run and every target loads the same one.
 */

const DIVISIONS = ['engineering', 'sales', 'finance', 'operations'];
const DEPARTMENTS = ['platform', 'data', 'security', 'apps', 'support', 'research'];
const TEAMS = 'alpha bravo charlie delta echo foxtrot golf hotel india juliet'.split(' ');

const GIVEN_NAMES = (
  'alice bruno chloe dmitri elena farah gustav hana ivan julia ' +
  'kenji lena mateo nadia omar priya quentin rosa sven tara'
).split(' ');
const FAMILY_NAMES = (
  'martin garcia nguyen kowalski okafor schmidt rossi tanaka silva dubois novak haddad larsen ' +
  'moreau costa fischer ivanova jensen khan lopez meyer ortiz petrov quinn weber'
).split(' ');

export const USER_COUNT = 5000;
export const GROUP_COUNT = 300;
export const ROLE_COUNT = 1000;

export interface SeedUser {
  UserName: string;
  Path: string;
}
export interface SeedGroup {
  GroupName: string;
  Path: string;
}
export interface SeedRole {
  RoleName: string;
  Path: string;
}

export interface FullAccountSeed {
  users: SeedUser[];
  groups: SeedGroup[];
  roles: SeedRole[];
}

/** `/org/<division>/<department>/`: where the groups live. */
export function departmentPaths(): string[] {
  return DIVISIONS.flatMap((division) =>
    DEPARTMENTS.map((department) => `/org/${division}/${department}/`),
  );
}

/** The root, divisions, departments and ten teams a department: 269 paths. */
export function userPaths(): string[] {
  const teams = departmentPaths().flatMap((department) =>
    TEAMS.map((team) => `${department}${team}/`),
  );
  return ['/', ...DIVISIONS.map((division) => `/org/${division}/`), ...departmentPaths(), ...teams];
}

/** `alice.martin.3`: names repeat across given and family names, as people's do. */
export function userName(index: number): string {
  const given = GIVEN_NAMES[index % GIVEN_NAMES.length];
  const family = FAMILY_NAMES[Math.floor(index / GIVEN_NAMES.length) % FAMILY_NAMES.length];
  const round = Math.floor(index / (GIVEN_NAMES.length * FAMILY_NAMES.length));
  return `${given}.${family}.${round}`;
}

export function fullAccountSeed(): FullAccountSeed {
  const paths = userPaths();
  const departments = departmentPaths();

  // A stride coprime with the path count scatters neighbouring names over the tree.
  const users = Array.from({ length: USER_COUNT }, (_, i) => ({
    UserName: userName(i),
    Path: paths[(i * 7) % paths.length] ?? '/',
  }));
  const groups = Array.from({ length: GROUP_COUNT }, (_, i) => {
    const Path = departments[i % departments.length] ?? '/';
    const department = Path.split('/').slice(-2, -1)[0] ?? 'group';
    return { GroupName: `${department}-${String(i).padStart(3, '0')}`, Path };
  });
  const roles = Array.from({ length: ROLE_COUNT }, (_, i) => ({
    RoleName: `workload-${String(i).padStart(4, '0')}`,
    Path: i % 4 === 0 ? '/service-role/' : `/org/${DIVISIONS[i % DIVISIONS.length]}/`,
  }));
  return { users, groups, roles };
}
