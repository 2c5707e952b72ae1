/**
 * Matches the caller against a trust policy's Principal or NotPrincipal.
 * IAM User Guide, "AWS JSON policy elements: Principal".
 */
import type { RequestPrincipal } from './context.ts';
import { isUniqueIdPrincipal } from './trust-principals.ts';
import type { PrincipalBlock } from './types.ts';

/**
 * `Principal`: the statement names the caller itself (or everyone). `Account`: it names the
 * caller's account, which delegates the decision to that account's identity policies, so the
 * caller's own policies must also allow the action.
 */
export type PrincipalGrant = 'Principal' | 'Account';

const accountRoot = /^arn:aws[a-z-]*:iam::(\d{12}):root$/;

function matchAwsName(name: string, principal: RequestPrincipal): PrincipalGrant | undefined {
  if (principal.Type === 'service' || principal.Type === 'federated') return undefined;
  if (name === '*') return 'Principal';

  const account = /^\d{12}$/.test(name) ? name : accountRoot.exec(name)?.[1];
  if (account !== undefined) return principal.Account === account ? 'Account' : undefined;

  // A user or role of the account is held by its unique ID, so that a later entity of the
  // same name is not trusted (see trust-principals.ts); a role session's ID is <RoleId>:<name>.
  if (isUniqueIdPrincipal(name)) {
    const named =
      (principal.Type === 'user' && principal.UserId === name) ||
      (principal.Type === 'assumed-role' && principal.UserId.startsWith(`${name}:`));
    return named ? 'Principal' : undefined;
  }

  if (principal.Arn === name) return 'Principal';
  // Naming a role covers every session of it.
  if (principal.Type === 'assumed-role' && principal.RoleArn === name) return 'Principal';
  return undefined;
}

export function matchPrincipal(
  block: PrincipalBlock,
  principal: RequestPrincipal,
): PrincipalGrant | undefined {
  if (block === '*') return 'Principal';

  let grant: PrincipalGrant | undefined;
  for (const name of block.AWS ?? []) {
    const match = matchAwsName(name, principal);
    if (match === 'Principal') return match;
    grant = grant ?? match;
  }
  if (principal.Type === 'service' && block.Service?.includes(principal.Service)) {
    return 'Principal';
  }
  if (principal.Type === 'federated' && block.Federated?.includes(principal.Provider)) {
    return 'Principal';
  }
  return grant;
}
