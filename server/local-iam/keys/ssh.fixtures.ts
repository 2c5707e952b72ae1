/**
 * Public SSH keys made with ssh-keygen for these tests (their private halves were discarded),
 * with the MD5 fingerprints `ssh-keygen -l -E md5` printed for them.
 */

/** A 2048-bit RSA key in OpenSSH one-line form, with comment. */
export const rsa2048OpenSSH = [
  'ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQCc51XB+I/fQuiiA2mUVTBsknJH2/jlo+tZ' +
    'm2+EFxJd3P/S42MQ2XeN36rJ/XEaujEvh7UXy+w6GXtNTbKSDZ9LfvAj7SYCdTV2DqRCNmzS' +
    'jc64Efu0XNVMPBRtnXvT1gUs7rzZlyew6S4x10EufFxMMJn/AAbu/cWo2E+XimxveK1gUVgE' +
    '03FmcIGCu5cPvaAm628UP6nq+PICMez7cKWBiE3KOZYOWfoRbU0NLQ4pRBjYOwSy5YPCzS54' +
    'RpEp0YO5M6eMGuEKYDXoI1W6L1Wvr06BGs7jph1K9jF4SBB9oOuzBYACK1QX6V4qB8SkqEA5' +
    '8oQ7fsDgQSZ1JvxDOJzz alice@example',
].join('\n');

/** The same key as `ssh-keygen -e` writes it (RFC 4716). */
export const rsa2048RFC4716 = [
  '---- BEGIN SSH2 PUBLIC KEY ----',
  'Comment: "2048-bit RSA, converted by root@vm from OpenSSH"',
  'AAAAB3NzaC1yc2EAAAADAQABAAABAQCc51XB+I/fQuiiA2mUVTBsknJH2/jlo+tZm2+EFx',
  'Jd3P/S42MQ2XeN36rJ/XEaujEvh7UXy+w6GXtNTbKSDZ9LfvAj7SYCdTV2DqRCNmzSjc64',
  'Efu0XNVMPBRtnXvT1gUs7rzZlyew6S4x10EufFxMMJn/AAbu/cWo2E+XimxveK1gUVgE03',
  'FmcIGCu5cPvaAm628UP6nq+PICMez7cKWBiE3KOZYOWfoRbU0NLQ4pRBjYOwSy5YPCzS54',
  'RpEp0YO5M6eMGuEKYDXoI1W6L1Wvr06BGs7jph1K9jF4SBB9oOuzBYACK1QX6V4qB8SkqE',
  'A58oQ7fsDgQSZ1JvxDOJzz',
  '---- END SSH2 PUBLIC KEY ----',
].join('\n');

/** The same key as `ssh-keygen -e -m PKCS8` writes it. */
export const rsa2048SPKI = [
  '-----BEGIN PUBLIC KEY-----',
  'MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAnOdVwfiP30LoogNplFUw',
  'bJJyR9v45aPrWZtvhBcSXdz/0uNjENl3jd+qyf1xGroxL4e1F8vsOhl7TU2ykg2f',
  'S37wI+0mAnU1dg6kQjZs0o3OuBH7tFzVTDwUbZ1709YFLO682ZcnsOkuMddBLnxc',
  'TDCZ/wAG7v3FqNhPl4psb3itYFFYBNNxZnCBgruXD72gJutvFD+p6vjyAjHs+3Cl',
  'gYhNyjmWDln6EW1NDS0OKUQY2DsEsuWDws0ueEaRKdGDuTOnjBrhCmA16CNVui9V',
  'r69OgRrO46YdSvYxeEgQfaDrswWAAitUF+leKgfEpKhAOfKEO37A4EEmdSb8Qzic',
  '8wIDAQAB',
  '-----END PUBLIC KEY-----',
].join('\n');

/** The same key as `ssh-keygen -e -m PEM` writes it. */
export const rsa2048PKCS1 = [
  '-----BEGIN RSA PUBLIC KEY-----',
  'MIIBCgKCAQEAnOdVwfiP30LoogNplFUwbJJyR9v45aPrWZtvhBcSXdz/0uNjENl3',
  'jd+qyf1xGroxL4e1F8vsOhl7TU2ykg2fS37wI+0mAnU1dg6kQjZs0o3OuBH7tFzV',
  'TDwUbZ1709YFLO682ZcnsOkuMddBLnxcTDCZ/wAG7v3FqNhPl4psb3itYFFYBNNx',
  'ZnCBgruXD72gJutvFD+p6vjyAjHs+3ClgYhNyjmWDln6EW1NDS0OKUQY2DsEsuWD',
  'ws0ueEaRKdGDuTOnjBrhCmA16CNVui9Vr69OgRrO46YdSvYxeEgQfaDrswWAAitU',
  'F+leKgfEpKhAOfKEO37A4EEmdSb8Qzic8wIDAQAB',
  '-----END RSA PUBLIC KEY-----',
].join('\n');

/** A 1024-bit RSA key, below the 2048-bit minimum. */
export const rsa1024OpenSSH = [
  'ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAAAgQDJBDDh15PpgI9MF3Znpq4I8g2hIntvnZzH' +
    '88U8nU2KzKvhlYMo5Si4H0dGIuVhUhiTsP+Eq3SeHuJ8A8bNsIBSnEKCLLye0HbYWQFQhYNr' +
    'L3+oGClLtIDDVtnUScWnJ83D1PqooCqvYTCKWGla+mpU9ppcZ35ehGYOn8eQob/WAw== sma' +
    'll',
].join('\n');

/** An Ed25519 key. */
export const ed25519OpenSSH = [
  'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAICfYegJw7tVt46p7IYj9AcdxXcvpwEuy3k9Y' + 'ysYaGs+w ed',
].join('\n');

export const rsa2048Fingerprint = '27:7b:dc:df:fa:35:ab:7a:17:3e:44:0d:b7:44:b8:2c';
export const ed25519Fingerprint = '29:f6:59:a6:11:c5:ab:22:f3:db:01:d1:2a:c1:4d:9a';
