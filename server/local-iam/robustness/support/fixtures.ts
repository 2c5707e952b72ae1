import {
  AddUserToGroupCommand,
  AttachGroupPolicyCommand,
  CreateAccessKeyCommand,
  CreateGroupCommand,
  CreateLoginProfileCommand,
  CreatePolicyCommand,
  CreateRoleCommand,
  CreateUserCommand,
  CreateVirtualMFADeviceCommand,
  IAMClient,
  PutUserPolicyCommand,
  UploadSSHPublicKeyCommand,
} from '@aws-sdk/client-iam';
import { rsa2048OpenSSH } from '../../keys/ssh.fixtures.ts';
import { TEST_ACCOUNT_ID, TEST_ROOT_KEY, type Credentials } from '../../test/harness.ts';
import type { Pool } from './hostile-values.ts';

const ACCOUNT_ARN = `arn:aws:iam::${TEST_ACCOUNT_ID}`;

/** An IAM user who may read and manage users under /fuzz/, so some requests pass authorization. */
const USER_POLICY = JSON.stringify({
  Version: '2012-10-17',
  Statement: [
    { Effect: 'Allow', Action: ['iam:Get*', 'iam:List*'], Resource: '*' },
    {
      Effect: 'Allow',
      Action: ['iam:*User*', 'iam:*AccessKey*', 'iam:Tag*'],
      Resource: `${ACCOUNT_ARN}:user/fuzz/*`,
      Condition: { StringLike: { 'aws:username': 'fz-*' } },
    },
  ],
});

const TRUST_POLICY = JSON.stringify({
  Version: '2012-10-17',
  Statement: [
    { Effect: 'Allow', Principal: { AWS: `${ACCOUNT_ARN}:root` }, Action: 'sts:AssumeRole' },
  ],
});

const READ_POLICY = JSON.stringify({
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Action: 'iam:List*', Resource: '*' }],
});

export interface Fixtures {
  pool: Pool;
  /** fz-alice's access key: requests signed as `user` use it. */
  userKey: Credentials;
}

/** Creates the entities generated requests name, and returns their names and IDs. */
export async function createFixtures(endpoint: string): Promise<Fixtures> {
  const iam = new IAMClient({
    endpoint,
    region: 'us-east-1',
    credentials: TEST_ROOT_KEY,
    maxAttempts: 1,
  });
  try {
    await iam.send(
      new CreateUserCommand({
        UserName: 'fz-alice',
        Path: '/fuzz/',
        Tags: [{ Key: 'team', Value: 'fuzz' }],
      }),
    );
    await iam.send(new CreateUserCommand({ UserName: 'fz-bob' }));
    const { AccessKey } = await iam.send(new CreateAccessKeyCommand({ UserName: 'fz-alice' }));
    await iam.send(
      new CreateLoginProfileCommand({ UserName: 'fz-alice', Password: 'Fuzz-Password-1!' }),
    );
    await iam.send(
      new PutUserPolicyCommand({
        UserName: 'fz-alice',
        PolicyName: 'fz-inline',
        PolicyDocument: USER_POLICY,
      }),
    );
    await iam.send(new CreateGroupCommand({ GroupName: 'fz-devs', Path: '/fuzz/' }));
    await iam.send(new AddUserToGroupCommand({ GroupName: 'fz-devs', UserName: 'fz-alice' }));
    const { Role } = await iam.send(
      new CreateRoleCommand({ RoleName: 'fz-role', AssumeRolePolicyDocument: TRUST_POLICY }),
    );
    const { Policy } = await iam.send(
      new CreatePolicyCommand({ PolicyName: 'fz-policy', PolicyDocument: READ_POLICY }),
    );
    await iam.send(new AttachGroupPolicyCommand({ GroupName: 'fz-devs', PolicyArn: Policy!.Arn }));
    const { VirtualMFADevice } = await iam.send(
      new CreateVirtualMFADeviceCommand({ VirtualMFADeviceName: 'fz-mfa' }),
    );
    const bobKey = await iam.send(new CreateAccessKeyCommand({ UserName: 'fz-bob' }));
    const { SSHPublicKey } = await iam.send(
      new UploadSSHPublicKeyCommand({ UserName: 'fz-bob', SSHPublicKeyBody: rsa2048OpenSSH }),
    );

    return {
      userKey: {
        accessKeyId: AccessKey!.AccessKeyId!,
        secretAccessKey: AccessKey!.SecretAccessKey!,
      },
      pool: {
        userNames: ['fz-alice', 'fz-bob', 'FZ-ALICE'],
        groupNames: ['fz-devs'],
        roleNames: ['fz-role'],
        policyNames: ['fz-policy', 'fz-inline'],
        policyArns: [
          Policy!.Arn!,
          'arn:aws:iam::aws:policy/ReadOnlyAccess',
          `${ACCOUNT_ARN}:policy/none`,
        ],
        roleArns: [Role!.Arn!, `${ACCOUNT_ARN}:role/none`],
        // Not fz-alice's key: generated requests would soon delete or disable it.
        accessKeyIds: [bobKey.AccessKey!.AccessKeyId!, 'AKIA0000000000000000'],
        serialNumbers: [VirtualMFADevice!.SerialNumber!],
        sshPublicKeyIds: [SSHPublicKey!.SSHPublicKeyId!],
        certificateIds: [],
      },
    };
  } finally {
    iam.destroy();
  }
}
