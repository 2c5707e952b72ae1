import type { UserBlockers } from './deletion-blockers.ts';

/** One line per thing DeleteUser would refuse over, as the deletion dialog lists them. */
export function blockerLines(blockers: UserBlockers): string[] {
  return [
    ...(blockers.hasLoginProfile ? ['Console password'] : []),
    ...blockers.AccessKeys.map((key) => `Access key ${key.AccessKeyId} (${key.Status ?? '—'})`),
    ...blockers.MFADevices.map((device) =>
      device.SerialNumber?.startsWith('arn:')
        ? `Virtual MFA device ${device.SerialNumber} (deactivated, then deleted)`
        : `MFA device ${device.SerialNumber} (deactivated)`,
    ),
    ...blockers.SSHPublicKeys.map((key) => `SSH public key ${key.SSHPublicKeyId}`),
    ...blockers.Certificates.map((cert) => `Signing certificate ${cert.CertificateId}`),
    ...blockers.PolicyNames.map((name) => `Inline policy ${name}`),
    ...blockers.AttachedPolicies.map((policy) => `Attached policy ${policy.PolicyName}`),
    ...blockers.Groups.map((group) => `Member of group ${group.GroupName}`),
  ];
}
