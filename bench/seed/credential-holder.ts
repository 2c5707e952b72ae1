// @peculiar/x509 needs the Reflect metadata API loaded before it.
import 'reflect-metadata';
import {
  AddUserToGroupCommand,
  CreateAccessKeyCommand,
  CreateLoginProfileCommand,
  CreateVirtualMFADeviceCommand,
  EnableMFADeviceCommand,
  PutUserPolicyCommand,
  TagUserCommand,
  UpdateAccessKeyCommand,
  UploadSigningCertificateCommand,
  UploadSSHPublicKeyCommand,
} from '@aws-sdk/client-iam';
import * as x509 from '@peculiar/x509';
import { generateKeyPairSync, randomBytes, webcrypto } from 'node:crypto';
import { Secret, TOTP } from 'otpauth';
import type { SdkClients } from '../lib/sdk.ts';

/** What the user page should end up showing, so the browser benchmark knows when it is done. */
export interface CredentialHolder {
  UserName: string;
  Path: string;
  AccessKeyIds: string[];
  MfaSerialNumber: string;
  SSHPublicKeyId: string;
  CertificateId: string;
}

/** A throwaway self-signed certificate; its private key never leaves this function. */
async function selfSignedCertificate(): Promise<string> {
  x509.cryptoProvider.set(webcrypto as unknown as Crypto);
  const algorithm = {
    name: 'RSASSA-PKCS1-v1_5',
    hash: 'SHA-256',
    publicExponent: new Uint8Array([1, 0, 1]),
    modulusLength: 2048,
  };
  const keys = (await webcrypto.subtle.generateKey(algorithm, false, [
    'sign',
    'verify',
  ])) as CryptoKeyPair;
  const certificate = await x509.X509CertificateGenerator.createSelfSigned({
    serialNumber: randomBytes(8).toString('hex'),
    name: 'CN=iam-console-bench',
    notBefore: new Date(Date.now() - 60_000),
    notAfter: new Date(Date.now() + 86_400_000),
    signingAlgorithm: algorithm,
    keys,
  });
  return certificate.toString('pem');
}

/** Two consecutive codes, as an authenticator shows them, from the device's Base32 seed. */
function consecutiveCodes(seed: Uint8Array): [string, string] {
  const totp = new TOTP({ secret: Secret.fromBase32(Buffer.from(seed).toString('ascii')) });
  const now = Date.now();
  return [totp.generate({ timestamp: now - 30_000 }), totp.generate({ timestamp: now })];
}

/**
 * Gives one of the seed's users every kind of credential the seed text describes: a console
 * password, two access keys (one inactive), a virtual MFA device, an SSH public key and a
 * signing certificate, plus groups, an inline policy and tags for the rest of its page.
 */
export async function equipCredentialHolder(
  root: SdkClients,
  UserName: string,
  Path: string,
  groupNames: string[],
): Promise<CredentialHolder> {
  const { iam } = root;
  await iam.send(
    new CreateLoginProfileCommand({
      UserName,
      Password: `Bench-${randomBytes(12).toString('base64url')}-1a`,
      PasswordResetRequired: true,
    }),
  );
  const first = await iam.send(new CreateAccessKeyCommand({ UserName }));
  const second = await iam.send(new CreateAccessKeyCommand({ UserName }));
  const AccessKeyIds = [first, second].map((output) => output.AccessKey?.AccessKeyId ?? '');
  await iam.send(
    new UpdateAccessKeyCommand({ UserName, AccessKeyId: AccessKeyIds[1], Status: 'Inactive' }),
  );

  const device = await iam.send(
    new CreateVirtualMFADeviceCommand({ VirtualMFADeviceName: UserName }),
  );
  const MfaSerialNumber = device.VirtualMFADevice?.SerialNumber ?? '';
  const [AuthenticationCode1, AuthenticationCode2] = consecutiveCodes(
    device.VirtualMFADevice?.Base32StringSeed ?? new Uint8Array(),
  );
  await iam.send(
    new EnableMFADeviceCommand({
      UserName,
      SerialNumber: MfaSerialNumber,
      AuthenticationCode1,
      AuthenticationCode2,
    }),
  );

  const { publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const sshKey = await iam.send(
    new UploadSSHPublicKeyCommand({
      UserName,
      SSHPublicKeyBody: publicKey.export({ type: 'spki', format: 'pem' }).toString(),
    }),
  );
  const certificate = await iam.send(
    new UploadSigningCertificateCommand({
      UserName,
      CertificateBody: await selfSignedCertificate(),
    }),
  );

  for (const GroupName of groupNames) {
    await iam.send(new AddUserToGroupCommand({ UserName, GroupName }));
  }
  await iam.send(
    new PutUserPolicyCommand({
      UserName,
      PolicyName: 'read-own-keys',
      PolicyDocument: JSON.stringify({
        Version: '2012-10-17',
        Statement: [{ Effect: 'Allow', Action: 'iam:ListAccessKeys', Resource: '*' }],
      }),
    }),
  );
  await iam.send(
    new TagUserCommand({
      UserName,
      Tags: [
        { Key: 'team', Value: 'platform' },
        { Key: 'cost-center', Value: '4711' },
      ],
    }),
  );

  return {
    UserName,
    Path,
    AccessKeyIds,
    MfaSerialNumber,
    SSHPublicKeyId: sshKey.SSHPublicKey?.SSHPublicKeyId ?? '',
    CertificateId: certificate.Certificate?.CertificateId ?? '',
  };
}
