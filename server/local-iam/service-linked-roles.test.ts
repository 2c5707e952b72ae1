import {
  AttachRolePolicyCommand,
  CreateRoleCommand,
  CreateServiceLinkedRoleCommand,
  DeleteRoleCommand,
  DeleteRolePolicyCommand,
  DetachRolePolicyCommand,
  DeleteServiceLinkedRoleCommand,
  GetRoleCommand,
  GetServiceLinkedRoleDeletionStatusCommand,
  IAMClient,
  InvalidInputException,
  NoSuchEntityException,
  PutRolePolicyCommand,
  UnmodifiableEntityException,
  UpdateAssumeRolePolicyCommand,
  UpdateRoleCommand,
  UpdateRoleDescriptionCommand,
} from '@aws-sdk/client-iam';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rejectionOf, startHarness, TEST_ACCOUNT_ID, type Harness } from './test/harness.ts';

let harness: Harness;
let iam: IAMClient;
beforeAll(async () => {
  harness = await startHarness();
  iam = harness.iam();
});
afterAll(() => harness.close());

const trust = JSON.stringify({
  Version: '2012-10-17',
  Statement: [
    { Effect: 'Allow', Principal: { Service: 'ec2.amazonaws.com' }, Action: 'sts:AssumeRole' },
  ],
});

const readOnly = 'arn:aws:iam::aws:policy/ReadOnlyAccess';
const allowAll = JSON.stringify({
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }],
});

describe('CreateServiceLinkedRole', () => {
  it('creates AWSServiceRoleFor… at /aws-service-role/<service>/, trusting it', async () => {
    const { Role } = await iam.send(
      new CreateServiceLinkedRoleCommand({
        AWSServiceName: 'elasticbeanstalk.amazonaws.com',
        Description: 'Beanstalk',
      }),
    );
    expect(Role?.RoleName).toBe('AWSServiceRoleForElasticBeanstalk');
    expect(Role?.Path).toBe('/aws-service-role/elasticbeanstalk.amazonaws.com/');
    expect(Role?.Arn).toBe(
      `arn:aws:iam::${TEST_ACCOUNT_ID}:role/aws-service-role/elasticbeanstalk.amazonaws.com/` +
        'AWSServiceRoleForElasticBeanstalk',
    );
    expect(Role?.RoleId).toMatch(/^AROA/);
    const document = JSON.parse(decodeURIComponent(Role!.AssumeRolePolicyDocument!));
    expect(document.Statement[0].Principal).toEqual({
      Service: ['elasticbeanstalk.amazonaws.com'],
    });
  });

  it('appends CustomSuffix, and refuses a name already taken with InvalidInput', async () => {
    const { Role } = await iam.send(
      new CreateServiceLinkedRoleCommand({
        AWSServiceName: 'autoscaling.amazonaws.com',
        CustomSuffix: 'fleet',
      }),
    );
    expect(Role?.RoleName).toBe('AWSServiceRoleForAutoScaling_fleet');
    const error = await rejectionOf(
      iam.send(
        new CreateServiceLinkedRoleCommand({
          AWSServiceName: 'autoscaling.amazonaws.com',
          CustomSuffix: 'fleet',
        }),
      ),
    );
    expect(error).toBeInstanceOf(InvalidInputException);
    expect(error.message).toBe(
      'Service role name AWSServiceRoleForAutoScaling_fleet has been taken in this account, ' +
        'please try a different suffix.',
    );
  });
});

describe('protection', () => {
  it('answers UnmodifiableEntity (400) to plain edits, deletes and policy changes', async () => {
    const RoleName = 'AWSServiceRoleForElasticBeanstalk';
    const attempts = [
      iam.send(new UpdateRoleCommand({ RoleName, Description: 'x' })),
      iam.send(new UpdateRoleDescriptionCommand({ RoleName, Description: 'x' })),
      iam.send(new UpdateAssumeRolePolicyCommand({ RoleName, PolicyDocument: trust })),
      iam.send(new DeleteRoleCommand({ RoleName })),
      iam.send(new AttachRolePolicyCommand({ RoleName, PolicyArn: readOnly })),
      iam.send(new DetachRolePolicyCommand({ RoleName, PolicyArn: readOnly })),
      iam.send(new PutRolePolicyCommand({ RoleName, PolicyName: 'p', PolicyDocument: allowAll })),
      iam.send(new DeleteRolePolicyCommand({ RoleName, PolicyName: 'p' })),
    ];
    for (const attempt of attempts) {
      const error = await rejectionOf(attempt);
      expect(error).toBeInstanceOf(UnmodifiableEntityException);
      expect(error.$metadata.httpStatusCode).toBe(400);
      expect(error.message).toBe(
        `Cannot perform the operation on the protected role '${RoleName}' - this role is only ` +
          'modifiable by AWS',
      );
    }
  });

  it('keeps CreateRole off the /aws-service-role/ path (InvalidInput)', async () => {
    const error = await rejectionOf(
      iam.send(
        new CreateRoleCommand({
          RoleName: 'sneaky',
          Path: '/aws-service-role/ec2.amazonaws.com/',
          AssumeRolePolicyDocument: trust,
        }),
      ),
    );
    expect(error).toBeInstanceOf(InvalidInputException);
    expect(error.message).toBe(
      "Path prefix '/aws-service-role/' can only be used for AWS Service linked Roles",
    );
  });
});

describe('DeleteServiceLinkedRole', () => {
  it('deletes and returns a task whose status is SUCCEEDED', async () => {
    const RoleName = 'AWSServiceRoleForAutoScaling_fleet';
    const { DeletionTaskId } = await iam.send(new DeleteServiceLinkedRoleCommand({ RoleName }));
    expect(DeletionTaskId).toMatch(
      /^task\/aws-service-role\/autoscaling\.amazonaws\.com\/AWSServiceRoleForAutoScaling_fleet\//,
    );
    const status = await iam.send(
      new GetServiceLinkedRoleDeletionStatusCommand({ DeletionTaskId }),
    );
    expect(status.Status).toBe('SUCCEEDED');
    await expect(iam.send(new GetRoleCommand({ RoleName }))).rejects.toBeInstanceOf(
      NoSuchEntityException,
    );
  });

  it('refuses a role that is not service-linked', async () => {
    await iam.send(new CreateRoleCommand({ RoleName: 'plain', AssumeRolePolicyDocument: trust }));
    const error = await rejectionOf(
      iam.send(new DeleteServiceLinkedRoleCommand({ RoleName: 'plain' })),
    );
    expect(error).toBeInstanceOf(InvalidInputException);
  });
});
