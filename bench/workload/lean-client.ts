import { Hash } from '@smithy/hash-node';
import { HttpRequest } from '@smithy/protocol-http';
import { SignatureV4 } from '@smithy/signature-v4';
import { Agent, request } from 'node:http';
import type { KeyPair } from '../lib/sdk.ts';
import { LIST_PAGE_SIZE, LIST_PATH, timed, type Samples } from './mixed.ts';

/** A refused call, named by the AWS error code in its body, as the SDK names its errors. */
class AwsError extends Error {
  constructor(code: string) {
    super(code);
    this.name = code;
  }
}

const XML_ENTITIES: Record<string, string> = {
  '&amp;': '&',
  '&lt;': '<',
  '&gt;': '>',
  '&quot;': '"',
  '&apos;': "'",
};

function xmlText(escaped: string): string {
  return escaped.replace(/&(amp|lt|gt|quot|apos);/g, (entity) => XML_ENTITIES[entity] ?? entity);
}

/**
 * The mixed workload's calls as signed Query requests with nothing else: no SDK middleware, no
 * XML parsing beyond the error code and the paging marker. It costs the benchmark a fraction
 * of an SDK client's CPU, so the figures it gives are the server's capacity, not the client's
 * (a diagnostic beside the SDK workload, which the targets are judged on).
 */
export class LeanClient {
  private readonly url: URL;
  private readonly agent = new Agent({ keepAlive: true, maxSockets: 1 });
  private readonly signers: Record<'iam' | 'sts', SignatureV4>;

  constructor(endpoint: string, credentials: KeyPair) {
    this.url = new URL(endpoint);
    const signer = (service: string) =>
      new SignatureV4({
        service,
        region: 'us-east-1',
        credentials,
        sha256: Hash.bind(null, 'sha256'),
      });
    this.signers = { iam: signer('iam'), sts: signer('sts') };
  }

  async call(service: 'iam' | 'sts', params: Record<string, string>): Promise<string> {
    const body = new URLSearchParams({
      ...params,
      Version: service === 'iam' ? '2010-05-08' : '2011-06-15',
    }).toString();
    const signed = await this.signers[service].sign(
      new HttpRequest({
        method: 'POST',
        protocol: this.url.protocol,
        hostname: this.url.hostname,
        port: Number(this.url.port),
        path: '/',
        headers: {
          host: this.url.host,
          'content-type': 'application/x-www-form-urlencoded; charset=utf-8',
        },
        body,
      }),
    );
    return new Promise((resolve, reject) => {
      const outgoing = request(
        {
          agent: this.agent,
          method: 'POST',
          hostname: this.url.hostname,
          port: this.url.port,
          path: '/',
          headers: signed.headers,
        },
        (response) => {
          const chunks: Buffer[] = [];
          response.on('data', (chunk: Buffer) => chunks.push(chunk));
          response.on('end', () => {
            const text = Buffer.concat(chunks).toString('utf8');
            if ((response.statusCode ?? 500) < 300) resolve(text);
            else reject(new AwsError(/<Code>([^<]*)<\/Code>/.exec(text)?.[1] ?? 'HTTP error'));
          });
          response.on('error', reject);
        },
      );
      outgoing.on('error', reject);
      outgoing.end(body);
    });
  }

  destroy(): void {
    this.agent.destroy();
  }
}

/** The same ten calls as `mixedRound`, through the lean client. */
export async function leanRound(
  client: LeanClient,
  roleArn: string,
  UserName: string,
  samples: Samples,
): Promise<void> {
  const iam = (params: Record<string, string>) => client.call('iam', params);
  await timed(samples, 'CreateUser', () =>
    iam({ Action: 'CreateUser', UserName, Path: '/bench/load/' }),
  );
  await timed(samples, 'GetUser', () => iam({ Action: 'GetUser', UserName }));

  let Marker: string | undefined;
  for (let page = 0; page < 10; page += 1) {
    const paging: Record<string, string> = Marker ? { Marker } : {};
    const text = (await timed(samples, 'ListUsers', () =>
      iam({
        Action: 'ListUsers',
        PathPrefix: LIST_PATH,
        MaxItems: String(LIST_PAGE_SIZE),
        ...paging,
      }),
    )) as string | undefined;
    Marker = text?.includes('<IsTruncated>true</IsTruncated>')
      ? xmlText(/<Marker>([^<]*)<\/Marker>/.exec(text)?.[1] ?? '')
      : undefined;
    if (!Marker) break;
  }

  await timed(samples, 'CreateAccessKey', () => iam({ Action: 'CreateAccessKey', UserName }));
  await timed(samples, 'ListAccessKeys', () => iam({ Action: 'ListAccessKeys', UserName }));
  await timed(samples, 'TagUser', () =>
    iam({
      Action: 'TagUser',
      UserName,
      'Tags.member.1.Key': 'team',
      'Tags.member.1.Value': 'bench',
    }),
  );
  await timed(samples, 'GetCallerIdentity', () =>
    client.call('sts', { Action: 'GetCallerIdentity' }),
  );
  await timed(samples, 'AssumeRole', () =>
    client.call('sts', {
      Action: 'AssumeRole',
      RoleArn: roleArn,
      RoleSessionName: `s-${UserName}`,
    }),
  );
}
