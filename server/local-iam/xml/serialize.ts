import type { AwsError } from '../errors.ts';

export type Service = 'iam' | 'sts';

/** The Query protocol's XML namespaces, one per API version. */
export const NAMESPACES: Record<Service, string> = {
  iam: 'https://iam.amazonaws.com/doc/2010-05-08/',
  sts: 'https://sts.amazonaws.com/doc/2011-06-15/',
};

/** A map rendered as `<entry><key/><value/></entry>`, as GetAccountSummary's SummaryMap is. */
export class XmlMap {
  constructor(readonly entries: ReadonlyArray<readonly [string, XmlValue]>) {}
}

export type XmlValue =
  | string
  | number
  | boolean
  | Date
  | XmlMap
  | undefined
  | readonly XmlValue[]
  | { readonly [name: string]: XmlValue };

export type XmlObject = { readonly [name: string]: XmlValue };

/** Everything outside XML 1.0's `Char` production (C0 controls, lone surrogates, U+FFFE/F). */
const NOT_XML_CHAR = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/**
 * Text content needs only `&`, `<` and `>` escaped. Characters XML cannot carry at all become
 * U+FFFD, so echoed input never makes the document unreadable.
 */
function escapeXml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(NOT_XML_CHAR, '\uFFFD');
}

/** IAM writes timestamps in ISO 8601 UTC to the second: `2026-12-04T16:07:32Z`. */
export function isoTimestamp(date: Date): string {
  return `${date.toISOString().slice(0, 19)}Z`;
}

function renderValue(value: XmlValue): string {
  if (value === undefined) return '';
  if (typeof value === 'string') return escapeXml(value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value instanceof Date) return isoTimestamp(value);
  if (value instanceof XmlMap) {
    return value.entries
      .map(
        ([key, entry]) => `<entry><key>${escapeXml(key)}</key>${element('value', entry)}</entry>`,
      )
      .join('');
  }
  // Lists are `<member>` elements inside the list's own element, in every Query-protocol answer.
  if (Array.isArray(value)) return value.map((item) => element('member', item)).join('');
  return renderFields(value as XmlObject);
}

function element(name: string, value: XmlValue): string {
  if (value === undefined) return '';
  return `<${name}>${renderValue(value)}</${name}>`;
}

function renderFields(fields: XmlObject): string {
  return Object.entries(fields)
    .map(([name, value]) => element(name, value))
    .join('');
}

/** `<XxxResponse><XxxResult>…</XxxResult><ResponseMetadata>…</ResponseMetadata>…`. */
export function serializeResult(
  service: Service,
  action: string,
  result: XmlObject | undefined,
  requestId: string,
): string {
  const resultXml = result === undefined ? '' : element(`${action}Result`, result);
  return (
    `<${action}Response xmlns="${NAMESPACES[service]}">` +
    resultXml +
    `<ResponseMetadata><RequestId>${escapeXml(requestId)}</RequestId></ResponseMetadata>` +
    `</${action}Response>\n`
  );
}

/** AWS's Query error envelope: ErrorResponse, Error (Type, Code, Message), RequestId. */
export function serializeError(service: Service, error: AwsError, requestId: string): string {
  return (
    `<ErrorResponse xmlns="${NAMESPACES[service]}">` +
    `<Error><Type>${error.type}</Type><Code>${escapeXml(error.code)}</Code>` +
    `<Message>${escapeXml(error.message)}</Message></Error>` +
    `<RequestId>${escapeXml(requestId)}</RequestId>` +
    `</ErrorResponse>\n`
  );
}
