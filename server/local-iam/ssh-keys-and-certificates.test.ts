import 'reflect-metadata';
import {
  CreateUserCommand,
  DeleteSigningCertificateCommand,
  DeleteSSHPublicKeyCommand,
  DeleteUserCommand,
  DuplicateCertificateException,
  DuplicateSSHPublicKeyException,
  GetSSHPublicKeyCommand,
  IAMClient,
  InvalidPublicKeyException,
  LimitExceededException,
  ListSigningCertificatesCommand,
  ListSSHPublicKeysCommand,
  MalformedCertificateException,
  NoSuchEntityException,
  UnrecognizedPublicKeyEncodingException,
  UpdateSigningCertificateCommand,
  UpdateSSHPublicKeyCommand,
  UploadSigningCertificateCommand,
  UploadSSHPublicKeyCommand,
} from '@aws-sdk/client-iam';
import * as x509 from '@peculiar/x509';
import { generateKeyPairSync, webcrypto } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rejectionOf, startHarness, type Harness } from './test/harness.ts';

let harness: Harness;
let iam: IAMClient;
beforeAll(async () => {
  x509.cryptoProvider.set(webcrypto as unknown as Crypto);
  harness = await startHarness();
  iam = harness.iam();
  for (const UserName of ['ssh-user', 'cert-user', 'blocked-user']) {
    await iam.send(new CreateUserCommand({ UserName }));
  }
});
afterAll(() => harness.close());

/** Keys are generated at test time; no private key is written down. */
function rsaPublicKeyPem(): string {
  const { publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  return publicKey.export({ type: 'spki', format: 'pem' }).toString();
}

function lengthPrefixed(data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  return Buffer.concat([length, data]);
}

/** An OpenSSH one-line ed25519 public key, built from the wire format (RFC 8709). */
function ed25519OpenSSH(): string {
  const { publicKey } = generateKeyPairSync('ed25519');
  const x = Buffer.from(publicKey.export({ format: 'jwk' }).x!, 'base64url');
  const blob = Buffer.concat([lengthPrefixed(Buffer.from('ssh-ed25519')), lengthPrefixed(x)]);
  return `ssh-ed25519 ${blob.toString('base64')} test@example`;
}

async function certificatePem(name = 'CN=alice'): Promise<string> {
  const algorithm = { name: 'ECDSA', namedCurve: 'P-256', hash: 'SHA-256' };
  const keys = (await webcrypto.subtle.generateKey(algorithm, false, [
    'sign',
    'verify',
  ])) as CryptoKeyPair;
  const certificate = await x509.X509CertificateGenerator.createSelfSigned({
    serialNumber: '01',
    name,
    notBefore: new Date(Date.now() - 86_400_000),
    notAfter: new Date(Date.now() + 86_400_000),
    keys,
    signingAlgorithm: algorithm,
  });
  return certificate.toString('pem');
}

const upload = (UserName: string, SSHPublicKeyBody: string) =>
  iam
    .send(new UploadSSHPublicKeyCommand({ UserName, SSHPublicKeyBody }))
    .then((out) => out.SSHPublicKey!);

describe('SSH public keys', () => {
  it('uploads a PEM RSA key: APKA ID, MD5 fingerprint, active; Get gives both encodings', async () => {
    const pem = rsaPublicKeyPem();
    const key = await upload('ssh-user', pem);
    expect(key.SSHPublicKeyId).toMatch(/^APKA[A-Z2-7]{16}$/);
    expect(key.Fingerprint).toMatch(/^([0-9a-f]{2}:){15}[0-9a-f]{2}$/);
    expect(key.Status).toBe('Active');
    expect(key.SSHPublicKeyBody).toMatch(/^ssh-rsa AAAAB3NzaC1yc2E/);

    const asPem = await iam.send(
      new GetSSHPublicKeyCommand({
        UserName: 'ssh-user',
        SSHPublicKeyId: key.SSHPublicKeyId,
        Encoding: 'PEM',
      }),
    );
    expect(asPem.SSHPublicKey?.SSHPublicKeyBody?.trim()).toBe(pem.trim());
    const asSsh = await iam.send(
      new GetSSHPublicKeyCommand({
        UserName: 'ssh-user',
        SSHPublicKeyId: key.SSHPublicKeyId,
        Encoding: 'SSH',
      }),
    );
    expect(asSsh.SSHPublicKey?.SSHPublicKeyBody).toBe(key.SSHPublicKeyBody);
  });

  it('accepts ed25519 in OpenSSH form and refuses the same key twice', async () => {
    const body = ed25519OpenSSH();
    const key = await upload('ssh-user', body);
    expect(key.SSHPublicKeyBody).toBe(body.replace(/ test@example$/, ''));
    const error = await rejectionOf(upload('ssh-user', body));
    expect(error).toBeInstanceOf(DuplicateSSHPublicKeyException);
    expect(error.$metadata.httpStatusCode).toBe(400);
  });

  it('refuses malformed and unrecognised keys', async () => {
    await expect(upload('ssh-user', 'ssh-rsa not-base64!')).rejects.toBeInstanceOf(
      InvalidPublicKeyException,
    );
    await expect(upload('ssh-user', 'ecdsa-sha2-nistp256 AAAA')).rejects.toBeInstanceOf(
      UnrecognizedPublicKeyEncodingException,
    );
  });

  it('lists, deactivates and deletes; a sixth key is LimitExceeded', async () => {
    const listed = await iam.send(new ListSSHPublicKeysCommand({ UserName: 'ssh-user' }));
    expect(listed.SSHPublicKeys).toHaveLength(2);
    const first = listed.SSHPublicKeys![0]!;
    await iam.send(
      new UpdateSSHPublicKeyCommand({
        UserName: 'ssh-user',
        SSHPublicKeyId: first.SSHPublicKeyId,
        Status: 'Inactive',
      }),
    );
    const after = await iam.send(new ListSSHPublicKeysCommand({ UserName: 'ssh-user' }));
    expect(after.SSHPublicKeys![0]!.Status).toBe('Inactive');

    for (let i = 0; i < 3; i++) await upload('ssh-user', ed25519OpenSSH());
    const error = await rejectionOf(upload('ssh-user', ed25519OpenSSH()));
    expect(error).toBeInstanceOf(LimitExceededException);
    expect(error.message).toBe('Cannot exceed quota for SSHPublicKeysPerUser: 5');

    await iam.send(
      new DeleteSSHPublicKeyCommand({ UserName: 'ssh-user', SSHPublicKeyId: first.SSHPublicKeyId }),
    );
    const gone = await rejectionOf(
      iam.send(
        new DeleteSSHPublicKeyCommand({
          UserName: 'ssh-user',
          SSHPublicKeyId: first.SSHPublicKeyId,
        }),
      ),
    );
    expect(gone).toBeInstanceOf(NoSuchEntityException);
  });
});

describe('signing certificates', () => {
  it('uploads, lists, deactivates; refuses a duplicate, a third and a malformed one', async () => {
    const body = await certificatePem();
    const { Certificate } = await iam.send(
      new UploadSigningCertificateCommand({ UserName: 'cert-user', CertificateBody: body }),
    );
    expect(Certificate).toMatchObject({ UserName: 'cert-user', Status: 'Active' });
    expect(Certificate?.CertificateId?.length).toBeGreaterThanOrEqual(24);

    const duplicate = await rejectionOf(
      iam.send(
        new UploadSigningCertificateCommand({ UserName: 'ssh-user', CertificateBody: body }),
      ),
    );
    expect(duplicate).toBeInstanceOf(DuplicateCertificateException);
    expect(duplicate.$metadata.httpStatusCode).toBe(409);

    await iam.send(
      new UploadSigningCertificateCommand({
        UserName: 'cert-user',
        CertificateBody: await certificatePem('CN=b'),
      }),
    );
    const third = await rejectionOf(
      iam.send(
        new UploadSigningCertificateCommand({
          UserName: 'cert-user',
          CertificateBody: await certificatePem('CN=c'),
        }),
      ),
    );
    expect(third).toBeInstanceOf(LimitExceededException);
    expect(third.message).toBe('Cannot exceed quota for SigningCertificatesPerUser: 2');

    const malformed = await rejectionOf(
      iam.send(
        new UploadSigningCertificateCommand({
          UserName: 'cert-user',
          CertificateBody: 'not a certificate',
        }),
      ),
    );
    expect(malformed).toBeInstanceOf(MalformedCertificateException);

    await iam.send(
      new UpdateSigningCertificateCommand({
        UserName: 'cert-user',
        CertificateId: Certificate!.CertificateId,
        Status: 'Inactive',
      }),
    );
    const listed = await iam.send(new ListSigningCertificatesCommand({ UserName: 'cert-user' }));
    expect(listed.Certificates).toHaveLength(2);
    expect(
      listed.Certificates?.find((c) => c.CertificateId === Certificate!.CertificateId)?.Status,
    ).toBe('Inactive');
  });
});

describe('DeleteUser blockers', () => {
  it('names signing certificates, then SSH keys, and succeeds once both are gone', async () => {
    const { Certificate } = await iam.send(
      new UploadSigningCertificateCommand({
        UserName: 'blocked-user',
        CertificateBody: await certificatePem('CN=z'),
      }),
    );
    const key = await upload('blocked-user', ed25519OpenSSH());

    const first = await rejectionOf(iam.send(new DeleteUserCommand({ UserName: 'blocked-user' })));
    expect(first.$metadata.httpStatusCode).toBe(409);
    expect(first.message).toBe('Cannot delete entity, must delete certificates first.');
    await iam.send(
      new DeleteSigningCertificateCommand({
        UserName: 'blocked-user',
        CertificateId: Certificate!.CertificateId,
      }),
    );
    const second = await rejectionOf(iam.send(new DeleteUserCommand({ UserName: 'blocked-user' })));
    expect(second.message).toBe('Cannot delete entity, must remove referenced objects first.');
    await iam.send(
      new DeleteSSHPublicKeyCommand({
        UserName: 'blocked-user',
        SSHPublicKeyId: key.SSHPublicKeyId,
      }),
    );
    await iam.send(new DeleteUserCommand({ UserName: 'blocked-user' }));
  });
});
