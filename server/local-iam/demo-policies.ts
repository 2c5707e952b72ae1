import { newUniqueId } from './ids.ts';
import { AWS_MANAGED_PREFIX, customerPolicyArn } from './operations/policy-arns.ts';
import type { PolicyOwner } from './store/policy-links.ts';
import type { Store } from './store/store.ts';

/**
 * Permissions for the demo organisation, as a small company would set them: administrators with
 * AdministratorAccess, developers with PowerUserAccess and the right to manage their own
 * credentials, operations with a customer managed deployment policy, and roles with the AWS
 * managed policies their services need.
 */
function document(...statements: object[]): string {
  return JSON.stringify({ Version: '2012-10-17', Statement: statements }, null, 2);
}

function deployPolicy(accountId: string): string {
  return document(
    {
      Sid: 'DeployStacks',
      Effect: 'Allow',
      Action: ['cloudformation:*', 'codedeploy:*', 's3:GetObject', 's3:PutObject'],
      Resource: '*',
    },
    {
      Sid: 'AssumeDeployRole',
      Effect: 'Allow',
      Action: 'sts:AssumeRole',
      Resource: `arn:aws:iam::${accountId}:role/engineering/deploy-pipeline`,
    },
  );
}

const OWN_CREDENTIALS = document({
  Sid: 'ManageOwnCredentials',
  Effect: 'Allow',
  Action: [
    'iam:ChangePassword',
    'iam:GetUser',
    'iam:*AccessKey*',
    'iam:*SSHPublicKey*',
    'iam:*MFADevice',
    'iam:ListMFADevices',
  ],
  // A virtual MFA device is its own resource (mfa/<name>): the console names it after its user.
  Resource: ['arn:aws:iam::*:user/*${aws:username}', 'arn:aws:iam::*:mfa/*${aws:username}'],
});

const APP_SERVER_DATA = document({
  Sid: 'ReadAppConfig',
  Effect: 'Allow',
  Action: ['s3:GetObject', 's3:ListBucket'],
  Resource: ['arn:aws:s3:::demo-app-config', 'arn:aws:s3:::demo-app-config/*'],
});

const aws = (name: string) => `${AWS_MANAGED_PREFIX}${name}`;

const ATTACHED: ReadonlyArray<[PolicyOwner, string, string]> = [
  ['group', 'Admins', aws('AdministratorAccess')],
  ['group', 'Developers', aws('PowerUserAccess')],
  ['group', 'Developers', aws('IAMUserChangePassword')],
  ['role', 'lambda-basic-execution', aws('service-role/AWSLambdaBasicExecutionRole')],
  ['role', 'security-auditor', aws('SecurityAudit')],
  ['role', 'security-auditor', aws('job-function/ViewOnlyAccess')],
  ['role', 'read-only', aws('ReadOnlyAccess')],
];

function ownerPk(store: Store, type: PolicyOwner, name: string): number | undefined {
  if (type === 'user') return store.users.byName(name)?.pk;
  if (type === 'group') return store.groups.byName(name)?.pk;
  return store.roles.byName(name)?.pk;
}

export function createDemoPolicies(store: Store, accountId: string, now: Date): void {
  store.roles.insert({
    roleId: newUniqueId('AROA'),
    roleName: 'read-only',
    path: '/',
    description: 'Read-only access to every service, for anyone in the account.',
    assumeRolePolicyDocument: document({
      Effect: 'Allow',
      Principal: { AWS: `arn:aws:iam::${accountId}:root` },
      Action: 'sts:AssumeRole',
    }),
    maxSessionDuration: 3600,
    createDate: now,
  });

  const deploy = store.policies.insert(
    {
      policyId: newUniqueId('ANPA'),
      policyName: 'DeployPipelineAccess',
      path: '/engineering/',
      description: 'Deploy stacks and assume the deploy-pipeline role.',
      createDate: now,
    },
    deployPolicy(accountId),
  );
  const attached: [PolicyOwner, string, string][] = [
    ...ATTACHED,
    ['group', 'Devops', customerPolicyArn(accountId, deploy.path, deploy.policyName)],
    ['role', 'deploy-pipeline', customerPolicyArn(accountId, deploy.path, deploy.policyName)],
  ];
  for (const [type, name, policyArn] of attached) {
    const pk = ownerPk(store, type, name);
    if (pk !== undefined) store.policyLinks.attach(type, pk, policyArn);
  }

  const inline: [PolicyOwner, string, string, string][] = [
    ['group', 'Developers', 'ManageOwnCredentials', OWN_CREDENTIALS],
    ['role', 'ec2-app-server', 'ReadAppConfig', APP_SERVER_DATA],
  ];
  for (const [type, name, policyName, text] of inline) {
    const pk = ownerPk(store, type, name);
    if (pk !== undefined) store.policyLinks.putInline(type, pk, { policyName, document: text });
  }
}
