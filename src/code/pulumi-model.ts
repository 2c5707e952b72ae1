import { kebabCase } from './aws-cli.ts';
import type { IamRequest } from './iam-request.ts';

/** An argument value, independent of the language it is written in. */
export type PulumiValue =
  | { kind: 'string'; value: string }
  | { kind: 'bool'; value: boolean }
  | { kind: 'int'; value: number }
  | { kind: 'strings'; value: string[] }
  | { kind: 'map'; value: Record<string, string> }
  /** A property of a resource declared earlier in the program, e.g. user.name. */
  | { kind: 'ref'; variable: string; property: string };

export interface PulumiResource {
  /** The resource type in the aws.iam module: User, AccessKey, UserLoginProfile… */
  type: string;
  /** The Pulumi logical name, e.g. "alice-login-profile". */
  logicalName: string;
  /** The program variable, in camelCase. */
  variable: string;
  /** Arguments in camelCase, in the order they are written. */
  args: [string, PulumiValue][];
  /** A note written above the resource. */
  comment?: string;
}

export interface PulumiOutput {
  name: string;
  variable: string;
  property: string;
}

export interface PulumiProgram {
  resources: PulumiResource[];
  outputs: PulumiOutput[];
  /** Requests with no resource of their own, written as a comment. */
  notExpressed: string[];
}

const str = (value: string): PulumiValue => ({ kind: 'string', value });

function policyName(PolicyArn: string): string {
  return PolicyArn.slice(PolicyArn.lastIndexOf('/') + 1);
}

function tagsArg(Tags: readonly { Key?: string; Value?: string }[] | undefined) {
  if (!Tags || Tags.length === 0) return [];
  const map = Object.fromEntries(Tags.map((tag) => [tag.Key ?? '', tag.Value ?? '']));
  return [['tags', { kind: 'map', value: map }] as [string, PulumiValue]];
}

/** A change to a key that exists outside the program: Pulumi must adopt it first. */
function adoptNote(Id: string): string {
  return `The existing key ${Id}: \`pulumi import\` it first, or Pulumi creates a new key.`;
}

/**
 * A change to a resource the program already declares, written as that resource with the
 * arguments the change sets: Pulumi states what should exist, so a change is a new desired state.
 */
function changeOf(
  type: string,
  logicalName: string,
  variable: string,
  args: [string, PulumiValue][],
): PulumiResource {
  const changed = args.map(([name]) => name).join(', ');
  return {
    type,
    logicalName,
    variable,
    args,
    comment: `On the ${type} that declares ${logicalName}, set ${changed}; keep the rest.`,
  };
}

/**
 * The requests as the resources a Pulumi program declares. Pulumi states what should exist, so
 * creates become resources; changes and deletions have no resource and are named in a comment.
 */
export function pulumiProgram(requests: readonly IamRequest[]): PulumiProgram {
  const program: PulumiProgram = { resources: [], outputs: [], notExpressed: [] };
  const userVariables = new Map<string, string>();
  const groupVariables = new Map<string, string>();
  const roleVariables = new Map<string, string>();
  const memberships = new Map<string, PulumiResource>();
  const groupMembers = new Map<string, PulumiResource>();
  const used = new Map<string, number>();

  const variable = (base: string) => {
    const count = (used.get(base) ?? 0) + 1;
    used.set(base, count);
    return count === 1 ? base : `${base}${count}`;
  };
  const userRef = (UserName: string | undefined): PulumiValue => {
    const name = UserName ?? '';
    const declared = userVariables.get(name);
    return declared ? { kind: 'ref', variable: declared, property: 'name' } : str(name);
  };
  const refTo = (variables: Map<string, string>, name: string | undefined): PulumiValue => {
    const declared = variables.get(name ?? '');
    return declared ? { kind: 'ref', variable: declared, property: 'name' } : str(name ?? '');
  };
  const add = (resource: PulumiResource) => program.resources.push(resource);

  for (const request of requests) {
    switch (request.Action) {
      case 'CreateUser': {
        const { UserName = '', Path, Tags } = request.input;
        const user = variable('user');
        userVariables.set(UserName, user);
        const args: [string, PulumiValue][] = [['name', str(UserName)]];
        if (Path !== undefined && Path !== '/') args.push(['path', str(Path)]);
        args.push(...tagsArg(Tags));
        add({ type: 'User', logicalName: UserName, variable: user, args });
        program.outputs.push(
          { name: `${user}Arn`, variable: user, property: 'arn' },
          { name: `${user}Name`, variable: user, property: 'name' },
        );
        break;
      }
      case 'CreateLoginProfile': {
        const { UserName = '', PasswordResetRequired } = request.input;
        const args: [string, PulumiValue][] = [['user', userRef(UserName)]];
        if (request.PasswordLength !== undefined) {
          args.push(['passwordLength', { kind: 'int', value: request.PasswordLength }]);
        }
        if (PasswordResetRequired !== undefined) {
          args.push(['passwordResetRequired', { kind: 'bool', value: PasswordResetRequired }]);
        }
        add({
          type: 'UserLoginProfile',
          logicalName: `${UserName}-login-profile`,
          variable: variable('loginProfile'),
          args,
          comment:
            request.PasswordLength === undefined
              ? 'UserLoginProfile always generates the password: set a chosen one with the CLI.'
              : undefined,
        });
        break;
      }
      case 'CreateAccessKey': {
        const UserName = request.input.UserName ?? '';
        const accessKey = variable('accessKey');
        add({
          type: 'AccessKey',
          logicalName: `${UserName}-access-key`,
          variable: accessKey,
          args: [['user', userRef(UserName)]],
        });
        program.outputs.push({ name: `${accessKey}Id`, variable: accessKey, property: 'id' });
        break;
      }
      case 'AddUserToGroup': {
        const { UserName = '', GroupName = '' } = request.input;
        // A group declared here gets one GroupMembership listing its users. GroupMembership owns
        // the group's whole member list, so it only fits a group this program creates.
        // https://www.pulumi.com/registry/packages/aws/api-docs/iam/groupmembership/
        if (groupVariables.has(GroupName)) {
          const members = groupMembers.get(GroupName);
          const users = members?.args.find(([name]) => name === 'users')?.[1];
          if (users?.kind === 'strings') {
            users.value.push(UserName);
            break;
          }
          const membership: PulumiResource = {
            type: 'GroupMembership',
            logicalName: `${GroupName}-members`,
            variable: variable('groupMembers'),
            args: [
              ['group', refTo(groupVariables, GroupName)],
              ['users', { kind: 'strings', value: [UserName] }],
            ],
          };
          groupMembers.set(GroupName, membership);
          add(membership);
          break;
        }
        const existing = memberships.get(UserName);
        const groups = existing?.args.find(([name]) => name === 'groups')?.[1];
        if (groups?.kind === 'strings') {
          groups.value.push(GroupName);
          break;
        }
        const membership: PulumiResource = {
          type: 'UserGroupMembership',
          logicalName: `${UserName}-groups`,
          variable: variable('groupMembership'),
          args: [
            ['user', userRef(UserName)],
            ['groups', { kind: 'strings', value: [GroupName] }],
          ],
        };
        memberships.set(UserName, membership);
        add(membership);
        break;
      }
      case 'AttachUserPolicy': {
        const { UserName = '', PolicyArn = '' } = request.input;
        add({
          type: 'UserPolicyAttachment',
          logicalName: `${UserName}-${policyName(PolicyArn)}`,
          variable: variable('policyAttachment'),
          args: [
            ['user', userRef(UserName)],
            ['policyArn', str(PolicyArn)],
          ],
        });
        break;
      }
      case 'PutUserPolicy': {
        const { UserName = '', PolicyName = '', PolicyDocument = '' } = request.input;
        add({
          type: 'UserPolicy',
          logicalName: `${UserName}-${PolicyName}`,
          variable: variable('inlinePolicy'),
          args: [
            ['user', userRef(UserName)],
            ['name', str(PolicyName)],
            ['policy', str(PolicyDocument)],
          ],
        });
        break;
      }
      case 'CreateGroup': {
        const { GroupName = '', Path } = request.input;
        const group = variable('group');
        groupVariables.set(GroupName, group);
        const args: [string, PulumiValue][] = [['name', str(GroupName)]];
        if (Path !== undefined && Path !== '/') args.push(['path', str(Path)]);
        add({ type: 'Group', logicalName: GroupName, variable: group, args });
        program.outputs.push({ name: `${group}Arn`, variable: group, property: 'arn' });
        break;
      }
      case 'AttachGroupPolicy': {
        const { GroupName = '', PolicyArn = '' } = request.input;
        add({
          type: 'GroupPolicyAttachment',
          logicalName: `${GroupName}-${policyName(PolicyArn)}`,
          variable: variable('groupPolicyAttachment'),
          args: [
            ['group', refTo(groupVariables, GroupName)],
            ['policyArn', str(PolicyArn)],
          ],
        });
        break;
      }
      case 'CreateRole': {
        const { RoleName = '', Path, AssumeRolePolicyDocument = '' } = request.input;
        const { Description, MaxSessionDuration, Tags } = request.input;
        const role = variable('role');
        roleVariables.set(RoleName, role);
        const args: [string, PulumiValue][] = [
          ['name', str(RoleName)],
          ['assumeRolePolicy', str(AssumeRolePolicyDocument)],
        ];
        if (Path !== undefined && Path !== '/') args.push(['path', str(Path)]);
        if (Description !== undefined) args.push(['description', str(Description)]);
        if (MaxSessionDuration !== undefined) {
          args.push(['maxSessionDuration', { kind: 'int', value: MaxSessionDuration }]);
        }
        args.push(...tagsArg(Tags));
        add({ type: 'Role', logicalName: RoleName, variable: role, args });
        program.outputs.push({ name: `${role}Arn`, variable: role, property: 'arn' });
        break;
      }
      case 'AttachRolePolicy': {
        const { RoleName = '', PolicyArn = '' } = request.input;
        add({
          type: 'RolePolicyAttachment',
          logicalName: `${RoleName}-${policyName(PolicyArn)}`,
          variable: variable('rolePolicyAttachment'),
          args: [
            ['role', refTo(roleVariables, RoleName)],
            ['policyArn', str(PolicyArn)],
          ],
        });
        break;
      }
      case 'UpdateAccessKey': {
        const { UserName = '', AccessKeyId = '', Status = 'Active' } = request.input;
        add({
          type: 'AccessKey',
          logicalName: `${UserName}-access-key`,
          variable: variable('accessKey'),
          args: [
            ['user', userRef(UserName)],
            ['status', str(Status)],
          ],
          comment: adoptNote(AccessKeyId),
        });
        break;
      }
      case 'CreateVirtualMFADevice': {
        const { VirtualMFADeviceName = '', Path } = request.input;
        const device = variable('mfaDevice');
        const args: [string, PulumiValue][] = [['virtualMfaDeviceName', str(VirtualMFADeviceName)]];
        if (Path !== undefined && Path !== '/') args.push(['path', str(Path)]);
        add({
          type: 'VirtualMfaDevice',
          logicalName: VirtualMFADeviceName,
          variable: device,
          args,
        });
        program.outputs.push({ name: `${device}Arn`, variable: device, property: 'arn' });
        break;
      }
      // SshKey and SigningCertificate require the key or certificate body, which the update
      // requests do not carry: their status changes stay in the closing comment.
      // https://www.pulumi.com/registry/packages/aws/api-docs/iam/sshkey/
      case 'UploadSSHPublicKey': {
        const { UserName = '', SSHPublicKeyBody = '' } = request.input;
        add({
          type: 'SshKey',
          logicalName: `${UserName}-ssh-key`,
          variable: variable('sshKey'),
          args: [
            ['username', userRef(UserName)],
            ['encoding', str('SSH')],
            ['publicKey', str(SSHPublicKeyBody)],
          ],
        });
        break;
      }
      case 'UploadSigningCertificate': {
        const { UserName = '', CertificateBody = '' } = request.input;
        add({
          type: 'SigningCertificate',
          logicalName: `${UserName}-signing-certificate`,
          variable: variable('signingCertificate'),
          args: [
            ['username', userRef(UserName)],
            ['certificateBody', str(CertificateBody)],
          ],
        });
        break;
      }
      case 'PutGroupPolicy': {
        const { GroupName = '', PolicyName = '', PolicyDocument = '' } = request.input;
        add({
          type: 'GroupPolicy',
          logicalName: `${GroupName}-${PolicyName}`,
          variable: variable('groupInlinePolicy'),
          args: [
            ['group', refTo(groupVariables, GroupName)],
            ['name', str(PolicyName)],
            ['policy', str(PolicyDocument)],
          ],
        });
        break;
      }
      case 'PutRolePolicy': {
        const { RoleName = '', PolicyName = '', PolicyDocument = '' } = request.input;
        add({
          type: 'RolePolicy',
          logicalName: `${RoleName}-${PolicyName}`,
          variable: variable('roleInlinePolicy'),
          args: [
            ['role', refTo(roleVariables, RoleName)],
            ['name', str(PolicyName)],
            ['policy', str(PolicyDocument)],
          ],
        });
        break;
      }
      case 'UpdateGroup': {
        const { GroupName = '', NewGroupName, NewPath } = request.input;
        const args: [string, PulumiValue][] = [['name', str(NewGroupName ?? GroupName)]];
        if (NewPath !== undefined) args.push(['path', str(NewPath)]);
        // Group renames in place: the same resource with a new name, not a replacement.
        add(changeOf('Group', GroupName, variable('group'), args));
        break;
      }
      case 'UpdateRole': {
        const { RoleName = '', Description, MaxSessionDuration } = request.input;
        const args: [string, PulumiValue][] = [['name', str(RoleName)]];
        if (Description !== undefined) args.push(['description', str(Description)]);
        if (MaxSessionDuration !== undefined) {
          args.push(['maxSessionDuration', { kind: 'int', value: MaxSessionDuration }]);
        }
        add(changeOf('Role', RoleName, variable('role'), args));
        break;
      }
      case 'UpdateAssumeRolePolicy': {
        const { RoleName = '', PolicyDocument = '' } = request.input;
        const args: [string, PulumiValue][] = [
          ['name', str(RoleName)],
          ['assumeRolePolicy', str(PolicyDocument)],
        ];
        add(changeOf('Role', RoleName, variable('role'), args));
        break;
      }
      case 'UpdateAccountPasswordPolicy': {
        // UpdateAccountPasswordPolicy replaces the whole policy, as the resource declares it.
        const args: [string, PulumiValue][] = [];
        for (const [name, value] of Object.entries(request.input)) {
          if (value === undefined) continue;
          const arg = name.charAt(0).toLowerCase() + name.slice(1);
          args.push([
            arg,
            typeof value === 'number' ? { kind: 'int', value } : { kind: 'bool', value },
          ]);
        }
        add({
          type: 'AccountPasswordPolicy',
          logicalName: 'account-password-policy',
          variable: variable('passwordPolicy'),
          args,
        });
        break;
      }
      // TagUser and TagRole carry only the tags that change, while a resource's tags argument
      // declares the whole map: they stay calls, named in the comment below.
      default:
        program.notExpressed.push(`aws iam ${kebabCase(request.Action)}`);
    }
  }
  return program;
}

/** Variables that later code reads (references and outputs); Go must not declare the rest. */
export function referencedVariables(program: PulumiProgram): Set<string> {
  const referenced = new Set(program.outputs.map((output) => output.variable));
  for (const resource of program.resources) {
    for (const [, value] of resource.args) {
      if (value.kind === 'ref') referenced.add(value.variable);
    }
  }
  return referenced;
}

export const NOT_EXPRESSED_NOTE =
  'Pulumi declares what should exist: to change or delete, edit or remove the resources above ' +
  'and run `pulumi up`. The console sends these calls instead:';

/** For a program of calls alone: there are no resources above to edit. */
export const CALLS_ONLY_NOTE =
  'Pulumi declares what should exist; these calls change resources that exist already, so ' +
  'there is nothing here to declare. To keep them in Pulumi, change the program that declares ' +
  'those resources. The console sends these calls:';
