/** The AWS partitions the relay serves: commercial, China and GovCloud (US). */
export type Partition = 'aws' | 'aws-cn' | 'aws-us-gov';

/**
 * Where the console sends its IAM and STS calls: this server's local account, an IAM-compatible
 * URL the browser calls directly, or AWS itself, signed for the real endpoint and carried through
 * the server's same-origin `/relay/`.
 */
export type Target =
  | { kind: 'local'; endpoint: string; region: string }
  | { kind: 'custom'; endpoint: string; region: string }
  | { kind: 'aws'; partition: Partition; region: string };

export type TargetKind = Target['kind'];

export interface Credentials {
  AccessKeyId: string;
  SecretAccessKey: string;
  SessionToken?: string;
  /** ISO date: temporary credentials from GetSessionToken stop working then. */
  Expiration?: string;
}

/** What STS GetCallerIdentity said about the credentials. */
export interface CallerIdentity {
  Account: string;
  Arn: string;
  UserId: string;
}

export type SignInStyle = 'root' | 'iam-user';

export interface Session {
  target: Target;
  credentials: Credentials;
  identity: CallerIdentity;
  style: SignInStyle;
  /** True when the credentials came from GetSessionToken with an MFA code. */
  mfaAuthenticated: boolean;
  /** Set while a role assumed through Switch role is in use, over the user's own session. */
  switchedRole?: SwitchedRole;
}

/** A role session stacked over the user's: "Back to <user>" restores `user` as it was. */
export interface SwitchedRole {
  RoleArn: string;
  displayName: string;
  /** One of the switch-role colours (red, orange, yellow, green, blue). */
  color: string;
  user: Session;
}
