// @vitest-environment node
import { ListUsersCommand } from '@aws-sdk/client-iam';
import { GetCallerIdentityCommand } from '@aws-sdk/client-sts';
import { HttpResponse } from '@smithy/protocol-http';
import { describe, expect, it, vi } from 'vitest';
import { localTarget } from '../session/targets.ts';
import { createAwsClients } from './clients.ts';

// Obviously fake keys: AWS's documentation example pair.
const credentials = {
  AccessKeyId: 'ASIAIOSFODNN7EXAMPLE',
  SecretAccessKey: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
  SessionToken: 'fake-session-token',
};

function errorXml(namespace: string, code: string, message: string): string {
  return (
    `<ErrorResponse xmlns="${namespace}"><Error><Type>Sender</Type><Code>${code}</Code>` +
    `<Message>${message}</Message></Error><RequestId>req-EXAMPLE</RequestId></ErrorResponse>`
  );
}

const IAM_NS = 'https://iam.amazonaws.com/doc/2010-05-08/';
const STS_NS = 'https://sts.amazonaws.com/doc/2011-06-15/';
const EXPIRED = 'The security token included in the request is expired';

function answering(statusCode: number, body: string) {
  return {
    handle: async () => ({
      response: new HttpResponse({
        statusCode,
        headers: { 'content-type': 'text/xml' },
        body: new TextEncoder().encode(body),
      }),
    }),
    updateHttpClientConfig: () => undefined,
    httpHandlerConfigs: () => ({}),
  };
}

function clientsAnswering(statusCode: number, body: string, onCredentialsExpired: () => void) {
  return createAwsClients(
    { target: localTarget('http://127.0.0.1:1'), credentials },
    { requestHandler: answering(statusCode, body), onCredentialsExpired },
  );
}

describe('credentials expiry', () => {
  it('reports IAM ExpiredToken and still throws it to the caller', async () => {
    const onExpired = vi.fn();
    const { iam } = clientsAnswering(403, errorXml(IAM_NS, 'ExpiredToken', EXPIRED), onExpired);

    await expect(iam.send(new ListUsersCommand({}))).rejects.toMatchObject({
      name: 'ExpiredToken',
    });
    expect(onExpired).toHaveBeenCalledTimes(1);
  });

  it('reports STS ExpiredToken, which the STS model names ExpiredTokenException', async () => {
    const onExpired = vi.fn();
    const { sts } = clientsAnswering(400, errorXml(STS_NS, 'ExpiredToken', EXPIRED), onExpired);

    await expect(sts.send(new GetCallerIdentityCommand({}))).rejects.toThrow(EXPIRED);
    expect(onExpired).toHaveBeenCalledTimes(1);
  });

  it('ignores other refusals', async () => {
    const onExpired = vi.fn();
    const denied = errorXml(IAM_NS, 'AccessDenied', 'User is not authorized');
    const { iam } = clientsAnswering(403, denied, onExpired);

    await expect(iam.send(new ListUsersCommand({}))).rejects.toThrow('not authorized');
    expect(onExpired).not.toHaveBeenCalled();
  });
});
