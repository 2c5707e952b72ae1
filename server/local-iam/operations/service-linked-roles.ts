import { randomUUID } from 'node:crypto';
import { InvalidInputError, NoSuchEntityError } from '../errors.ts';
import { newUniqueId } from '../ids.ts';
import type { XmlObject } from '../xml/serialize.ts';
import { constraintError } from './credential-params.ts';
import { isServiceLinkedRole, SERVICE_LINKED_ROLE_PATH } from './role-protection.ts';
import { requireRole, roleView } from './roles.ts';
import type { OperationContext, OperationTable } from './types.ts';
import { checkDescription, checkLength, checkName, MAX_ROLE_NAME } from './validation.ts';

/**
 * The part after `AWSServiceRoleFor` that each service gives its role, as listed in "AWS
 * services that work with IAM" (Service-linked role column). A service missing here gets its
 * first host label, capitalised.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_aws-services-that-work-with-iam.html
 */
const ROLE_NAME_SUFFIXES: Readonly<Record<string, string>> = {
  'autoscaling.amazonaws.com': 'AutoScaling',
  'cloudtrail.amazonaws.com': 'CloudTrail',
  'config.amazonaws.com': 'Config',
  'ecs.amazonaws.com': 'ECS',
  'eks.amazonaws.com': 'AmazonEKS',
  'elasticbeanstalk.amazonaws.com': 'ElasticBeanstalk',
  'elasticloadbalancing.amazonaws.com': 'ElasticLoadBalancing',
  'guardduty.amazonaws.com': 'AmazonGuardDuty',
  'organizations.amazonaws.com': 'Organizations',
  'rds.amazonaws.com': 'RDS',
  'spot.amazonaws.com': 'EC2Spot',
  'sso.amazonaws.com': 'SSO',
  'support.amazonaws.com': 'Support',
  'trustedadvisor.amazonaws.com': 'TrustedAdvisor',
};

function roleNameFor(awsServiceName: string, customSuffix: string | undefined): string {
  const label = awsServiceName.split('.')[0] ?? awsServiceName;
  const base =
    ROLE_NAME_SUFFIXES[awsServiceName] ??
    label.replace(/(^|-)([a-z])/g, (_, _dash: string, letter: string) => letter.toUpperCase());
  const name = `AWSServiceRoleFor${base}`;
  return customSuffix === undefined ? name : `${name}_${customSuffix}`;
}

function readAwsServiceName(context: OperationContext): string {
  const awsServiceName = context.params.require('AWSServiceName');
  checkLength(awsServiceName, 'AWSServiceName', 1, 128);
  if (!/^[a-z0-9-]+(\.[a-z0-9-]+)*\.amazonaws\.com(\.cn)?$/.test(awsServiceName)) {
    throw new InvalidInputError(`Invalid service principal: ${awsServiceName}`);
  }
  return awsServiceName;
}

function trustPolicyFor(awsServiceName: string): string {
  return JSON.stringify({
    Version: '2012-10-17',
    Statement: [
      {
        Effect: 'Allow',
        Principal: { Service: [awsServiceName] },
        Action: ['sts:AssumeRole'],
      },
    ],
  });
}

/**
 * The role sits at `/aws-service-role/<service>/` and trusts only that service. A name already
 * taken answers InvalidInput, as IAM does, asking for another suffix.
 */
function createServiceLinkedRole(context: OperationContext): XmlObject {
  const { store, params, accountId, now } = context;
  const awsServiceName = readAwsServiceName(context);
  const customSuffix = params.get('CustomSuffix');
  if (customSuffix !== undefined) checkName(customSuffix, 'CustomSuffix', 64);
  const description = params.get('Description');
  if (description !== undefined) checkDescription(description);
  const roleName = roleNameFor(awsServiceName, customSuffix);
  checkName(roleName, 'RoleName', MAX_ROLE_NAME);

  const role = store.transaction(() => {
    if (store.roles.byName(roleName)) {
      throw new InvalidInputError(
        `Service role name ${roleName} has been taken in this account, please try a ` +
          'different suffix.',
      );
    }
    return store.roles.insert({
      roleId: newUniqueId('AROA'),
      roleName,
      path: `${SERVICE_LINKED_ROLE_PATH}${awsServiceName}/`,
      assumeRolePolicyDocument: trustPolicyFor(awsServiceName),
      description,
      maxSessionDuration: 3600,
      createDate: now,
    });
  });
  return { Role: roleView(store, accountId, role) };
}

/**
 * Deletes at once; the task it returns has already succeeded. A role that is not
 * service-linked is refused, since DeleteRole is the way to delete it.
 */
function deleteServiceLinkedRole(context: OperationContext): XmlObject {
  const { store, now } = context;
  const roleName = checkName(context.params.require('RoleName'), 'RoleName', MAX_ROLE_NAME);
  const deletionTaskId = store.transaction(() => {
    const role = requireRole(store, roleName);
    if (!isServiceLinkedRole(role)) {
      throw new InvalidInputError(`Role ${role.roleName} is not a service-linked role.`);
    }
    const id = `task${role.path}${role.roleName}/${randomUUID()}`;
    store.tags.removeAll('role', role.pk);
    store.roles.delete(role.pk);
    store.roleDeletionTasks.insert(id, 'SUCCEEDED', now);
    return id;
  });
  return { DeletionTaskId: deletionTaskId };
}

function getServiceLinkedRoleDeletionStatus(context: OperationContext): XmlObject {
  const deletionTaskId = context.params.require('DeletionTaskId');
  checkLength(deletionTaskId, 'DeletionTaskId', 1, 1000);
  if (!deletionTaskId.startsWith('task/')) {
    throw constraintError(deletionTaskId, 'DeletionTaskId', 'Member must be a deletion task ID');
  }
  const status = context.store.roleDeletionTasks.status(deletionTaskId);
  if (!status) throw new NoSuchEntityError(`Deletion task ${deletionTaskId} cannot be found.`);
  return { Status: status };
}

export const serviceLinkedRoleOperations: OperationTable = {
  CreateServiceLinkedRole: createServiceLinkedRole,
  DeleteServiceLinkedRole: deleteServiceLinkedRole,
  GetServiceLinkedRoleDeletionStatus: getServiceLinkedRoleDeletionStatus,
};
