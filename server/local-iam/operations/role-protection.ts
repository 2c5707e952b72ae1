import { InvalidInputError, UnmodifiableEntityError } from '../errors.ts';
import type { RoleRecord } from '../store/roles.ts';

/**
 * Service-linked roles live under this path, which only CreateServiceLinkedRole may use.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/using-service-linked-roles.html
 */
export const SERVICE_LINKED_ROLE_PATH = '/aws-service-role/';

export function isServiceLinkedRole(role: RoleRecord): boolean {
  return role.path.startsWith(SERVICE_LINKED_ROLE_PATH);
}

/** CreateRole refuses the reserved path with InvalidInput, in IAM's words. */
export function checkRolePathAllowed(path: string): void {
  if (path.startsWith(SERVICE_LINKED_ROLE_PATH)) {
    throw new InvalidInputError(
      `Path prefix '${SERVICE_LINKED_ROLE_PATH}' can only be used for AWS Service linked Roles`,
    );
  }
}

/**
 * A service-linked role changes only through its service: plain edits, deletes and policy
 * changes are UnmodifiableEntity (400).
 */
export function checkModifiableRole(role: RoleRecord): void {
  if (isServiceLinkedRole(role)) {
    throw new UnmodifiableEntityError(
      `Cannot perform the operation on the protected role '${role.roleName}' - this role is ` +
        'only modifiable by AWS',
    );
  }
}
