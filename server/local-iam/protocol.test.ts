import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, TEST_ACCOUNT_ID, TEST_ROOT_KEY, type Harness } from './test/harness.ts';
import { errorOf, post, send, signedRequest, xmlAt } from './test/raw.ts';

const IAM_NS = 'https://iam.amazonaws.com/doc/2010-05-08/';
const STS_NS = 'https://sts.amazonaws.com/doc/2011-06-15/';
const IAM_VERSION = { Version: '2010-05-08' };

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(() => harness.close());

describe('responses in the Query protocol', () => {
  it('wraps a result in XxxResponse / XxxResult / ResponseMetadata, IAM namespace', async () => {
    const response = await post(harness.endpoint, {
      Action: 'CreateUser',
      UserName: 'xml-user',
      Path: '/xml/',
      ...IAM_VERSION,
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/xml');
    expect(response.text).toMatch(
      new RegExp(`^<CreateUserResponse xmlns="${IAM_NS}"><CreateUserResult><User>`),
    );
    expect(response.text).toMatch(/<CreateDate>\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ<\/CreateDate>/);

    expect(xmlAt(response.text, 'CreateUserResponse.@_xmlns')).toBe(IAM_NS);
    expect(xmlAt(response.text, 'CreateUserResponse.CreateUserResult.User')).toMatchObject({
      Path: '/xml/',
      UserName: 'xml-user',
      Arn: `arn:aws:iam::${TEST_ACCOUNT_ID}:user/xml/xml-user`,
    });
    const requestId = xmlAt(response.text, 'CreateUserResponse.ResponseMetadata.RequestId');
    expect(requestId).toMatch(/^[0-9a-f-]{36}$/);
    expect(response.headers.get('x-amzn-requestid')).toBe(requestId);
  });

  it('writes lists as <member> elements and IsTruncated as true/false', async () => {
    const response = await post(harness.endpoint, { Action: 'ListUsers', ...IAM_VERSION });
    expect(response.text).toContain(
      '<Users><member><Path>/xml/</Path><UserName>xml-user</UserName>',
    );
    expect(response.text).toContain('<IsTruncated>false</IsTruncated>');
    expect(response.text).not.toContain('<Marker>');
  });

  it('sends no Result element for actions without one', async () => {
    const response = await post(harness.endpoint, {
      Action: 'UpdateUser',
      UserName: 'xml-user',
      NewPath: '/xml2/',
      ...IAM_VERSION,
    });
    expect(response.text).toMatch(
      new RegExp(
        `^<UpdateUserResponse xmlns="${IAM_NS}"><ResponseMetadata><RequestId>[^<]+</RequestId>` +
          '</ResponseMetadata></UpdateUserResponse>',
      ),
    );
  });

  it('answers STS in the STS namespace', async () => {
    const response = await post(
      harness.endpoint,
      { Action: 'GetCallerIdentity', Version: '2011-06-15' },
      { service: 'sts', region: 'eu-west-1' },
    );
    expect(xmlAt(response.text, 'GetCallerIdentityResponse.@_xmlns')).toBe(STS_NS);
    expect(xmlAt(response.text, 'GetCallerIdentityResponse.GetCallerIdentityResult')).toEqual({
      UserId: TEST_ACCOUNT_ID,
      Account: TEST_ACCOUNT_ID,
      Arn: `arn:aws:iam::${TEST_ACCOUNT_ID}:root`,
    });
  });

  it('serves the AWS CLI path: POST / answers like /local-aws/', async () => {
    const response = await post(`${harness.origin}/`, { Action: 'ListRoles', ...IAM_VERSION });
    expect(response.status).toBe(200);
    expect(response.text).toContain('<ListRolesResponse');
  });
});

describe('the error envelope', () => {
  it('is ErrorResponse / Error (Type, Code, Message) / RequestId, status by code', async () => {
    const response = await post(harness.endpoint, {
      Action: 'GetUser',
      UserName: 'nobody',
      ...IAM_VERSION,
    });
    expect(response.status).toBe(404);
    expect(response.text).toMatch(
      new RegExp(
        `^<ErrorResponse xmlns="${IAM_NS}"><Error><Type>Sender</Type><Code>NoSuchEntity</Code>` +
          '<Message>The user with name nobody cannot be found.</Message></Error>' +
          '<RequestId>[0-9a-f-]{36}</RequestId></ErrorResponse>',
      ),
    );
    const requestId = xmlAt(response.text, 'ErrorResponse.RequestId');
    expect(response.headers.get('x-amzn-requestid')).toBe(requestId);
  });

  it('uses the STS namespace for STS errors', async () => {
    const response = await post(
      harness.endpoint,
      { Action: 'AssumeRoleWithSAML', Version: '2011-06-15' },
      { service: 'sts' },
    );
    expect(response.status).toBe(400);
    expect(response.text).toContain(`<ErrorResponse xmlns="${STS_NS}">`);
    expect(errorOf(response).Code).toBe('InvalidAction');
  });

  it('rejects an unknown action with InvalidAction (400)', async () => {
    const response = await post(harness.endpoint, { Action: 'FlyToTheMoon', ...IAM_VERSION });
    expect(response.status).toBe(400);
    expect(errorOf(response)).toMatchObject({
      Code: 'InvalidAction',
      Message: 'Could not find operation FlyToTheMoon for version 2010-05-08',
    });
  });

  it('does not treat Object members as actions', async () => {
    for (const Action of ['constructor', 'toString', '__proto__', 'hasOwnProperty']) {
      const response = await post(harness.endpoint, { Action, ...IAM_VERSION });
      expect(response.status).toBe(400);
      expect(errorOf(response).Code).toBe('InvalidAction');
    }
  });

  it('rejects a wrong or missing Version with InvalidAction, naming the version', async () => {
    const wrong = await post(harness.endpoint, { Action: 'ListUsers', Version: '2011-06-15' });
    expect(wrong.status).toBe(400);
    expect(errorOf(wrong).Message).toBe(
      'Could not find operation ListUsers for version 2011-06-15',
    );

    const missing = await post(harness.endpoint, { Action: 'ListUsers' });
    expect(errorOf(missing).Message).toBe(
      'Could not find operation ListUsers for version NO_VERSION_SPECIFIED',
    );
  });

  it('rejects a request without Action with MissingAction', async () => {
    const response = await post(harness.endpoint, IAM_VERSION);
    expect(response.status).toBe(400);
    expect(errorOf(response).Code).toBe('MissingAction');
  });

  it('reports a missing required parameter as ValidationError (400)', async () => {
    const response = await post(harness.endpoint, { Action: 'CreateUser', ...IAM_VERSION });
    expect(response.status).toBe(400);
    expect(errorOf(response)).toMatchObject({
      Code: 'ValidationError',
      Message:
        "1 validation error detected: Value null at 'userName' failed to satisfy constraint: " +
        'Member must not be null',
    });
  });

  it('escapes XML in messages that echo input', async () => {
    const response = await post(harness.endpoint, {
      Action: 'CreateUser',
      UserName: '<b>&"x',
      ...IAM_VERSION,
    });
    expect(response.text).toContain(`Value '&lt;b&gt;&amp;"x'`);
    expect(errorOf(response).Message).toContain(`Value '<b>&"x'`);
  });

  it('keeps the XML well-formed when input holds characters XML cannot carry', async () => {
    const response = await post(harness.endpoint, {
      Action: 'GetUser',
      UserName: 'bad\u0001name',
      ...IAM_VERSION,
    });
    expect(response.status).toBe(400);
    expect(response.text).not.toContain('\u0001');
    expect(errorOf(response).Code).toBe('ValidationError');
  });

  it('refuses a body over the size cap with 413', async () => {
    const response = await post(harness.endpoint, {
      Action: 'ListUsers',
      Padding: 'x'.repeat(1024 * 1024 + 1),
      ...IAM_VERSION,
    });
    expect(response.status).toBe(413);
    expect(errorOf(response).Code).toBe('RequestEntityTooLarge');
  });
});

describe('an unexpected failure', () => {
  it('answers ServiceFailure (500, Receiver) and logs only the fault class', async () => {
    const broken = await startHarness();
    try {
      broken.account.close();
      const response = await post(broken.endpoint, { Action: 'ListUsers', ...IAM_VERSION });
      expect(response.status).toBe(500);
      expect(errorOf(response)).toMatchObject({ Type: 'Receiver', Code: 'ServiceFailure' });
      expect(broken.logLines).toEqual([
        expect.stringMatching(/^POST iam:ListUsers 500 \d+ms ServiceFailure \(TypeError\)$/),
      ]);
    } finally {
      await broken.close();
    }
  });
});

describe('CORS', () => {
  it('answers a browser preflight with the SDK headers allowed', async () => {
    const response = await fetch(harness.endpoint, {
      method: 'OPTIONS',
      headers: {
        Origin: 'http://localhost:5173',
        'Access-Control-Request-Method': 'POST',
        'Access-Control-Request-Headers': 'authorization,content-type,x-amz-date',
      },
    });
    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    expect(response.headers.get('access-control-allow-methods')).toBe('POST, OPTIONS');
    const allowed = response.headers.get('access-control-allow-headers')!.split(', ');
    expect(allowed).toEqual(
      expect.arrayContaining([
        'authorization',
        'content-type',
        'x-amz-date',
        'x-amz-security-token',
        'x-amz-content-sha256',
        'x-amz-user-agent',
        'amz-sdk-invocation-id',
        'amz-sdk-request',
      ]),
    );
  });

  it('lets the browser read x-amzn-RequestId on answers and errors', async () => {
    const ok = await post(harness.endpoint, { Action: 'ListUsers', ...IAM_VERSION });
    const failed = await post(harness.endpoint, { Action: 'Nope', ...IAM_VERSION });
    for (const response of [ok, failed]) {
      expect(response.headers.get('access-control-allow-origin')).toBe('*');
      expect(response.headers.get('access-control-expose-headers')).toBe('x-amzn-RequestId');
    }
  });
});

describe('the request log', () => {
  it('has one line a request: method, service:Action, status, duration, error code', async () => {
    harness.logLines.length = 0;
    await post(harness.endpoint, { Action: 'ListUsers', ...IAM_VERSION });
    await post(harness.endpoint, { Action: 'GetUser', UserName: 'nobody', ...IAM_VERSION });
    expect(harness.logLines).toHaveLength(2);
    expect(harness.logLines[0]).toMatch(/^POST iam:ListUsers 200 \d+ms$/);
    expect(harness.logLines[1]).toMatch(/^POST iam:GetUser 404 \d+ms NoSuchEntity$/);
  });

  it('never holds a secret, a signature, a password or a body', async () => {
    harness.logLines.length = 0;
    const request = await signedRequest(harness.endpoint, {
      Action: 'CreateAccessKey',
      ...IAM_VERSION,
    });
    const created = await send(request);
    const secret = String(
      xmlAt(
        created.text,
        'CreateAccessKeyResponse.CreateAccessKeyResult.AccessKey.SecretAccessKey',
      ),
    );
    await post(harness.endpoint, {
      Action: 'CreateLoginProfile',
      UserName: 'xml-user',
      Password: 'Pa55word!-in-log?',
      ...IAM_VERSION,
    });
    const signature = /Signature=(\w+)/.exec(request.headers.authorization!)![1]!;

    const log = harness.logLines.join('\n');
    for (const forbidden of [
      secret,
      TEST_ROOT_KEY.secretAccessKey,
      TEST_ROOT_KEY.accessKeyId,
      signature,
      'Pa55word',
      'Action=',
    ]) {
      expect(log).not.toContain(forbidden);
    }
  });

  it('does not echo an Action that is not a plain name', async () => {
    harness.logLines.length = 0;
    await post(harness.endpoint, { Action: 'List\nPOST iam:Fake 200 1ms', ...IAM_VERSION });
    expect(harness.logLines).toEqual([
      expect.stringMatching(/^POST iam:- 400 \d+ms InvalidAction$/),
    ]);
  });
});
