/**
 * The local account the end-to-end server starts with. A fixed root key lets the specs sign in;
 * it exists only in a throwaway in-memory account and is not a credential anywhere else.
 */
export const e2eAccount = {
  accountId: '123456789012',
  alias: 'demo-org',
  rootAccessKeyId: 'AKIAE2EROOTKEY000001',
  rootSecretAccessKey: 'e2e-root-secret-not-a-real-credential-000',
};
