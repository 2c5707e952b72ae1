import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { NAMESPACES, type Service } from '../../xml/serialize.ts';
import { modelledErrorStatuses } from './model.ts';
import type { RawResponse } from './sign.ts';

/**
 * Codes every Query-protocol service may send, which the SDK models do not list, with their
 * statuses (IAM API Reference, Common Errors; the signature errors as IAM and STS send them).
 * RequestEntityTooLarge is the local account's own, for bodies over its limit.
 * https://docs.aws.amazon.com/IAM/latest/APIReference/CommonErrors.html
 */
const COMMON_ERROR_STATUSES = new Map<string, number>([
  ['ValidationError', 400],
  ['InvalidAction', 400],
  ['MissingAction', 400],
  ['IncompleteSignature', 400],
  ['AccessDenied', 403],
  ['InvalidClientTokenId', 403],
  ['SignatureDoesNotMatch', 403],
  ['MissingAuthenticationToken', 403],
  ['ExpiredToken', 403],
  ['RequestEntityTooLarge', 413],
]);

const STATUSES: Record<Service, Map<string, number>> = {
  iam: new Map([...modelledErrorStatuses('iam'), ...COMMON_ERROR_STATUSES]),
  sts: new Map([...modelledErrorStatuses('sts'), ...COMMON_ERROR_STATUSES]),
};

const parser = new XMLParser({ ignoreAttributes: false, parseTagValue: false });

export interface Verdict {
  /** Why the answer is not one AWS could give; empty when it is. */
  problems: string[];
  code?: string;
}

/**
 * Checks one answer: well-formed XML in the service's namespace; a success is
 * `<ActionResponse>`; an error is AWS's envelope, with a known code, the status that code
 * has, a message, and the request ID of the header. ServiceFailure only when `allowFailure`.
 */
export function judge(
  service: Service,
  action: string | undefined,
  response: RawResponse,
  allowFailure = false,
): Verdict {
  const problems: string[] = [];
  if (XMLValidator.validate(response.text) !== true) {
    return { problems: [`${response.status} not well-formed XML: ${response.text.slice(0, 200)}`] };
  }
  const document = parser.parse(response.text) as Record<string, Record<string, unknown>>;
  const requestId = response.headers.get('x-amzn-requestid');
  if (!requestId) problems.push('no x-amzn-RequestId header');

  if (response.status === 200) {
    const root = document[`${action}Response`];
    if (!root) problems.push(`200 without <${action}Response>`);
    else if (root['@_xmlns'] !== NAMESPACES[service]) problems.push('wrong namespace');
    return { problems };
  }

  const envelope = document.ErrorResponse;
  const error = envelope?.Error as Record<string, string> | undefined;
  if (!envelope || !error) return { problems: [`status ${response.status} without ErrorResponse`] };
  const code = error.Code;
  const expectedStatus = code === undefined ? undefined : STATUSES[service].get(code);
  if (expectedStatus === undefined) problems.push(`unknown code ${code}`);
  else if (expectedStatus !== response.status) {
    problems.push(`${code} sent with ${response.status}, not ${expectedStatus}`);
  }
  if (response.status >= 500 && !(allowFailure && code === 'ServiceFailure')) {
    problems.push(`server error ${response.status} ${code}`);
  }
  const type = response.status >= 500 ? 'Receiver' : 'Sender';
  if (error.Type !== type) problems.push(`Type ${error.Type}, not ${type}`);
  if (typeof error.Message !== 'string' || error.Message === '') problems.push('no message');
  if (envelope['@_xmlns'] !== NAMESPACES[service]) problems.push('wrong error namespace');
  if (String(envelope.RequestId) !== requestId) problems.push('RequestId differs from header');
  return { problems, code };
}
