/** ARNs carry the entity's path between its type and its name, e.g. `user/team/a/demo-user`. */
export function userArn(accountId: string, path: string, userName: string): string {
  return `arn:aws:iam::${accountId}:user${path}${userName}`;
}

export function groupArn(accountId: string, path: string, groupName: string): string {
  return `arn:aws:iam::${accountId}:group${path}${groupName}`;
}

export function roleArn(accountId: string, path: string, roleName: string): string {
  return `arn:aws:iam::${accountId}:role${path}${roleName}`;
}

export function rootArn(accountId: string): string {
  return `arn:aws:iam::${accountId}:root`;
}
